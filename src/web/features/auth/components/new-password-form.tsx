import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId } from '@mantine/hooks';
import type { UseMutationResult } from '@tanstack/react-query';
import { setPasswordSchema } from '../../../../contracts/auth.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import type { SetPasswordInput } from '../api/set-password.ts';
import { PasswordRules } from './password-rules.tsx';

interface NewPasswordValues {
  password: string;
  confirmPassword: string;
}

interface NewPasswordFormProps {
  token: string;
  userName: string;
  submitLabel: string;
  mutation: UseMutationResult<{ message: string }, Error, SetPasswordInput>;
  onDone: () => void;
  /** The token was refused on submit (used or expired meanwhile). */
  onInvalidToken: () => void;
}

/** New password + confirmation with the live rule list; shared by the verify-email and reset-password links. */
export function NewPasswordForm({ token, userName, submitLabel, mutation, onDone, onInvalidToken }: NewPasswordFormProps) {
  const rulesId = useId();
  const form = useForm<NewPasswordValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { password: '', confirmPassword: '' },
    validate: contractValidator<NewPasswordValues>(setPasswordSchema, (values) => ({ ...values, token })),
  });
  const values = form.getValues();

  const submit = form.onSubmit(
    (input) => {
      mutation
        .mutateAsync({ token, ...input })
        .then(onDone)
        .catch((error: unknown) => {
          if (isApiError(error, 'invalid_token')) {
            onInvalidToken();
            return;
          }
          applyServerErrors(form, error);
        });
    },
    () => focusFirstInvalid(),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={mutation.error} formValues={values} />
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={userName} readOnly hidden />
        <PasswordInput
          label="New password"
          autoComplete="new-password"
          required
          aria-describedby={rulesId}
          {...form.getInputProps('password')}
        />
        <PasswordInput label="Confirm new password" autoComplete="new-password" required {...form.getInputProps('confirmPassword')} />
        <PasswordRules id={rulesId} password={values.password} confirmPassword={values.confirmPassword} personalWords={[userName]} />
        <Button type="submit" loading={mutation.isPending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
