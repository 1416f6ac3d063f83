import { Button, Checkbox, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { totpVerifySchema } from '../../../../contracts/auth.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useVerifyPin } from '../api/verify-pin.ts';
import { useVerifyTotp } from '../api/verify-totp.ts';
import { CodeInput } from './code-input.tsx';

interface CodeValues {
  code: string;
  rememberDevice: boolean;
}

function attemptsLeft(error: unknown): number | null {
  if (!isApiError(error)) {
    return null;
  }
  for (const key of ['attemptsLeft', 'attemptsRemaining', 'remainingAttempts']) {
    const value = error.details[key];
    if (typeof value === 'number') {
      return value;
    }
  }
  return null;
}

interface MfaCodeFormProps {
  method: 'totp' | 'sms' | 'email';
  /** Lines under the code box (Resend…). */
  footer?: ReactNode;
  autoFocus?: boolean;
}

/**
 * "Enter 6-digit code", "Remember this device for 30 days", Continue. A right code ends the
 * sign-in (the route guard moves on); a wrong one says so on the field, with attempts left.
 */
export function MfaCodeForm({ method, footer, autoFocus }: MfaCodeFormProps) {
  const verifyTotp = useVerifyTotp();
  const verifyPin = useVerifyPin();
  const verify = method === 'totp' ? verifyTotp : verifyPin;
  const form = useForm<CodeValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { code: '', rememberDevice: false },
    // The TOTP and PIN bodies have the same schema.
    validate: contractValidator<CodeValues>(totpVerifySchema),
  });

  const submit = form.onSubmit(
    (values) => {
      verify.mutateAsync(values).catch((error: unknown) => {
        if (isApiError(error, 'invalid_code')) {
          // The whole message goes on the field ("That code is not right. You have 2 tries left.").
          const left = attemptsLeft(error);
          const mentionsLeft = /left/i.test(error.message);
          form.setFieldError('code', left === null || mentionsLeft ? error.message : `${error.message} ${left} attempt${left === 1 ? '' : 's'} left.`);
          focusFirstInvalid();
          return;
        }
        applyServerErrors(form, error);
      });
    },
    () => focusFirstInvalid(),
  );

  const codeProps = form.getInputProps('code');
  const showAlert = verify.isError && !isApiError(verify.error, 'invalid_code');

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {showAlert && <ErrorAlert error={verify.error} formValues={form.getValues()} />}
        <CodeInput
          value={form.getValues().code}
          onChange={(value) => form.setFieldValue('code', value)}
          error={codeProps.error as ReactNode}
          autoFocus={autoFocus ?? false}
        />
        <Checkbox
          label="Remember this device for 30 days"
          description="You will still need your password; only the code is skipped. Do not use on a shared computer."
          {...form.getInputProps('rememberDevice', { type: 'checkbox' })}
        />
        <Button type="submit" loading={verify.isPending}>
          Continue
        </Button>
        {footer}
      </Stack>
    </form>
  );
}
