import { Alert, Group, Text } from '@mantine/core';
import { IconPhoneCall } from '@tabler/icons-react';
import { useSession } from '../../auth/api/get-session.ts';
import { EndCallButton } from './end-call-button.tsx';

/** On every page of a call: whom the intake agent is acting for, and the way to end the call. */
export function ActingOfficeBanner() {
  const { data: session } = useSession();
  const office = session?.actingOffice;
  if (!office) {
    return null;
  }
  return (
    <Alert color="grape" variant="light" icon={<IconPhoneCall aria-hidden />} mb="md" p="xs" aria-label="Call in progress">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">
          On a call for{' '}
          <Text span fw={700} inherit>
            {office.name}
          </Text>
          {office.tin ? ` (TIN ${office.tin})` : ''}: requests, lookups and uploads are made for this office.
        </Text>
        <div style={{ flexShrink: 0 }}>
          <EndCallButton size="xs" />
        </div>
      </Group>
    </Alert>
  );
}
