import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { ErrorAlert, errorMessage } from '../../../components/error-alert.tsx';
import { isConflict, useWizard } from './wizard-context.tsx';

export const CONFLICT_TITLE = 'This request was changed in another window';

/** 409: someone (often the same person in another tab) saved this request first. */
export function ConflictAlert({ error }: { error: unknown }) {
  const { reload, reloading } = useWizard();
  const message = errorMessage(error);
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={CONFLICT_TITLE} role="alert">
      <Stack gap="xs" align="flex-start">
        <div>
          {message.startsWith(CONFLICT_TITLE) ? null : `${message} `}
          Reload the request to see the latest version. What you typed on this page stays here, so you can save it
          again afterwards.
        </div>
        <Group>
          <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => void reload()} loading={reloading}>
            Reload request
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

/** A failed save: conflicts get a reload button; field messages no input shows are listed. */
export function StepFeedback({ error, formValues }: { error: unknown; formValues?: unknown }) {
  if (!error) {
    return null;
  }
  if (isConflict(error)) {
    return <ConflictAlert error={error} />;
  }
  return <ErrorAlert error={error} formValues={formValues} />;
}
