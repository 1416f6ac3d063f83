import { useDocumentTitle } from '@mantine/hooks';

/** Every page names itself in the browser tab (screen readers announce it on navigation). */
export function usePageTitle(title: string): void {
  useDocumentTitle(title ? `${title} · Priora` : 'Priora');
}
