import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { resetMfaSchema } from '../../../../contracts/account.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useResetMfa } from '../api/reset-mfa.ts';

/** Forget the second factor (new phone, lost app) after re-entering the password. */
export function ResetMfaForm({ onDone }: { onDone: () => void }) {
  const reset = useResetMfa();
  const form = useForm<{ currentPassword: string }>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { currentPassword: '' },
    validate: contractValidator<{ currentPassword: string }>(resetMfaSchema),
  });
  const submit = form.onSubmit(
    (values) => {
      reset
        .mutateAsync(values)
        .then(() => {
          notifications.show({
            color: 'teal',
            title: 'Multi-factor authentication reset',
            message: 'The next time you log in, you will set up multi-factor authentication again.',
          });
          onDone();
        })
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          Use this if you have a new phone, lost your authenticator app or want a different method. Your current method
          and any remembered devices are forgotten; the next time you log in you will choose and set up a method again.
        </Text>
        <ErrorAlert error={reset.error} formValues={form.getValues()} />
        <PasswordInput label="Current password" autoComplete="current-password" required data-autofocus {...form.getInputProps('currentPassword')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={reset.isPending}>
            Reset now
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
