import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';

/**
 * After an in-app navigation, focus moves to the new page's heading so keyboard and
 * screen-reader users start at the top of what changed (not on the link they left).
 */
function useFocusHeadingOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = window.requestAnimationFrame(() => {
      const main = document.getElementById('main-content');
      const active = document.activeElement;
      // The new page already put focus somewhere (an autofocused input): leave it there.
      if (main && active && active !== document.body && active !== main && main.contains(active)) {
        return;
      }
      const heading = document.querySelector<HTMLElement>('main h1, h1');
      if (heading && !heading.contains(active)) {
        if (!heading.hasAttribute('tabindex')) {
          heading.setAttribute('tabindex', '-1');
        }
        heading.focus({ preventScroll: true });
      }
    });
    return () => window.cancelAnimationFrame(frame);
  }, [pathname]);
}

export function RootLayout() {
  useFocusHeadingOnNavigate();
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
