import { Center, Loader } from '@mantine/core';

/** A spinner with a spoken label; `inline` for a section of a page rather than the whole page. */
export function FullPageLoader({ label = 'Loading…', inline = false }: { label?: string; inline?: boolean }) {
  return (
    <Center mih={inline ? 80 : '60vh'} role="status" aria-live="polite">
      <Loader aria-label={label} size={inline ? 'sm' : 'md'} />
    </Center>
  );
}
