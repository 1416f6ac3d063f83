import { Alert, Anchor, Button, Group, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconClock, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { CaseView, SubmissionResult } from '../../../../contracts/cases.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { submissionQueryKey } from '../api/clinical.ts';
import { useStartFrom, type DuplicateKind } from '../api/duplicate.ts';
import { useCase } from '../api/get-case.ts';
import { useCaseDetail } from '../api/tracking.ts';
import { statusLabel } from '../status.ts';
import { CaseReview } from './case-summary.tsx';
import { CriteriaTable, GuidelineAlternatives } from './review-step.tsx';
import { PrintButtons } from './print-buttons.tsx';

type Line = SubmissionResult['approvedLines'][number];

/** What was approved: one line per procedure, radiation phase (technique, fractions; IGRT its own line) or equipment item. */
export function ApprovedLines({ lines }: { lines: Line[] }) {
  const hasPhase = lines.some((line) => line.phase || line.technique || line.fractions !== undefined);
  const hasEquipment = lines.some((line) => line.acquisition || line.rentalMonths !== undefined);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            {hasPhase && <Table.Th>Phase</Table.Th>}
            <Table.Th>Code</Table.Th>
            <Table.Th>Description</Table.Th>
            {hasPhase && <Table.Th>Technique</Table.Th>}
            {hasPhase && <Table.Th>Fractions</Table.Th>}
            {hasEquipment && <Table.Th>Acquisition</Table.Th>}
            {hasEquipment && <Table.Th>Rental months</Table.Th>}
            <Table.Th>Units</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line, index) => (
            <Table.Tr key={`${line.code}-${index}`}>
              {hasPhase && <Table.Td>{line.phase ?? ''}</Table.Td>}
              <Table.Td>{line.code}</Table.Td>
              <Table.Td>{line.description}</Table.Td>
              {hasPhase && <Table.Td>{line.technique ?? ''}</Table.Td>}
              {hasPhase && <Table.Td>{line.fractions ?? ''}</Table.Td>}
              {hasEquipment && <Table.Td>{line.acquisition ?? ''}</Table.Td>}
              {hasEquipment && <Table.Td>{line.rentalMonths ?? ''}</Table.Td>}
              <Table.Td>{line.units}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={220} scope="row">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function Duplication({ view }: { view: CaseView }) {
  const navigate = useNavigate();
  const start = useStartFrom();
  const [kind, setKind] = useState<DuplicateKind | 'provider' | ''>('');
  const provider = view.provider?.name ?? 'the same provider';
  const plan = view.plan?.name ?? 'the same health plan';
  const go = () => {
    if (kind === 'provider') {
      void navigate('/cases/new', { state: { providerId: view.provider?.officePractitionerId ?? null } });
    } else if (kind) {
      start.mutate({ kind, from: view }, { onSuccess: ({ view: created, prefill }) => void navigate(`/cases/${created.id}`, { state: { prefill } }) });
    }
  };
  return (
    <Paper withBorder p="md" radius="md" data-no-print>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Start another request
        </Title>
        <Text size="sm">
          Thank you for submitting a request for clinical certification. You can also start a new request using some of
          the same information.
        </Text>
        <Radio.Group label="Start a new request using the same:" value={kind} onChange={(value) => setKind(value)}>
          <Stack gap={6} mt="xs">
            <Radio value="program" label={`Program (${view.program.name})`} />
            {view.provider?.officePractitionerId && <Radio value="provider" label={`Provider (${provider})`} />}
            {view.provider?.officePractitionerId && <Radio value="program_provider" label={`Program and Provider (${view.program.name} and ${provider})`} />}
            {view.plan && <Radio value="program_plan" label={`Program and Health Plan (${view.program.name} and ${plan})`} />}
          </Stack>
        </Radio.Group>
        <ErrorAlert error={start.error} />
        <Group>
          <Button onClick={go} disabled={!kind} loading={start.isPending}>
            GO
          </Button>
          <Anchor component={Link} to="/">
            Return to the main menu
          </Anchor>
          <Anchor component={Link} to="/cases/new">
            Start a new request
          </Anchor>
          <Anchor component={Link} to="/cases/in-progress">
            Resume an in-progress request
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

function StatusBanner({ result }: { result: SubmissionResult }) {
  if (result.status === 'approved') {
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title="Your case has been Approved." role="status">
        {result.message}
      </Alert>
    );
  }
  if (result.status === 'pending_clinical_review') {
    return (
      <Alert color="blue" variant="light" icon={<IconClock aria-hidden />} title="Your case has been sent to clinical review." role="status">
        {result.message}
        {result.decisionDueAt && <Text size="sm">A decision is due by {formatDateTime(result.decisionDueAt)}.</Text>}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconX aria-hidden />} title={statusLabel(result.status)} role="status">
      {result.message}
    </Alert>
  );
}

/** /cases/:id/summary: C3 step 13, what SUBMIT CASE did, with PRINT and the duplication feature. */
export function SubmissionSummaryPage() {
  usePageTitle('Summary of Your Request');
  const { caseId = '' } = useParams();
  const submitted = useQuery<SubmissionResult>({ queryKey: submissionQueryKey(caseId), queryFn: () => Promise.reject(new Error('not in memory')), enabled: false, staleTime: Infinity });
  const view = useCase(caseId);
  const detail = useCaseDetail(caseId);
  // Right after SUBMIT CASE the answer is in memory; after a reload the server keeps it with the case.
  const result = submitted.data ?? detail.data?.submission ?? undefined;

  if (!result || !view.data) {
    const error = view.error ?? detail.error;
    return error ? <ErrorAlert error={error} /> : <FullPageLoader label="Loading your request…" inline />;
  }
  return (
    <Stack gap="lg" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Summary of Your Request</Title>
          <Text c="dimmed" size="sm">
            {view.data.program.name}
          </Text>
        </div>
        <PrintButtons caseId={caseId} />
      </Group>
      <StatusBanner result={result} />
      <Table variant="vertical" layout="fixed" withTableBorder>
        <Table.Tbody>
          {result.authorizationNumber && <Row label="Authorization Number">{result.authorizationNumber}</Row>}
          <Row label="Case Number">{result.caseNumber}</Row>
          <Row label="Review Date">{formatDateTime(detail.data?.submittedAt ?? view.data.updatedAt)}</Row>
          {result.status === 'approved' && <Row label="Valid From">{formatDate(result.validFrom)}</Row>}
          <Row label="Expiration Date">{result.validTo ? formatDate(result.validTo) : 'N/A'}</Row>
          {result.decisionDueAt && <Row label="Decision Due">{formatDateTime(result.decisionDueAt)}</Row>}
          <Row label="Status">{statusLabel(result.status)}</Row>
        </Table.Tbody>
      </Table>
      {result.approvedLines.length > 0 && (
        <section aria-labelledby="approved-heading">
          <Title order={2} size="h4" id="approved-heading" mb="xs">
            Approved
          </Title>
          <ApprovedLines lines={result.approvedLines} />
        </section>
      )}
      <GuidelineAlternatives alternatives={result.alternatives ?? []} heading="Alternatives the guideline supports (a reviewer may recommend one)" />
      {result.criteria.length > 0 && (
        <section aria-labelledby="criteria-heading">
          <Title order={2} size="h4" id="criteria-heading" mb="xs">
            Guideline criteria and results
          </Title>
          <CriteriaTable criteria={result.criteria} />
        </section>
      )}
      <CaseReview view={view.data} />
      <Duplication view={view.data} />
    </Stack>
  );
}
