import { Alert, Badge, Button, Group, Paper, ScrollArea, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { DatePickerInput, type DatesRangeValue } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import dayjs from 'dayjs';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useState } from 'react';
import { RequirePermission } from '../../../app/guards.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAuditEvents, type AuditFilters } from '../api/list-audit.ts';
import { useVerifyAudit, type AuditVerification } from '../api/verify-audit.ts';

function describeProblem(problem: AuditVerification['problem']): string {
  if (!problem) {
    return 'The chain is broken, but the server did not say where.';
  }
  switch (problem.kind) {
    case 'gap':
      return `Event #${problem.expectedSequence} is missing: the next stored event is #${problem.foundSequence}.`;
    case 'broken_link':
      return `Event #${problem.sequence} does not link to the event before it (an event was removed or replaced).`;
    case 'altered':
      return `Event #${problem.sequence} was changed after it was recorded (its hash does not match its content).`;
  }
}

function VerifyChain() {
  const verify = useVerifyAudit();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <div>
            <Text fw={600}>Tamper check</Text>
            <Text size="sm" c="dimmed">
              Each event is chained to the one before by a hash. Verifying recomputes the whole chain.
            </Text>
          </div>
          <Button variant="outline" leftSection={<IconShieldCheck size={16} aria-hidden />} onClick={() => verify.mutate()} loading={verify.isPending}>
            Verify chain
          </Button>
        </Group>
        <div aria-live="polite">
          {verify.isError && <ErrorAlert error={verify.error} />}
          {verify.data &&
            (verify.data.ok ? (
              <Alert color="teal" variant="light" icon={<IconShieldCheck aria-hidden />} title="OK">
                The audit chain is intact: {verify.data.checked.toLocaleString()} event{verify.data.checked === 1 ? '' : 's'} checked.
              </Alert>
            ) : (
              <Alert color="red" variant="light" icon={<IconShieldX aria-hidden />} title="Problem found">
                {describeProblem(verify.data.problem)} ({verify.data.checked.toLocaleString()} events checked.)
              </Alert>
            ))}
        </div>
      </Stack>
    </Paper>
  );
}

const outcomeColors: Record<string, string> = { success: 'teal', failure: 'red', denied: 'orange' };

function AuditContent() {
  usePageTitle('Audit log');
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const [range, setRange] = useState<DatesRangeValue<string>>([null, null]);
  const [limit, setLimit] = useState('100');
  const [debounced] = useDebouncedValue({ actor, action }, 400);

  const [fromDay, toDay] = range;
  const filters: AuditFilters = {
    actor: debounced.actor,
    action: debounced.action,
    // Whole local days: from the start of the first to the end of the last.
    from: fromDay ? dayjs(fromDay).startOf('day').toISOString() : null,
    to: toDay ? dayjs(toDay).endOf('day').toISOString() : fromDay ? dayjs(fromDay).endOf('day').toISOString() : null,
    limit: Number(limit),
  };
  const events = useAuditEvents(filters);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Audit log</Title>
        <Text mt="xs">Sign-ins, changes and access to protected information, newest first.</Text>
      </div>
      <VerifyChain />
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput label="User" description="User name" value={actor} onChange={(event) => setActor(event.currentTarget.value)} w={220} />
          <TextInput label="Action" description="e.g. auth.login" value={action} onChange={(event) => setAction(event.currentTarget.value)} w={220} />
          <DatePickerInput
            type="range"
            label="Date range"
            description="One day or a range"
            placeholder="Any date"
            value={range}
            onChange={setRange}
            clearable
            allowSingleDateInRange
            maxDate={dayjs().format('YYYY-MM-DD')}
            w={260}
          />
          <Select label="Show" data={['50', '100', '200', '500']} value={limit} onChange={(value) => setLimit(value ?? '100')} allowDeselect={false} w={100} />
        </Group>
      </Paper>

      {events.isPending ? (
        <FullPageLoader label="Loading events…" inline />
      ) : events.isError ? (
        <ErrorAlert error={events.error} />
      ) : events.data.length === 0 ? (
        <Text>No events match these filters.</Text>
      ) : (
        <ScrollArea type="auto">
          <Table striped highlightOnHover withTableBorder aria-busy={events.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">#</Table.Th>
                <Table.Th scope="col">Time</Table.Th>
                <Table.Th scope="col">User</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
                <Table.Th scope="col">Outcome</Table.Th>
                <Table.Th scope="col">Object</Table.Th>
                <Table.Th scope="col">IP address</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.data.map((event) => (
                <Table.Tr key={event.sequence}>
                  <Table.Td>{event.sequence}</Table.Td>
                  <Table.Td className="nowrap">{formatDateTime(event.occurredAt)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.actorUserName ?? event.actorUserId ?? 'System'}</Text>
                    {event.actorRole && (
                      <Text size="xs" c="dimmed">
                        {event.actorRole}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text ff="monospace" size="sm">
                      {event.action}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={outcomeColors[event.outcome] ?? 'gray'} variant="light">
                      {event.outcome}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {event.objectType && <Text size="sm">{event.objectType}</Text>}
                    {event.objectId && (
                      <Text size="xs" ff="monospace" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {event.objectId}
                      </Text>
                    )}
                    {event.memberId && (
                      <Text size="xs" ff="monospace" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        member {event.memberId}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className="nowrap">{event.ipAddress ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Stack>
  );
}

export function AuditPage() {
  return (
    <RequirePermission anyOf={['audit.read']}>
      <AuditContent />
    </RequirePermission>
  );
}
