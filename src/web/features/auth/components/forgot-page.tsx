import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';

interface ForgotPageProps {
  title: string;
  intro: string;
  submitLabel: string;
  sentMessage: string | null;
  error: unknown;
  formValues: unknown;
  pending: boolean;
  onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/** The frame shared by Forgot User ID and Forgot Password: one field, one answer (the same for unknown accounts). */
export function ForgotPage({ title, intro, submitLabel, sentMessage, error, formValues, pending, onSubmit, children }: ForgotPageProps) {
  return (
    <Paper withBorder shadow="xs" p="xl" radius="md" maw={520} mx="auto">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text>{intro}</Text>
          {sentMessage && (
            <Alert color="teal" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
              {sentMessage}
            </Alert>
          )}
          <ErrorAlert error={error} formValues={formValues} />
          {children}
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Group gap="lg">
            <Anchor component={Link} to="/login" size="sm">
              Back to login
            </Anchor>
            <Anchor component={Link} to="/register" size="sm">
              Register Now
            </Anchor>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
