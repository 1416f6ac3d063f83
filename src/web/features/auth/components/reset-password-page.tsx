import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useResetPassword } from '../api/reset-password.ts';
import { EmailLinkPage } from './email-link-page.tsx';

/** /reset-password?token=…: the forgot-password email's link. */
export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const mutation = useResetPassword();
  return (
    <EmailLinkPage
      purpose="reset_password"
      title="Choose a new password"
      intro="Choose a new password for your account."
      submitLabel="Save new password"
      successMessage="Your password has been changed. Please log in."
      mutation={mutation}
    />
  );
}
