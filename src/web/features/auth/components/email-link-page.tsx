import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { UseMutationResult } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useEmailTokenInspection, type EmailTokenPurpose } from '../api/inspect-email-token.ts';
import type { SetPasswordInput } from '../api/set-password.ts';
import { InvalidEmailLink } from './email-link-states.tsx';
import { NewPasswordForm } from './new-password-form.tsx';

interface EmailLinkPageProps {
  purpose: EmailTokenPurpose;
  title: string;
  intro: string;
  submitLabel: string;
  successMessage: string;
  mutation: UseMutationResult<{ message: string }, Error, SetPasswordInput>;
}

/** The page behind an emailed link: check the token, greet the user ID, set a password, go to login. */
export function EmailLinkPage({ purpose, title, intro, submitLabel, successMessage, mutation }: EmailLinkPageProps) {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const inspection = useEmailTokenInspection(token, purpose);
  const [refusedOnSubmit, setRefusedOnSubmit] = useState(false);
  const kind = purpose === 'verify_email' ? 'verify' : 'reset';

  let body;
  if (token.length < 10 || token.length > 200 || refusedOnSubmit || isApiError(inspection.error, 'invalid_token') || isApiError(inspection.error, 'validation')) {
    body = <InvalidEmailLink kind={kind} />;
  } else if (inspection.isPending) {
    body = <FullPageLoader label="Checking your link…" />;
  } else if (inspection.isError) {
    body = (
      <Stack gap="sm" align="flex-start">
        <ErrorAlert error={inspection.error} />
        <Button variant="light" onClick={() => void inspection.refetch()}>
          Try again
        </Button>
      </Stack>
    );
  } else {
    body = (
      <Stack gap="md">
        <Text>
          User ID: <strong>{inspection.data.userName}</strong>
        </Text>
        <Text>{intro}</Text>
        <NewPasswordForm
          token={token}
          userName={inspection.data.userName}
          submitLabel={submitLabel}
          mutation={mutation}
          onDone={() => void navigate('/login', { replace: true, state: { message: successMessage } })}
          onInvalidToken={() => setRefusedOnSubmit(true)}
        />
      </Stack>
    );
  }

  return (
    <Paper withBorder shadow="xs" p="xl" radius="md" maw={560} mx="auto">
      <Stack gap="md">
        <Title order={1} size="h2">
          {title}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
