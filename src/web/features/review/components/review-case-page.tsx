import { CaseHoldAlert } from '../../cases/components/case-hold-alert.tsx';
import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { statusLabel } from '../../cases/status.ts';
import { CaseCorrespondence } from '../../cases/components/case-correspondence.tsx';
import { useReviewCase } from '../api/get-review-case.ts';
import { PostDecisionReviewPanel } from '../../post-decision/components/post-decision-review-panel.tsx';
import { InternalNotes } from './internal-notes.tsx';
import { ReviewActions } from './review-actions.tsx';
import { reviewerName, TimeLeft, UrgencyBadge } from './review-badges.tsx';
import { AnswersSection, CriteriaSection, DeterminationPanel, DocumentsSection, healthPlan, HistorySection, RequestSection, Row } from './review-case-sections.tsx';

/** /review/cases/:caseId: one case under clinical review, its actions and its record. */
export function ReviewCasePage() {
  const { caseId = '' } = useParams();
  const review = useReviewCase(caseId);
  usePageTitle(review.data ? `Review ${review.data.caseNumber}` : 'Case review');

  if (!review.data) {
    return review.isError ? (
      <Stack gap="md">
        <ErrorAlert error={review.error} />
        <Anchor component={Link} to="/review">
          Back to the review queue
        </Anchor>
      </Stack>
    ) : (
      <FullPageLoader label="Loading the case…" inline />
    );
  }
  const view = review.data;
  const reload = () => review.refetch();
  const reloading = review.isFetching;

  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to="/review" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          Review queue
        </Group>
      </Anchor>
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1}>Case {view.caseNumber}</Title>
              <Text size="sm" c="dimmed">
                {view.programName} · {view.officeName}
              </Text>
            </div>
            <UrgencyBadge urgency={view.urgency} />
          </Group>
          <Table variant="vertical" layout="fixed" withTableBorder>
            <Table.Tbody>
              <Row label="Status">{view.statusLabel || statusLabel(view.status)}</Row>
              <Row label="Health Plan">{healthPlan(view)}</Row>
              <Row label="Submitted">{formatDateTime(view.submittedAt)}</Row>
              <Row label="Decision Due">
                <Group gap="md" align="center">
                  <Text size="sm">{formatDateTime(view.decisionDueAt) || 'N/A'}</Text>
                  {!view.determination && <TimeLeft percentElapsed={view.percentElapsed} escalation={view.escalation} dueAt={view.decisionDueAt} width={220} />}
                </Group>
              </Row>
              <Row label="Assignee">{reviewerName(view.assignee)}</Row>
            </Table.Tbody>
          </Table>
          <ReviewActions view={view} reload={reload} reloading={reloading} />
          <PostDecisionReviewPanel view={view} reload={reload} reloading={reloading} />
        </Stack>
      </Paper>
      {view.hold && <CaseHoldAlert hold={view.hold} audience="reviewer" />}
      {view.determination && <DeterminationPanel determination={view.determination} />}
      <RequestSection view={view} />
      <AnswersSection answers={view.answers} />
      <CriteriaSection criteria={view.criteria} />
      <DocumentsSection caseId={view.caseId} documents={view.documents} />
      <CaseCorrespondence caseId={view.caseId} scope="review" version={view.version} />
      <InternalNotes view={view} />
      <HistorySection timeline={view.timeline} />
    </Stack>
  );
}
