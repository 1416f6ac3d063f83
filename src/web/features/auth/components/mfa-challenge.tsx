import { Stack, Text, Title } from '@mantine/core';
import type { SessionState } from '../../../../contracts/auth.ts';
import { MfaCodeForm } from './mfa-code-form.tsx';
import { PinDelivery } from './mfa-pin-delivery.tsx';

/** Later sign-ins: the code from the enrolled method. */
export function MfaChallenge({ mfa }: { mfa: NonNullable<SessionState['mfa']> }) {
  const method = mfa.method ?? mfa.allowedMethods[0] ?? 'totp';
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        Verify your identity
      </Title>
      {method === 'totp' ? (
        <>
          <Text>Open your authenticator app and enter the 6-digit code it shows for Priora.</Text>
          <MfaCodeForm method="totp" autoFocus />
        </>
      ) : (
        <PinDelivery channel={method} maskedDestination={mfa.maskedDestination} />
      )}
    </Stack>
  );
}
