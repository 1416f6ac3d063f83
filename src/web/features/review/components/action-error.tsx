import { Button, Group, Stack } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';

/** 409: the case changed since this page read it (often another reviewer acted first). */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

/**
 * A failed action on a case. A conflict shows the server's message with "Reload case"; what the
 * reviewer typed stays in the form, so they can act again on the case as it now is.
 */
export function ActionError({ error, formValues, onReload, reloading }: { error: unknown; formValues?: unknown; onReload: () => void; reloading: boolean }) {
  if (!error) {
    return null;
  }
  const conflict = isConflict(error);
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} formValues={formValues} title={conflict ? 'This case changed since you opened it' : undefined} />
      {conflict && (
        <Group>
          <Button size="xs" variant="light" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onReload} loading={reloading}>
            Reload case
          </Button>
        </Group>
      )}
    </Stack>
  );
}
