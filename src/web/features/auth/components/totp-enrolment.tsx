import { ActionIcon, Button, Code, CopyButton, Group, Image, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import type { useStartTotp } from '../api/start-totp.ts';
import { MfaCodeForm } from './mfa-code-form.tsx';

/** "ABCD EFGH …": easier to type into an app by hand. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** Scan the QR code (or type the key), then confirm with the app's first code. */
export function TotpEnrolment({ start }: { start: ReturnType<typeof useStartTotp> }) {
  if (start.isPending || start.isIdle) {
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden />
        <Text>Preparing your authenticator key…</Text>
      </Group>
    );
  }
  if (start.isError) {
    return (
      <Stack gap="sm" align="flex-start">
        <ErrorAlert error={start.error} />
        <Button variant="light" onClick={() => start.mutate()}>
          Try again
        </Button>
      </Stack>
    );
  }
  const { qrCodeDataUrl, secret } = start.data;
  return (
    <Stack gap="md">
      <Text>
        <strong>1.</strong> Open your authenticator app (for example Microsoft Authenticator, Google Authenticator or
        1Password), add an account, and scan this QR code.
      </Text>
      <Image src={qrCodeDataUrl} alt="QR code to add Priora to your authenticator app" w={200} h={200} fit="contain" />
      <div>
        <Text size="sm">Can&apos;t scan it? Enter this key in the app instead:</Text>
        <Group gap="xs" mt={4}>
          <Code fz="md" aria-label="Authenticator key">
            {groupSecret(secret)}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy key'} withArrow>
                <ActionIcon variant="subtle" onClick={copy} aria-label={copied ? 'Key copied' : 'Copy key'}>
                  {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
      </div>
      <Text>
        <strong>2.</strong> Enter the 6-digit code the app shows for Priora.
      </Text>
      <MfaCodeForm method="totp" />
    </Stack>
  );
}
