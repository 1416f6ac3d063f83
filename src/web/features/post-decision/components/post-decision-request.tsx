import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle, IconPhone } from '@tabler/icons-react';
import { useState } from 'react';
import type { PostDecisionOptionView } from '../../../../contracts/letters.ts';
import {
  NEW_CLINICAL_REQUIRED,
  NEW_INFORMATION_QUESTION,
  PHONE_ROUTE_NOTE,
  POST_DECISION_QUESTION_NAMES,
  type PostDecisionKind,
  type PostDecisionRequestResult,
} from '../../../../contracts/post-decision.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDate, formatPhone } from '../../../lib/format.ts';
import { DocumentUpload } from '../../cases/components/document-upload.tsx';
import { useRequestPostDecision, type PostDecisionRequestInput } from '../api/post-decision.ts';
import { ChooseReview, type ReviewOption } from './choose-review.tsx';

const REVIEW_KINDS: readonly PostDecisionKind[] = ['reconsideration', 'appeal_first_level', 'appeal_second_level'];
const isReview = (option: PostDecisionOptionView): option is ReviewOption => (REVIEW_KINDS as readonly string[]).includes(option.kind);

/** The seed's lines above the question: what is allowed through Priora and until when, or that it is not. */
function availabilityLine(option: PostDecisionOptionView): string {
  return option.open && option.handledBy === 'vendor' && option.lastDay
    ? `${option.label} allowed through Priora until ${formatDate(option.lastDay)}.`
    : `${option.label} is not delegated to Priora or is no longer available for this case.`;
}

function planContact(option: PostDecisionOptionView): string {
  const numbers = [option.contact?.phone && `phone ${formatPhone(option.contact.phone)}`, option.contact?.fax && `fax ${formatPhone(option.contact.fax)}`].filter(Boolean).join(', ');
  return `${option.label}s for this case are decided by ${option.contact?.name ?? 'the health plan'}, not by Priora: contact the plan${numbers ? ` (${numbers})` : ''} by ${formatDate(option.lastDay)}.`;
}

interface AskProps {
  caseId: string;
  option: ReviewOption;
  onAnswered: (result: PostDecisionRequestResult) => void;
}

/**
 * "Would you like to process a …?" then, on Yes, the new clinical information and its
 * acknowledgement (seed 000). The server decides what an answer does; a refused answer keeps
 * what was chosen and says why next to the field.
 */
function AskForReview({ caseId, option, onAnswered }: AskProps) {
  const request = useRequestPostDecision(caseId);
  const [answer, setAnswer] = useState<'yes' | 'no' | ''>('');
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [step, setStep] = useState<'question' | 'upload'>('question');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [acknowledged, setAcknowledged] = useState(false);
  const fieldError = (field: string) => (isApiError(request.error) ? request.error.fields[field] : undefined);
  const name = POST_DECISION_QUESTION_NAMES[option.kind];
  // The answer changes the case's options, which may unmount this form before a per-call callback
  // would run: the parent keeps the result. A refusal stays on `request.error`, shown below.
  const send = (input: PostDecisionRequestInput) => {
    request.mutateAsync(input).then(onAnswered, () => undefined);
  };

  const submitAnswer = () => {
    if (!answer) {
      setAnswerError('Answer Yes or No.');
      return;
    }
    if (answer === 'yes') {
      setStep('upload');
      return;
    }
    send({ kind: option.kind, proceed: false });
  };
  const submitRequest = () => send({ kind: option.kind, proceed: true, newInformationAcknowledged: acknowledged, documentIds });

  if (step === 'question') {
    return (
      <Stack gap="sm">
        <Radio.Group label={`Would you like to process a ${name}?`} value={answer} onChange={(value) => {
            setAnswer(value === 'yes' ? 'yes' : 'no');
            setAnswerError(null);
          }} error={answerError} required>
          <Group mt="xs">
            <Radio value="yes" label="Yes" />
            <Radio value="no" label="No" />
          </Group>
        </Radio.Group>
        <ErrorAlert error={request.error} />
        <Group>
          <Button onClick={submitAnswer} loading={request.isPending}>
            SUBMIT
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Text fw={700}>{NEW_CLINICAL_REQUIRED}</Text>
      <DocumentUpload caseId={caseId} purpose="additional_clinical" label="New clinical information" onUploaded={(documents) => setDocumentIds((before) => [...before, ...documents.map((document) => document.id)])} />
      <Checkbox
        label={NEW_INFORMATION_QUESTION}
        checked={acknowledged}
        onChange={(event) => setAcknowledged(event.currentTarget.checked)}
        error={fieldError('newInformationAcknowledged') ?? fieldError('documentIds')}
        aria-invalid={Boolean(fieldError('newInformationAcknowledged'))}
      />
      <ErrorAlert error={request.error} formValues={{ newInformationAcknowledged: acknowledged, documentIds }} />
      <Group>
        <Button variant="default" onClick={() => setStep('question')}>
          Back
        </Button>
        <Button onClick={submitRequest} loading={request.isPending}>
          SUBMIT
        </Button>
      </Group>
    </Stack>
  );
}

interface PostDecisionRequestProps {
  caseId: string;
  options: PostDecisionOptionView[];
}

/**
 * Reconsideration and standard pre-service appeal on the office's case (C6): a review open and
 * handled by Priora is offered with the seed's question; when more than one is open (a
 * reconsideration and a delegated first level appeal), the office first chooses which. A plan's
 * appeal shows the plan's contact; expedited and post-service appeals go by phone.
 */
export function PostDecisionRequest({ caseId, options }: PostDecisionRequestProps) {
  const [result, setResult] = useState<PostDecisionRequestResult | null>(null);
  const [chosen, setChosen] = useState<PostDecisionKind | ''>('');
  const reviews = options.filter(isReview);
  const offered = reviews.filter((option) => option.open && option.handledBy === 'vendor');
  // One review open: its question at once; several: the one the office chose, once it has.
  const asked = offered.length === 1 ? offered[0] : offered.find((option) => option.kind === chosen);
  const planAppeal = reviews.find((option) => option.open && option.handledBy === 'plan');
  // Priora's own number for the plan and program: the contact of any option Priora handles.
  const prioraPhone = options.find((option) => option.handledBy === 'vendor' && option.contact?.phone)?.contact?.phone ?? null;
  if (!result && offered.length === 0 && !planAppeal) {
    return null;
  }
  const answered = (answer: PostDecisionRequestResult) => {
    setResult(answer);
    setChosen('');
  };
  return (
    <Paper withBorder p="md" radius="md" data-no-print>
      <Stack gap="sm">
        <Title order={2} size="h4">
          Reconsideration and appeal
        </Title>
        {result && (
          <Alert color={result.status === 'requested' ? 'teal' : 'gray'} variant="light" icon={result.status === 'requested' ? <IconCircleCheck aria-hidden /> : <IconInfoCircle aria-hidden />} role="status">
            {result.message}
          </Alert>
        )}
        {/* After a "No", another review Priora handles may still be open: it stays on offer. */}
        {(!result || offered.length > 0) && (
          <>
            {reviews.map((option) => (
              <Text size="sm" key={option.kind}>
                {availabilityLine(option)}
              </Text>
            ))}
            {planAppeal && <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>{planContact(planAppeal)}</Alert>}
            {offered.length > 1 && <ChooseReview reviews={offered} value={chosen} onChange={setChosen} />}
            {asked && <AskForReview key={asked.kind} caseId={caseId} option={asked} onAnswered={answered} />}
          </>
        )}
        {prioraPhone && (
          <Text size="sm" c="dimmed">
            <IconPhone size={14} aria-hidden /> Note: {PHONE_ROUTE_NOTE} at {formatPhone(prioraPhone)}.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
