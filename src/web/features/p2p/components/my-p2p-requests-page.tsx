import { Alert, Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAppointments } from '../api/appointments.ts';
import { useSchedulerTimeZone } from '../api/scheduler.ts';
import { browserTimeZone, slotDateTime } from '../p2p-time.ts';
import { AppointmentStatus } from './appointment-summary.tsx';

/** My P2P Requests (seed 003): the office's appointments; open one to reschedule or cancel it. */
export function MyP2pRequestsPage() {
  usePageTitle('My P2P Requests');
  const list = useAppointments();
  const zone = useSchedulerTimeZone();
  if (list.isLoading || zone.isLoading) {
    return <FullPageLoader />;
  }
  if (list.error) {
    return <ErrorAlert error={list.error} />;
  }
  const timeZone = zone.data?.timeZone ?? browserTimeZone();
  const appointments = list.data?.appointments ?? [];
  return (
    <Stack>
      <Title order={1} size="h2">
        My P2P Requests
      </Title>
      <Text size="sm" c="dimmed">
        Times in {timeZone}. To schedule one, open a denied case from the Authorization Lookup and choose Schedule a peer to peer.
      </Text>
      {appointments.length === 0 ? (
        <Alert color="gray">No peer to peer requests yet.</Alert>
      ) : (
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date and time</Table.Th>
              <Table.Th>Cases</Table.Th>
              <Table.Th>Reviewer</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {appointments.map((one) => (
              <Table.Tr key={one.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/p2p/${one.id}`}>
                    {slotDateTime(one.startsAt, timeZone)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{one.cases.map((item) => item.caseNumber).join(', ')}</Table.Td>
                <Table.Td>{one.reviewer.name}</Table.Td>
                <Table.Td>
                  <AppointmentStatus view={one} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
