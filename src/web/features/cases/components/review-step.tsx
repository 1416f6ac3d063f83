import { Alert, Badge, Button, Checkbox, Group, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { GuidelineAlternative, ReviewOutlook } from '../../../../contracts/cases.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useReview, useSubmitCase } from '../api/clinical.ts';
import { statusLabel } from '../status.ts';
import { CaseReview } from './case-summary.tsx';
import { DocumentUpload } from './document-upload.tsx';
import { StepFeedback } from './step-feedback.tsx';
import { StepHeading } from './step-heading.tsx';
import { useWizard } from './wizard-context.tsx';

type Choice = 'upload' | 'notes' | 'both' | 'none';

const choices: Array<{ value: Choice; label: string }> = [
  { value: 'upload', label: 'I would like to upload a document (Recommended)' },
  { value: 'notes', label: 'I would like to enter additional notes in the space provided' },
  { value: 'both', label: 'I would like to upload a document and enter additional notes' },
  { value: 'none', label: 'I have no additional information to provide at this time' },
];

export const ACKNOWLEDGEMENT =
  'I acknowledge that the clinical information submitted to support this authorization request is accurate and specific to this member, and that all information has been provided. I have no further information to provide at this time.';

const resultColors: Record<string, string> = { met: 'teal', not_met: 'red', unknown: 'gray' };
const resultLabels: Record<string, string> = { met: 'Met', not_met: 'Not met', unknown: 'Not determined' };

/** The criteria with their results and guideline citations (transparency). */
export function CriteriaTable({ criteria }: { criteria: ReviewOutlook['criteria'] }) {
  if (criteria.length === 0) {
    return null;
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Criterion</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th>Guideline</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {criteria.map((criterion) => (
            <Table.Tr key={criterion.id}>
              <Table.Td>
                <Text size="sm">{criterion.text}</Text>
                <Text size="xs" c="dimmed">
                  {criterion.reason}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={resultColors[criterion.result] ?? 'gray'} variant="light">
                  {resultLabels[criterion.result] ?? criterion.result}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {criterion.guideline}, version {criterion.version}, section {criterion.section}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Treatment plans the guideline supports for these answers (seeds: alternative recommendations). */
export function GuidelineAlternatives({ alternatives, heading }: { alternatives: readonly GuidelineAlternative[]; heading: string }) {
  if (alternatives.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="alternatives-heading">
      <Title order={3} size="h4" id="alternatives-heading" mb="xs">
        {heading}
      </Title>
      <Stack gap="xs">
        {alternatives.map((alternative) => (
          <Alert key={alternative.id} color="blue" variant="light" title={alternative.text}>
            <Text size="sm">{alternative.reason}</Text>
            {alternative.lines.length > 0 && (
              <Text size="sm">
                {alternative.lines.map((line) => [line.phase, line.technique, line.fractions ? `${line.fractions} fractions` : `${line.units} × ${line.code}`].filter(Boolean).join(', ')).join('; ')}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {alternative.guideline}, version {alternative.version}, section {alternative.section}
            </Text>
          </Alert>
        ))}
      </Stack>
    </section>
  );
}

function Duplicates({ duplicates }: { duplicates: ReviewOutlook['duplicates'] }) {
  if (duplicates.length === 0) {
    return null;
  }
  return (
    <Alert color="yellow" variant="light" icon={<IconCopy aria-hidden />} title="Possible duplicate request" role="alert">
      <Text size="sm">
        This office already has {duplicates.length === 1 ? 'a request' : `${duplicates.length} requests`} for this member and service within 180 days.
        Check that this is not a duplicate before submitting.
      </Text>
      <Table mt="xs" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Case Number</Table.Th>
            <Table.Th>Authorization Number</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Date of Service</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {duplicates.map((duplicate, index) => (
            <Table.Tr key={duplicate.caseNumber ?? index}>
              <Table.Td>{duplicate.caseNumber ?? '—'}</Table.Td>
              <Table.Td>{duplicate.authorizationNumber ?? '—'}</Table.Td>
              <Table.Td>{statusLabel(duplicate.status)}</Table.Td>
              <Table.Td>{formatDate(duplicate.dateOfService)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}

/** Step 12: what SUBMIT CASE will do, the "criteria not met" choice, the acknowledgement and SUBMIT CASE. */
export function ReviewStep() {
  const { view, goTo } = useWizard();
  const review = useReview(view.id);
  const navigate = useNavigate();
  // One key per visit of this screen: a double click or a retry after a lost answer makes one case.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const submit = useSubmitCase(view.id, idempotencyKey);
  const [choice, setChoice] = useState<Choice | ''>('');
  const [notes, setNotes] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [errors, setErrors] = useState<{ choice?: string; acknowledge?: string; notes?: string }>({});

  if (!review.data) {
    return review.isError ? <ErrorAlert error={review.error} /> : <FullPageLoader label="Checking your request…" inline />;
  }
  const outlook = review.data;
  const criteriaNotMet = outlook.outcome === 'refer' && outlook.criteria.length > 0;

  const onSubmit = () => {
    const found: typeof errors = {};
    if (criteriaNotMet && !choice) {
      found.choice = 'Choose an option.';
    }
    if (criteriaNotMet && (choice === 'notes' || choice === 'both') && !notes.trim()) {
      found.notes = 'Enter your notes, or choose another option.';
    }
    if (!acknowledged) {
      found.acknowledge = 'Confirm the acknowledgement to submit the request.';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    submit.mutate(
      {
        version: view.version,
        acknowledge: true,
        ...(criteriaNotMet && choice ? { criteriaNotMet: { choice, ...(notes.trim() && (choice === 'notes' || choice === 'both') ? { notes: notes.trim() } : {}) } } : {}),
      },
      { onSuccess: () => void navigate(`/cases/${view.id}/summary`) },
    );
  };

  return (
    <Stack gap="md">
      <StepHeading>Review and Submit</StepHeading>
      <Duplicates duplicates={outlook.duplicates} />
      {!outlook.questionnaireComplete && (
        <Alert color="red" variant="light" title="Some clinical questions are not answered" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">Answer the remaining clinical questions before submitting.</Text>
            <Button size="xs" variant="white" onClick={() => goTo('questionnaire')}>
              Back to the clinical questions
            </Button>
          </Stack>
        </Alert>
      )}
      {outlook.outcome === 'approve' && (
        <Alert color="teal" variant="light" icon={<IconInfoCircle aria-hidden />} title="Criteria Met">
          Based on your answers, this request meets the clinical guidelines. Submit it to receive the authorization.
        </Alert>
      )}
      {outlook.outcome === 'administrative_denial' && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="This request cannot be approved as submitted">
          {outlook.reason ?? 'The request does not meet the plan’s administrative requirements.'}
        </Alert>
      )}
      {outlook.outcome === 'refer' && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} title={criteriaNotMet ? 'Criteria not met' : 'Clinical review'}>
          {outlook.reason ??
            'Based on your answers, this request does not meet every guideline criterion. It will be sent to clinical review when you submit it.'}
        </Alert>
      )}
      {outlook.criteria.length > 0 && (
        <section aria-labelledby="criteria-heading">
          <Title order={3} size="h4" id="criteria-heading" mb="xs">
            Guideline criteria
          </Title>
          <CriteriaTable criteria={outlook.criteria} />
        </section>
      )}
      <GuidelineAlternatives
        alternatives={outlook.alternatives}
        heading="The guideline supports these instead: a reviewer may recommend one, or you can go back and change your answers"
      />
      {criteriaNotMet && (
        <Stack gap="sm">
          <Radio.Group
            label="Is there any additional information specific to the member's condition you would like to provide?"
            value={choice}
            onChange={(next) => {
              setChoice(next);
              setErrors((before) => ({ ...before, choice: undefined }));
            }}
            error={errors.choice}
            withAsterisk
          >
            <Stack gap={6} mt="xs">
              {choices.map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Stack>
          </Radio.Group>
          {(choice === 'upload' || choice === 'both') && <DocumentUpload caseId={view.id} purpose="clinical" />}
          {(choice === 'notes' || choice === 'both') && (
            <Textarea label="Additional notes" value={notes} onChange={(event) => setNotes(event.currentTarget.value)} maxLength={4000} autosize minRows={4} error={errors.notes} />
          )}
          <Text size="xs" c="dimmed">
            Faxes may take up to 24 hours to process; uploaded documents are processed faster.
          </Text>
        </Stack>
      )}
      <CaseReview view={view} />
      <Checkbox
        label={ACKNOWLEDGEMENT}
        checked={acknowledged}
        onChange={(event) => {
          setAcknowledged(event.currentTarget.checked);
          setErrors((before) => ({ ...before, acknowledge: undefined }));
        }}
        error={errors.acknowledge}
      />
      <StepFeedback error={submit.error} />
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={() => goTo('questionnaire')}>
          BACK
        </Button>
        <Button onClick={onSubmit} loading={submit.isPending} disabled={!outlook.questionnaireComplete || submit.isSuccess}>
          SUBMIT CASE
        </Button>
      </Group>
    </Stack>
  );
}
