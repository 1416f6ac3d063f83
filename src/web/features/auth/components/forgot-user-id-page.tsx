import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { forgotUserIdSchema } from '../../../../contracts/auth.ts';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useForgotUserId } from '../api/forgot-user-id.ts';
import { ForgotPage } from './forgot-page.tsx';

export function ForgotUserIdPage() {
  usePageTitle('Forgot User ID');
  const request = useForgotUserId();
  const form = useForm<{ email: string }>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { email: '' },
    validate: contractValidator<{ email: string }>(forgotUserIdSchema),
  });
  const submit = form.onSubmit(
    (values) => {
      request.mutateAsync(values).catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <ForgotPage
      title="Forgot User ID"
      intro="Enter the email address on your account. If it matches an account, we will email you its user ID."
      submitLabel="Email my User ID"
      sentMessage={request.data?.message ?? null}
      error={request.error}
      formValues={form.getValues()}
      pending={request.isPending}
      onSubmit={submit}
    >
      <TextInput label="Email" type="email" autoComplete="email" required autoFocus {...form.getInputProps('email')} />
    </ForgotPage>
  );
}
