import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ESCALATION_LEVELS, type EscalationCounts, type EscalationLevel, type ReviewQueueRow, type SupervisorView } from '../../../../contracts/review.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSupervisorView } from '../api/get-supervisor-view.ts';
import { escalationColors, reviewerName, TimeLeft, UrgencyBadge } from './review-badges.tsx';

const levelLabels: Record<EscalationLevel, string> = {
  ok: 'Under 50 %',
  watch: '50 % or more',
  warning: '75 % or more',
  critical: '90 % or more',
  breached: 'Breached',
};

function hoursText(hours: number): string {
  return hours >= 48 ? `${Math.round((hours / 24) * 10) / 10} d` : `${hours} h`;
}

interface Column<Row> {
  label: string;
  cell: (row: Row) => ReactNode;
}

function caseLink(caseId: string, caseNumber: string) {
  return (
    <Anchor component={Link} to={`/review/cases/${caseId}`}>
      {caseNumber || 'Case'}
    </Anchor>
  );
}

const openColumns: Array<Column<ReviewQueueRow>> = [
  { label: 'Case Number', cell: (row) => caseLink(row.caseId, row.caseNumber) },
  { label: 'Program', cell: (row) => row.programName },
  { label: 'Member', cell: (row) => row.memberName },
  { label: 'Office', cell: (row) => row.officeName },
  { label: 'Urgency', cell: (row) => <UrgencyBadge urgency={row.urgency} /> },
  { label: 'Status', cell: (row) => row.statusLabel },
  { label: 'Due', cell: (row) => formatDateTime(row.decisionDueAt) },
  { label: 'Time Left', cell: (row) => <TimeLeft percentElapsed={row.percentElapsed} escalation={row.escalation} dueAt={row.decisionDueAt} width={110} /> },
  { label: 'Assignee', cell: (row) => reviewerName(row.assignee) },
];

type Breach = SupervisorView['breaches'][number];
const breachColumns: Array<Column<Breach>> = [
  ...openColumns.filter((column) => column.label !== 'Time Left' && column.label !== 'Assignee'),
  { label: 'Past Due', cell: (row) => hoursText(row.hoursPastDue) },
  ...openColumns.filter((column) => column.label === 'Assignee'),
];

type DecidedLate = SupervisorView['recentBreachesDecided'][number];
const decidedLateColumns: Array<Column<DecidedLate>> = [
  { label: 'Case Number', cell: (row) => caseLink(row.caseId, row.caseNumber) },
  { label: 'Program', cell: (row) => row.programName },
  { label: 'Outcome', cell: (row) => row.outcome.charAt(0).toUpperCase() + row.outcome.slice(1).replaceAll('_', ' ') },
  { label: 'Due', cell: (row) => formatDateTime(row.decisionDueAt) },
  { label: 'Decided', cell: (row) => formatDateTime(row.decidedAt) },
  { label: 'Late By', cell: (row) => hoursText(row.hoursLate) },
];

function RowsTable<Row>({ label, columns, rows, rowKey, empty }: { label: string; columns: Array<Column<Row>>; rows: Row[]; rowKey: (row: Row) => string; empty: string }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.label}>{column.label}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((column) => (
                <Table.Td key={column.label}>{column.cell(row)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{empty}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One card per escalation level, coloured as the queue's time-left bars. */
function CountCards({ counts }: { counts: EscalationCounts }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 5 }}>
      {ESCALATION_LEVELS.map((level) => (
        <Paper key={level} withBorder p="md" radius="md" style={{ borderLeft: `6px solid var(--mantine-color-${escalationColors[level]}-6)` }}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {levelLabels[level]}
          </Text>
          <Text fz={28} fw={700} c={level === 'ok' ? undefined : escalationColors[level]} aria-label={`${levelLabels[level]}: ${counts[level]}`}>
            {counts[level]}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** A small line of badges: one count per level, for a program or an urgency. */
function CountBadges({ counts }: { counts: EscalationCounts }) {
  return (
    <Group gap={6}>
      {ESCALATION_LEVELS.map((level) => (
        <Badge key={level} color={escalationColors[level]} variant={counts[level] > 0 ? 'filled' : 'light'} title={levelLabels[level]}>
          {levelLabels[level]}: {counts[level]}
        </Badge>
      ))}
    </Group>
  );
}

/** /review/supervisor: decision clocks for medical directors (cases at risk, breaches, decided late). */
export function SupervisorPage() {
  usePageTitle('Decision clocks');
  const supervisor = useSupervisorView();
  const data = supervisor.data;

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>Decision clocks</Title>
        <Text size="sm" c="dimmed" mt="xs">
          Open review cases by the share of their decision window used, the cases at risk and past due, and the cases decided late in the last 30 days. The page refreshes every
          minute.
        </Text>
      </div>
      <ErrorAlert error={supervisor.error} />
      {!data ? (
        supervisor.isPending && <FullPageLoader label="Loading the decision clocks…" inline />
      ) : (
        <>
          <CountCards counts={data.summary.overall} />
          <Paper withBorder p="md" radius="md">
            <Stack gap="xs">
              <Title order={2} size="h4">
                By program and urgency
              </Title>
              <Table aria-label="Counts by program and urgency">
                <Table.Tbody>
                  {data.summary.byProgram.map((program) => (
                    <Table.Tr key={program.programCode}>
                      <Table.Td>{program.programName}</Table.Td>
                      <Table.Td>
                        <CountBadges counts={program.counts} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                  {data.summary.byUrgency.map((urgency) => (
                    <Table.Tr key={urgency.urgency}>
                      <Table.Td>
                        <UrgencyBadge urgency={urgency.urgency} />
                      </Table.Td>
                      <Table.Td>
                        <CountBadges counts={urgency.counts} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </Paper>
          <Title order={2} size="h3">
            At risk
          </Title>
          <RowsTable label="At risk" columns={openColumns} rows={data.atRisk} rowKey={(row) => row.caseId} empty="No case has used 75 % of its window." />
          <Title order={2} size="h3">
            Breached
          </Title>
          <RowsTable label="Breached" columns={breachColumns} rows={data.breaches} rowKey={(row) => row.caseId} empty="No open case is past its due time." />
          <Title order={2} size="h3">
            Decided late (30 days)
          </Title>
          <RowsTable label="Decided late" columns={decidedLateColumns} rows={data.recentBreachesDecided} rowKey={(row) => row.caseId} empty="No case was decided after its due time in the last 30 days." />
        </>
      )}
    </Stack>
  );
}
