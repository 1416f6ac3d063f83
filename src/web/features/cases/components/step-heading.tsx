import { Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { STEP_HEADING_ID } from './wizard-context.tsx';

/** The step's heading; it takes focus when the step opens (BACK, EDIT, CONTINUE all land here). */
export function StepHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, []);
  return (
    <Title order={2} id={STEP_HEADING_ID} tabIndex={-1} ref={ref}>
      {children}
    </Title>
  );
}
