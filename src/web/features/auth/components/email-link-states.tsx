import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { Link } from 'react-router';

/** What an expired, used or mistyped email link shows, with the way to get a new one. */
export function InvalidEmailLink({ kind }: { kind: 'verify' | 'reset' }) {
  return (
    <Stack gap="md">
      <Alert color="red" title="This link is not valid" role="alert">
        {kind === 'verify'
          ? 'The link may have expired, been used already, or been cut short when it was copied. If you already created your password, log in. Otherwise use Forgot Password to get a new link by email.'
          : 'The link may have expired, been used already, or been cut short when it was copied. Use Forgot Password to get a new link by email.'}
      </Alert>
      <Group gap="lg">
        <Anchor component={Link} to="/forgot-password">
          Forgot Password?
        </Anchor>
        <Anchor component={Link} to="/login">
          Go to the login page
        </Anchor>
      </Group>
    </Stack>
  );
}
