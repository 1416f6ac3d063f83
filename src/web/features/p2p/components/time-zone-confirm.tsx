import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useConfirmTimeZone } from '../api/scheduler.ts';
import { allTimeZones, browserTimeZone } from '../p2p-time.ts';

/** First use of the scheduler (seed 003): confirm the zone every time will be shown in, prefilled from this browser. */
export function TimeZoneConfirm() {
  const [zone, setZone] = useState<string | null>(browserTimeZone());
  const confirm = useConfirmTimeZone();
  const fieldError = isApiError(confirm.error) ? confirm.error.fields['timeZone'] : undefined;
  return (
    <Paper withBorder p="md" radius="md" maw={560}>
      <Stack>
        <Title order={2} size="h4">
          Confirm your time zone
        </Title>
        <Text size="sm">Appointment times are shown in this zone. You can change it later.</Text>
        <Select label="Time zone" data={allTimeZones()} value={zone} onChange={setZone} searchable required error={fieldError} />
        {confirm.error && !fieldError && <ErrorAlert error={confirm.error} />}
        {!zone && <Alert color="red">Choose your time zone.</Alert>}
        <Group justify="flex-end">
          <Button onClick={() => zone && confirm.mutate(zone)} loading={confirm.isPending} disabled={!zone}>
            Confirm time zone
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
