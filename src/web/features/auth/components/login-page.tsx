import { Alert, Anchor, Button, Checkbox, Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { loginSchema } from '../../../../contracts/auth.ts';
import { readAuthState } from '../../../app/auth-location.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { clearSignOutNotice } from '../../../lib/sign-out-notice.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useLogin } from '../api/login.ts';
import { readRememberedUserId, rememberUserId } from '../remember-user-id.ts';
import { HipaaDisclosure } from './hipaa-disclosure.tsx';

interface LoginValues {
  userName: string;
  password: string;
  agreeToHipaa: boolean;
}

export function LoginPage() {
  usePageTitle('Log in');
  const location = useLocation();
  const { message } = readAuthState(location.state);
  const [remembered] = useState(readRememberedUserId);
  const [rememberMe, setRememberMe] = useState(remembered !== null);
  const login = useLogin();

  // The message is now in this page's location state; the notice has done its job.
  useEffect(() => clearSignOutNotice(), []);

  const form = useForm<LoginValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { userName: remembered ?? '', password: '', agreeToHipaa: false },
    validate: contractValidator<LoginValues>(loginSchema),
  });

  const submit = form.onSubmit(
    (values) => {
      login
        .mutateAsync({ userName: values.userName, password: values.password, agreeToHipaa: true })
        .then(() => rememberUserId(rememberMe ? values.userName.trim() : null))
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
      <Paper withBorder shadow="xs" p="xl" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={1} size="h2">
              Portal Login
            </Title>
            {message && (
              <Alert color="teal" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
                {message}
              </Alert>
            )}
            <ErrorAlert error={login.error} formValues={form.getValues()} />
            <div>
              <TextInput
                label="User ID"
                autoComplete="username"
                required
                autoFocus={!remembered}
                {...form.getInputProps('userName')}
              />
              <Anchor component={Link} to="/forgot-user-id" size="sm">
                Forgot User ID?
              </Anchor>
            </div>
            <div>
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                autoFocus={Boolean(remembered)}
                {...form.getInputProps('password')}
              />
              <Anchor component={Link} to="/forgot-password" size="sm">
                Forgot Password?
              </Anchor>
            </div>
            <Stack gap={6}>
              <Checkbox label="I agree to HIPAA Disclosure" {...form.getInputProps('agreeToHipaa', { type: 'checkbox' })} />
              <HipaaDisclosure />
            </Stack>
            <Checkbox
              label="Remember User ID"
              description="Keeps only your user ID on this browser. Do not use on a shared computer."
              checked={rememberMe}
              onChange={(event) => setRememberMe(event.currentTarget.checked)}
            />
            <Button type="submit" size="md" loading={login.isPending}>
              LOGIN
            </Button>
            <Text size="sm">
              Don&apos;t have an account?{' '}
              <Anchor component={Link} to="/register">
                Register Now
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
      <Stack gap="lg" pt={{ base: 0, md: 'xl' }}>
        <div>
          <Title order={2} size="h3">
            Already a user?
          </Title>
          <Text mt="xs">Log in with your User ID and Password and submit prior-authorization requests in real time.</Text>
        </div>
        <div>
          <Title order={2} size="h3">
            Don&apos;t have an account?
          </Title>
          <Text mt="xs">Select Register Now and give us a few details about you and your office to get access today.</Text>
        </div>
        <div>
          <Title order={2} size="h3">
            Keeping patient information safe
          </Title>
          <Text mt="xs">
            After your password, Priora asks for a 6-digit code from an authenticator app, a text message or an email.
            You can choose to be remembered on this device for 30 days.
          </Text>
        </div>
      </Stack>
    </SimpleGrid>
  );
}
