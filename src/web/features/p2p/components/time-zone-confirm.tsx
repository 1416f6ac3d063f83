import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useConfirmTimeZone } from '../api/scheduler.ts';
import { allTimeZones, browserTimeZone } from '../p2p-time.ts';

interface Props {
  /** The zone confirmed before: the form changes it (with Cancel) instead of confirming it the first time. */
  current?: string;
  /** After a change is saved, or cancelled. */
  onDone?: () => void;
}

/**
 * First use of the scheduler (seed 003): confirm the zone every time will be shown in, prefilled
 * from this browser. With `current`, the same form changes it later.
 */
export function TimeZoneConfirm({ current, onDone }: Props) {
  const changing = current !== undefined;
  const [zone, setZone] = useState<string | null>(current ?? browserTimeZone());
  const confirm = useConfirmTimeZone();
  const fieldError = isApiError(confirm.error) ? confirm.error.fields['timeZone'] : undefined;
  return (
    <Paper withBorder p="md" radius="md" maw={560}>
      <Stack>
        <Title order={2} size="h4">
          {changing ? 'Change your time zone' : 'Confirm your time zone'}
        </Title>
        <Text size="sm">{changing ? 'Appointment times are shown in this zone; the free times are shown again in the new one.' : 'Appointment times are shown in this zone. You can change it later.'}</Text>
        <Select label="Time zone" data={allTimeZones()} value={zone} onChange={setZone} searchable required error={fieldError} />
        {confirm.error && !fieldError && <ErrorAlert error={confirm.error} />}
        {!zone && <Alert color="red">Choose your time zone.</Alert>}
        <Group justify="flex-end">
          {changing && (
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
          )}
          <Button onClick={() => zone && confirm.mutate(zone, { onSuccess: () => onDone?.() })} loading={confirm.isPending} disabled={!zone}>
            {changing ? 'Save time zone' : 'Confirm time zone'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** "Time Zone: America/Los_Angeles" with "Change" (the scheduler's times and a reschedule), opening the form above. */
export function TimeZoneSetting({ timeZone }: { timeZone: string }) {
  const [changing, setChanging] = useState(false);
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          Time Zone: {timeZone}
        </Text>
        {!changing && (
          <Button size="compact-xs" variant="subtle" aria-label="Change time zone" onClick={() => setChanging(true)}>
            Change
          </Button>
        )}
      </Group>
      {changing && <TimeZoneConfirm current={timeZone} onDone={() => setChanging(false)} />}
    </Stack>
  );
}
