import { Alert, Button, Group, Progress, ScrollArea, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconPlayerPlay, IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { hasPermission, useSession } from '../../auth/api/get-session.ts';
import { useInProgressCases } from '../api/list-in-progress.ts';
import { isWizardStep, stepTitles } from '../steps.ts';

/** /cases/in-progress: the office's unsubmitted requests, with RESUME. */
export function InProgressPage() {
  usePageTitle('Certification Requests In Progress');
  const { data: session } = useSession();
  const cases = useInProgressCases();
  const canStart = hasPermission(session, 'cases.create');

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Certification Requests In Progress</Title>
          <Text mt="xs">
            Requests your office started but has not submitted. Unsubmitted requests expire without any correspondence,
            so resume and submit them before they do.
          </Text>
        </div>
        {canStart && (
          <Button component={Link} to="/cases/new" leftSection={<IconPlus size={16} aria-hidden />}>
            REQUEST AN AUTH
          </Button>
        )}
      </Group>
      {cases.isPending ? (
        <FullPageLoader label="Loading requests in progress…" inline />
      ) : cases.isError ? (
        <ErrorAlert error={cases.error} />
      ) : cases.data.length === 0 ? (
        <Alert color="gray" variant="light">
          There are no requests in progress for your office.
        </Alert>
      ) : (
        <ScrollArea type="auto">
          <Table striped highlightOnHover withTableBorder>
            <Table.Caption>
              {cases.data.length} request{cases.data.length === 1 ? '' : 's'} in progress, most recently changed first
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Created</Table.Th>
                <Table.Th scope="col">Program</Table.Th>
                <Table.Th scope="col">Member</Table.Th>
                <Table.Th scope="col">Provider</Table.Th>
                <Table.Th scope="col">Step</Table.Th>
                <Table.Th scope="col">% Complete</Table.Th>
                <Table.Th scope="col">Expires</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Action</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.data.map((item) => {
                const who = item.member?.name ?? 'no member yet';
                return (
                  <Table.Tr key={item.id}>
                    <Table.Td className="nowrap">{formatDateTime(item.createdAt)}</Table.Td>
                    <Table.Td>{item.program.name}</Table.Td>
                    <Table.Td>{item.member ? item.member.name : <Text c="dimmed">Not chosen yet</Text>}</Table.Td>
                    <Table.Td>{item.provider ? item.provider.name : <Text c="dimmed">Not chosen yet</Text>}</Table.Td>
                    <Table.Td>{isWizardStep(item.currentStep) ? stepTitles[item.currentStep] : item.currentStep}</Table.Td>
                    <Table.Td miw={120}>
                      <Text size="sm">{item.percentComplete}%</Text>
                      <Progress value={item.percentComplete} size="sm" aria-hidden />
                    </Table.Td>
                    <Table.Td className="nowrap">{item.expiresAt ? formatDateTime(item.expiresAt) : <Text c="dimmed">Not set</Text>}</Table.Td>
                    <Table.Td>
                      <Button component={Link} to={`/cases/${item.id}`} size="xs" variant="light" leftSection={<IconPlayerPlay size={14} aria-hidden />}>
                        RESUME
                        <VisuallyHidden>
                          {' '}
                          {item.program.name} request for {who}, created {formatDateTime(item.createdAt)}
                        </VisuallyHidden>
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Stack>
  );
}
