import { Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { P2P_OUTCOME_LABELS, PERFORMER_LABELS, type AppointmentView } from '../../../../contracts/p2p.ts';
import { formatDate, formatPhone } from '../../../lib/format.ts';
import { slotDateTime } from '../p2p-time.ts';

const STATUS = { booked: ['Scheduled', 'teal'], cancelled: ['Cancelled', 'gray'], completed: ['Completed', 'blue'] } as const;

export function AppointmentStatus({ view }: { view: AppointmentView }) {
  const [status, color] = STATUS[view.status];
  const label = view.cancelledBy === 'reviewer' ? 'Cancelled by the reviewer' : status;
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}

/** An appointment's details and contact information (seed 003 "Appointment"), times in `timeZone`. */
export function AppointmentSummary({ view, timeZone }: { view: AppointmentView; timeZone: string }) {
  const phone = `${formatPhone(view.phone)}${view.phoneExtension ? ` ext. ${view.phoneExtension}` : ''}`;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {slotDateTime(view.startsAt, timeZone)}
          </Title>
          <AppointmentStatus view={view} />
        </Group>
        <Text>Reviewing provider: {view.reviewer.name}</Text>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Case #</Table.Th>
              <Table.Th>Member</Table.Th>
              <Table.Th>Level of Review</Table.Th>
              <Table.Th>P2P Valid Until</Table.Th>
              {view.status === 'completed' && <Table.Th>Outcome</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.cases.map((one) => (
              <Table.Tr key={one.caseId}>
                <Table.Td>{one.caseNumber}</Table.Td>
                <Table.Td>{one.memberName}</Table.Td>
                <Table.Td>{one.levelLabel}</Table.Td>
                <Table.Td>{one.validUntil ? formatDate(one.validUntil) : ''}</Table.Td>
                {view.status === 'completed' && <Table.Td>{one.outcome ? P2P_OUTCOME_LABELS[one.outcome] : ''}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Stack gap={2}>
            <Text fw={600} size="sm">
              P2P Contact Info
            </Text>
            <Text size="sm">
              {PERFORMER_LABELS[view.performer.kind]}: {view.performer.name}
              {view.performer.credential ? `, ${view.performer.credential}` : ''}
            </Text>
            <Text size="sm">Phone Number for P2P: {phone}</Text>
            {view.alternatePhone && <Text size="sm">Alternate Phone: {formatPhone(view.alternatePhone)}</Text>}
            <Text size="sm">Email: {view.email}</Text>
            {view.contactInstructions && <Text size="sm">Contact Instructions: {view.contactInstructions}</Text>}
          </Stack>
          <Stack gap={2}>
            {view.callNotes.length > 0 && (
              <>
                <Text fw={600} size="sm">
                  Call Notes
                </Text>
                {view.callNotes.map((note) => (
                  <Text size="sm" key={note.kind}>
                    {note.kind}
                    {note.date ? ` ${formatDate(note.date)}` : ''}
                  </Text>
                ))}
              </>
            )}
            {view.cancelReason && (
              <Text size="sm">
                {view.cancelledBy === 'reviewer' ? 'Cancelled by the reviewing physician. ' : ''}Cancellation reason: {view.cancelReason}
              </Text>
            )}
            {view.status === 'completed' && (
              <Text size="sm">
                Outcome: {view.outcome ? P2P_OUTCOME_LABELS[view.outcome] : 'differs by case (see the cases)'}
                {view.outcomeNote ? ` — ${view.outcomeNote}` : ''}
              </Text>
            )}
          </Stack>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
