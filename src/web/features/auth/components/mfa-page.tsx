import { Anchor, Divider, Paper, Stack, Text } from '@mantine/core';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSession } from '../api/get-session.ts';
import { useLogout } from '../api/logout.ts';
import { MfaChallenge } from './mfa-challenge.tsx';
import { MfaSetup } from './mfa-setup.tsx';

/** /verify: the second step of signing in (the route guard lets only stage 'mfa' here). */
export function MfaPage() {
  const { data: session } = useSession();
  const logout = useLogout();
  const mfa = session?.mfa ?? { enrolling: false, allowedMethods: ['totp'], method: 'totp', maskedDestination: null };
  usePageTitle(mfa.enrolling ? 'Set up multi-factor authentication' : 'Verify your identity');

  return (
    <Paper withBorder shadow="xs" p="xl" radius="md" maw={620} mx="auto">
      <Stack gap="md">
        {session?.user && (
          <Text size="sm" c="dimmed">
            Signing in as {session.user.userName}
          </Text>
        )}
        {mfa.enrolling ? <MfaSetup mfa={mfa} /> : <MfaChallenge mfa={mfa} />}
        <Divider />
        <Text size="sm">
          Not you, or can&apos;t get a code?{' '}
          <Anchor component="button" type="button" onClick={() => logout.mutate({ message: 'You have signed out.', returnHere: false })}>
            Sign out
          </Anchor>{' '}
          and ask your office administrator or Priora support for help.
        </Text>
      </Stack>
    </Paper>
  );
}
