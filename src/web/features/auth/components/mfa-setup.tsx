import { Anchor, Button, Group, Radio, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SessionState } from '../../../../contracts/auth.ts';
import { useStartTotp } from '../api/start-totp.ts';
import { PinDelivery, SmsEnrolment } from './mfa-pin-delivery.tsx';
import { TotpEnrolment } from './totp-enrolment.tsx';

type Method = 'totp' | 'sms' | 'email';

const methodText: Record<Method, { label: string; description: string }> = {
  totp: {
    label: 'Authenticator app (recommended)',
    description: 'An app on your phone or computer makes a new code every 30 seconds. Works without phone signal or email.',
  },
  sms: { label: 'Text message (SMS)', description: 'We text a 6-digit PIN to your mobile phone each time you log in.' },
  email: { label: 'Email', description: 'We email a 6-digit PIN to the address on your account each time you log in.' },
};

/** First sign-in (or after a reset): choose a second factor, set it up, confirm it with a code. */
export function MfaSetup({ mfa }: { mfa: NonNullable<SessionState['mfa']> }) {
  const allowed: Method[] = mfa.allowedMethods.length > 0 ? mfa.allowedMethods : ['totp'];
  const [method, setMethod] = useState<Method>(allowed.includes('totp') ? 'totp' : (allowed[0] ?? 'totp'));
  const [step, setStep] = useState(0);
  const startTotp = useStartTotp();

  const proceed = () => {
    if (method === 'totp') {
      startTotp.mutate();
    }
    setStep(1);
  };
  const back = () => {
    startTotp.reset();
    setStep(0);
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          Set up multi-factor authentication
        </Title>
        <Text mt="xs">
          To protect patients&apos; health information, Priora asks for a 6-digit code after your password. Choose how
          you would like to get your codes.
        </Text>
      </div>
      <Stepper active={step} onStepClick={(index) => index < step && back()} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label="Choose a method">
          <Stack gap="md" mt="md">
            <Radio.Group
              label="How would you like to get your codes?"
              value={method}
              onChange={(value) => setMethod(value)}
              description={allowed.length === 1 && allowed[0] === 'totp' ? 'Your role uses an authenticator app.' : undefined}
            >
              <Stack gap="sm" mt="xs">
                {allowed.map((option) => (
                  <Radio key={option} value={option} label={methodText[option].label} description={methodText[option].description} />
                ))}
              </Stack>
            </Radio.Group>
            <Group>
              <Button onClick={proceed}>Continue</Button>
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Confirm with a code">
          <Stack gap="md" mt="md">
            {method === 'totp' && <TotpEnrolment start={startTotp} />}
            {method === 'sms' && <SmsEnrolment />}
            {method === 'email' && <PinDelivery channel="email" maskedDestination={null} />}
            {allowed.length > 1 && (
              <Anchor component="button" type="button" size="sm" onClick={back} style={{ alignSelf: 'flex-start' }}>
                Use a different verification method
              </Anchor>
            )}
          </Stack>
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
