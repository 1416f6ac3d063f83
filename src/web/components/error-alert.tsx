import { Alert, List } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError } from '../lib/api-client.ts';
import { unplacedFieldMessages } from '../lib/forms.ts';

function retryText(seconds: number): string {
  if (seconds < 90) {
    return `You can try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `You can try again in ${minutes} minutes.`;
}

/** The person-readable text of any error thrown by a request. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) {
    const retry = error.retryAfterSeconds;
    // The server's rate-limit messages usually say when already; add it only when they do not.
    return retry !== null && error.code === 'rate_limited' && !/try again/i.test(error.message) ? `${error.message} ${retryText(retry)}` : error.message;
  }
  return 'Something went wrong. Please try again.';
}

interface ErrorAlertProps {
  error: unknown;
  /** The form's values: server field messages that no input shows are listed in the alert. */
  formValues?: unknown;
  title?: string;
}

/** A request's error above a form or a table; announced to screen readers. */
export function ErrorAlert({ error, formValues, title }: ErrorAlertProps) {
  if (!error) {
    return null;
  }
  const extra = formValues === undefined ? [] : unplacedFieldMessages(formValues, error);
  // A message that only repeats what an input already shows ("This NPI is not valid…") is not repeated above the form.
  if (formValues !== undefined && isApiError(error) && extra.length === 0 && Object.values(error.fields).includes(error.message)) {
    return null;
  }
  const requestId = isApiError(error) && error.status >= 500 ? error.requestId : undefined;
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
      {errorMessage(error)}
      {extra.length > 0 && (
        <List size="sm" mt={4}>
          {extra.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
      {requestId && <div>Reference: {requestId}</div>}
    </Alert>
  );
}
