import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { forgotPasswordSchema } from '../../../../contracts/auth.ts';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { readRememberedUserId } from '../remember-user-id.ts';
import { useForgotPassword } from '../api/forgot-password.ts';
import { ForgotPage } from './forgot-page.tsx';

export function ForgotPasswordPage() {
  usePageTitle('Forgot Password');
  const request = useForgotPassword();
  const form = useForm<{ userName: string }>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { userName: readRememberedUserId() ?? '' },
    validate: contractValidator<{ userName: string }>(forgotPasswordSchema),
  });
  const submit = form.onSubmit(
    (values) => {
      request.mutateAsync(values).catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <ForgotPage
      title="Forgot Password"
      intro="Enter your user ID. If it matches an account, we will email a link to choose a new password."
      submitLabel="Email me a reset link"
      sentMessage={request.data?.message ?? null}
      error={request.error}
      formValues={form.getValues()}
      pending={request.isPending}
      onSubmit={submit}
    >
      <TextInput label="User ID" autoComplete="username" required autoFocus {...form.getInputProps('userName')} />
    </ForgotPage>
  );
}
