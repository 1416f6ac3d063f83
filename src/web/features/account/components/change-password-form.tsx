import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { changePasswordSchema, type AccountView } from '../../../../contracts/account.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { PasswordRules } from '../../auth/components/password-rules.tsx';
import { useChangePassword } from '../api/change-password.ts';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** CHANGE PASSWORD: current, new and confirmation; other sessions are signed out by the server. */
export function ChangePasswordForm({ me, onDone }: { me: AccountView['me'] | undefined; onDone: () => void }) {
  const rulesId = useId();
  const change = useChangePassword();
  const form = useForm<ChangePasswordValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: contractValidator<ChangePasswordValues>(changePasswordSchema),
  });
  const values = form.getValues();

  const submit = form.onSubmit(
    (input) => {
      change
        .mutateAsync(input)
        .then((result) => {
          notifications.show({ color: 'teal', title: 'Password changed', message: result.message || 'Your password was changed.' });
          onDone();
        })
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );

  const personalWords = me ? [me.userName, me.firstName, me.lastName, me.email.split('@')[0] ?? ''] : [];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">Changing your password signs you out everywhere else you are logged in.</Text>
        <ErrorAlert error={change.error} formValues={values} />
        {me && <input type="text" name="username" autoComplete="username" value={me.userName} readOnly hidden />}
        <PasswordInput label="Current password" autoComplete="current-password" required data-autofocus {...form.getInputProps('currentPassword')} />
        <PasswordInput label="New password" autoComplete="new-password" required aria-describedby={rulesId} {...form.getInputProps('newPassword')} />
        <PasswordInput label="Confirm new password" autoComplete="new-password" required {...form.getInputProps('confirmPassword')} />
        <PasswordRules id={rulesId} password={values.newPassword} confirmPassword={values.confirmPassword} personalWords={personalWords} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={change.isPending}>
            Save new password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
