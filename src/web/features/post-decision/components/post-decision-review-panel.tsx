import { Alert, Badge, Button, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconHandGrab, IconInfoCircle } from '@tabler/icons-react';
import { POST_DECISION_OUTCOME_LABELS, POST_DECISION_OUTCOMES, postDecisionDecisionSchema, type PostDecisionOutcomeCode } from '../../../../contracts/post-decision.ts';
import type { ReviewCaseView } from '../../../../contracts/review.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { ActionError } from '../../review/components/action-error.tsx';
import { ApprovedLinesTable } from '../../review/components/approved-lines-table.tsx';
import { useClaimPostDecision, useDecidePostDecision, type PostDecisionDecisionInput } from '../api/post-decision.ts';

interface PanelProps {
  view: ReviewCaseView;
  reload: () => Promise<unknown>;
  reloading: boolean;
}

interface OutcomeValues {
  outcome: PostDecisionOutcomeCode | '';
  reason: string;
  lines: Array<{ lineNumber: number; unitsApproved: number | string; fractionsApproved: number | string }>;
}

function toInput(view: ReviewCaseView, values: OutcomeValues): PostDecisionDecisionInput {
  const input = { version: view.version, outcome: values.outcome as PostDecisionOutcomeCode, reason: values.reason.trim() } as PostDecisionDecisionInput;
  if (values.outcome === 'partially_overturned') {
    input.lines = values.lines.map((line) => ({
      lineNumber: line.lineNumber,
      unitsApproved: Number(line.unitsApproved),
      ...(line.fractionsApproved === '' ? {} : { fractionsApproved: Number(line.fractionsApproved) }),
    }));
  }
  return input;
}

function useOutcomeForm(view: ReviewCaseView) {
  return useForm<OutcomeValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { outcome: '', reason: '', lines: view.lines.map((line) => ({ lineNumber: line.lineNumber, unitsApproved: line.unitsRequested, fractionsApproved: line.fractionsRequested ?? '' })) },
    validate: contractValidator<OutcomeValues>(postDecisionDecisionSchema, (values) => toInput(view, values)),
  });
}

function OutcomeForm({ view, reload, reloading }: PanelProps) {
  const decide = useDecidePostDecision(view.caseId);
  const form = useOutcomeForm(view);
  const submit = form.onSubmit(
    (values) => {
      decide
        .mutateAsync(toInput(view, values))
        .then((next) => notifications.show({ color: 'teal', title: next.statusLabel, message: `${next.caseNumber}: ${POST_DECISION_OUTCOME_LABELS[values.outcome as PostDecisionOutcomeCode]}.` }))
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ActionError error={decide.error} formValues={form.getValues()} onReload={() => void reload().then(() => decide.reset())} reloading={reloading} />
        <Radio.Group label="Outcome" required {...form.getInputProps('outcome')}>
          <Group mt="xs">
            {POST_DECISION_OUTCOMES.map((outcome) => (
              <Radio key={outcome} value={outcome} label={POST_DECISION_OUTCOME_LABELS[outcome]} />
            ))}
          </Group>
        </Radio.Group>
        {form.getValues().outcome === 'partially_overturned' && <ApprovedLinesTable lines={view.lines} path="lines" getInputProps={(path) => form.getInputProps(path)} />}
        <Textarea label="Reason" description="In words the provider and the member understand; it is in the outcome letter." autosize minRows={3} required {...form.getInputProps('reason')} />
        <Group justify="flex-end">
          <Button type="submit" loading={decide.isPending}>
            Record the outcome
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * On the review page of a case under reconsideration or appeal (C6): which level, when asked,
 * that the decision below is the one under review, and for a medical director who did not make
 * it, claim and the outcome (upheld, overturned, partially overturned).
 */
export function PostDecisionReviewPanel({ view, reload, reloading }: PanelProps) {
  const claim = useClaimPostDecision(view.caseId);
  const review = view.postDecisionReview;
  if (!review) {
    return null;
  }
  return (
    <Stack gap="sm" aria-label={`Under ${review.label}`} component="section">
      <Group gap="sm">
        <Title order={2} size="h4">
          Under {review.label}
        </Title>
        <Badge color="grape" variant="light">
          {review.label}
        </Badge>
      </Group>
      <Text size="sm">
        Asked for on {formatDateTime(review.requestedAt)} with new clinical information{review.newInformationAcknowledged ? ', acknowledged by the office as not previously reviewed' : ''}. The decision under review
        {view.determination ? `: ${view.determination.outcomeLabel} by ${view.determination.decidedBy} on ${formatDateTime(view.determination.decidedAt)}` : ''} is shown below.
        {review.excludedReviewers.length > 0 ? ` Not to be reviewed by ${review.excludedReviewers.join(', ')}.` : ''}
      </Text>
      {review.whyNot && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {review.whyNot}
        </Alert>
      )}
      {review.mayClaim && (
        <Stack gap="xs">
          <ActionError error={claim.error} onReload={() => void reload().then(() => claim.reset())} reloading={reloading} />
          <Group>
            <Button leftSection={<IconHandGrab size={16} aria-hidden />} loading={claim.isPending} onClick={() => claim.mutate({ version: view.version })}>
              Claim the {review.label}
            </Button>
          </Group>
        </Stack>
      )}
      {review.mayDecide && <OutcomeForm view={view} reload={reload} reloading={reloading} />}
    </Stack>
  );
}
