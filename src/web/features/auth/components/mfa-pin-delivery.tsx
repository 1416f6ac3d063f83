import { Alert, Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { pinSendSchema } from '../../../../contracts/auth.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useSendPin } from '../api/send-pin.ts';
import { MfaCodeForm } from './mfa-code-form.tsx';

type PinChannel = 'sms' | 'email';

/** "Didn't receive a code? … Resend." */
function ResendLine({ channel, onResend, pending }: { channel: PinChannel; onResend: () => void; pending: boolean }) {
  const resend = (
    <Anchor component="button" type="button" size="sm" onClick={onResend} disabled={pending}>
      Resend
    </Anchor>
  );
  return (
    <Text size="sm">
      {channel === 'email' ? (
        <>Didn&apos;t receive a code? Check your spam or junk folder or {resend}.</>
      ) : (
        <>Didn&apos;t receive a code? Give it a minute, check the number, or {resend}.</>
      )}
    </Text>
  );
}

export function SmsRiskNotice() {
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Text messages are less secure">
      A phone number can be taken over (for example by &quot;SIM swapping&quot;) and text messages can be intercepted.
      An authenticator app is safer; use text messages only if you cannot use an app.
    </Alert>
  );
}

/** Enrolling SMS: the mobile number, Send PIN, then the code. */
export function SmsEnrolment() {
  const send = useSendPin();
  const form = useForm<{ phone: string }>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { phone: '' },
    validate: contractValidator<{ phone: string }>(pinSendSchema, (values) => ({ channel: 'sms', phone: values.phone })),
  });
  const submit = form.onSubmit(
    (values) => {
      send.mutateAsync({ channel: 'sms', phone: values.phone }).catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <Stack gap="md">
      <SmsRiskNotice />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={send.error} formValues={form.getValues()} />
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Mobile phone number"
              description="A US number that can receive text messages."
              type="tel"
              autoComplete="tel-national"
              required
              style={{ flex: 1, minWidth: 220 }}
              {...form.getInputProps('phone')}
            />
            <Button type="submit" variant={send.data ? 'default' : 'filled'} loading={send.isPending}>
              {send.data ? 'Send a new PIN' : 'Send PIN'}
            </Button>
          </Group>
        </Stack>
      </form>
      {send.data && (
        <>
          <Text role="status">
            We&apos;ve sent a code to <strong>{send.data.sentTo}</strong>.
          </Text>
          <MfaCodeForm
            method="sms"
            autoFocus
            footer={<ResendLine channel="sms" pending={send.isPending} onResend={() => void submit()} />}
          />
        </>
      )}
    </Stack>
  );
}

/**
 * Email or SMS PIN for enrolment (email only: the address on the account) or verification
 * (the enrolled destination, shown masked). Send PIN first; each send replaces the last PIN.
 */
export function PinDelivery({ channel, maskedDestination }: { channel: PinChannel; maskedDestination: string | null }) {
  const send = useSendPin();
  const sendNow = () => send.mutate({ channel });
  const destination = maskedDestination ?? (channel === 'email' ? 'the email address on your account' : 'your mobile phone');
  return (
    <Stack gap="md">
      <ErrorAlert error={send.error} />
      {send.data ? (
        <>
          <Text role="status">
            We&apos;ve sent a code to <strong>{send.data.sentTo}</strong>.
          </Text>
          <MfaCodeForm method={channel} autoFocus footer={<ResendLine channel={channel} pending={send.isPending} onResend={sendNow} />} />
        </>
      ) : (
        <>
          <Text>
            We&apos;ll send a 6-digit code to <strong>{destination}</strong>.
          </Text>
          <Group>
            <Button onClick={sendNow} loading={send.isPending}>
              Send PIN
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
