import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSetPassword } from '../api/set-password.ts';
import { EmailLinkPage } from './email-link-page.tsx';

/** /verify-email?token=…: the registration email's link. */
export function VerifyEmailPage() {
  usePageTitle('Create your password');
  const mutation = useSetPassword();
  return (
    <EmailLinkPage
      purpose="verify_email"
      title="Create your password"
      intro="Your email address is confirmed. Create a password to finish setting up your account."
      submitLabel="Create password"
      successMessage="Your password is set. Please log in."
      mutation={mutation}
    />
  );
}
