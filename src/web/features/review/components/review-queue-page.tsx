import { Anchor, Group, Input, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ReviewQueueRow } from '../../../../contracts/review.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { lineOfBusinessLabel } from '../../cases/components/case-summary.tsx';
import { statusLabel } from '../../cases/status.ts';
import { useResourcePrograms } from '../../resources/api/list-resource-programs.ts';
import { useReviewQueue, type ReviewQueueQuery } from '../api/get-review-queue.ts';
import { reviewerName, TimeLeft, UrgencyBadge } from './review-badges.tsx';

const urgencies = [
  { value: 'standard', label: 'Standard' },
  { value: 'urgent', label: 'Urgent' },
] as const;

const assignments = [
  { value: 'me', label: 'Mine' },
  { value: 'unassigned', label: 'Unassigned' },
  { value: 'all', label: 'All' },
] as const;

const reviewStatuses = ['pending_clinical_review', 'pending_medical_review', 'additional_information_received', 'on_hold'] as const;

/** A value from the address only when it is one the server accepts (a hand-edited link stays usable). */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

interface Column {
  label: string;
  cell: (row: ReviewQueueRow) => ReactNode;
}

const columns: Column[] = [
  {
    label: 'Case Number',
    cell: (row) => (
      <Anchor component={Link} to={`/review/cases/${row.caseId}`}>
        {row.caseNumber}
      </Anchor>
    ),
  },
  { label: 'Program', cell: (row) => row.programName },
  { label: 'Service', cell: (row) => [row.procedureCode, row.serviceDescription].filter(Boolean).join(' ') },
  { label: 'Member', cell: (row) => row.memberName },
  { label: 'Office', cell: (row) => row.officeName },
  { label: 'Health Plan', cell: (row) => [row.planName, lineOfBusinessLabel(row.lineOfBusiness)].filter(Boolean).join(' – ') },
  { label: 'Urgency', cell: (row) => <UrgencyBadge urgency={row.urgency} /> },
  { label: 'Status', cell: (row) => row.statusLabel || statusLabel(row.status) },
  { label: 'Submitted', cell: (row) => formatDateTime(row.submittedAt) },
  { label: 'Due', cell: (row) => formatDateTime(row.decisionDueAt) },
  { label: 'Time Left', cell: (row) => <TimeLeft percentElapsed={row.percentElapsed} escalation={row.escalation} dueAt={row.decisionDueAt} width={110} /> },
  { label: 'Assignee', cell: (row) => reviewerName(row.assignee) },
];

/** /review: the cases waiting for a clinical decision, soonest due first (the server's order). */
export function ReviewQueuePage() {
  usePageTitle('Review queue');
  const [params, setFilters] = useUrlFilters();
  const programs = useResourcePrograms();

  const query: ReviewQueueQuery = { assigned: oneOf(params.get('assigned'), assignments.map((item) => item.value)) ?? 'all' };
  const program = params.get('program');
  if (program) {
    query.program = program;
  }
  const urgency = oneOf(params.get('urgency'), urgencies.map((item) => item.value));
  if (urgency) {
    query.urgency = urgency;
  }
  const status = oneOf(params.get('status'), reviewStatuses);
  if (status) {
    query.status = status;
  }
  const queue = useReviewQueue(query);
  const rows = queue.data?.rows;

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Review queue</Title>
        <Text size="sm" c="dimmed" mt="xs">
          Requests waiting for a clinical decision, the soonest due first. The list refreshes every minute.
        </Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" gap="md">
          <Select
            label="Program"
            placeholder="All programs"
            data={(programs.data ?? []).map((item) => ({ value: item.code, label: item.name }))}
            value={program}
            onChange={(value) => setFilters({ program: value })}
            clearable
            searchable
            w={260}
          />
          <Select
            label="Urgency"
            placeholder="Any urgency"
            data={urgencies.map((item) => ({ ...item }))}
            value={urgency ?? null}
            onChange={(value) => setFilters({ urgency: value })}
            clearable
            w={160}
          />
          <Select
            label="Status"
            placeholder="Any status"
            data={reviewStatuses.map((value) => ({ value, label: statusLabel(value) }))}
            value={status ?? null}
            onChange={(value) => setFilters({ status: value })}
            clearable
            w={320}
          />
          <Stack gap={4}>
            <Input.Label labelElement="div" id="review-assigned-label">
              Assigned
            </Input.Label>
            <SegmentedControl
              aria-labelledby="review-assigned-label"
              data={assignments.map((item) => ({ ...item }))}
              value={query.assigned ?? 'all'}
              onChange={(value) => setFilters({ assigned: value === 'all' ? null : value })}
            />
          </Stack>
        </Group>
      </Paper>
      <ErrorAlert error={programs.error} />
      <ErrorAlert error={queue.error} />
      {!rows && queue.isPending ? (
        <FullPageLoader label="Loading the review queue…" inline />
      ) : (
        <Table.ScrollContainer minWidth={1250}>
          <Table striped highlightOnHover withTableBorder aria-label="Review queue">
            <Table.Thead>
              <Table.Tr>
                {columns.map((column) => (
                  <Table.Th key={column.label}>{column.label}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(rows ?? []).map((row) => (
                <Table.Tr key={row.caseId}>
                  {columns.map((column) => (
                    <Table.Td key={column.label}>{column.cell(row)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
              {rows && rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={columns.length}>No cases match.</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
