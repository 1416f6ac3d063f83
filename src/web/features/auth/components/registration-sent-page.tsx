import { Alert, Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../../lib/use-page-title.ts';

function readState(state: unknown): { email?: string; message?: string } {
  if (typeof state !== 'object' || state === null) {
    return {};
  }
  const record = state as Record<string, unknown>;
  return {
    ...(typeof record['email'] === 'string' ? { email: record['email'] } : {}),
    ...(typeof record['message'] === 'string' ? { message: record['message'] } : {}),
  };
}

/** After Submit Registration: the account exists once they follow the emailed link and create a password. */
export function RegistrationSentPage() {
  usePageTitle('Check your email');
  const { email, message } = readState(useLocation().state);
  return (
    <Paper withBorder shadow="xs" p="xl" radius="md" maw={640} mx="auto">
      <Stack gap="md">
        <Title order={1} size="h2">
          Check your email
        </Title>
        <Alert color="teal" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
          Thank you for registering.{message ? ` ${message}` : ''}
        </Alert>
        <Text>
          We sent an email {email ? <>to <strong>{email}</strong> </> : null}with a link to verify your account and create
          a password. Once you have created a password, you will be taken to the login page.
        </Text>
        <Text size="sm" c="dimmed">
          Didn&apos;t receive it within a few minutes? Check your spam or junk folder. The link works once and expires
          after a while; if it has expired, use Forgot Password on the login page to get a new one.
        </Text>
        <Anchor component={Link} to="/login">
          Go to the login page
        </Anchor>
      </Stack>
    </Paper>
  );
}
