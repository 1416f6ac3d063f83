import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle, IconPhone } from '@tabler/icons-react';
import { useState } from 'react';
import type { PostDecisionOptionView } from '../../../../contracts/letters.ts';
import {
  NEW_CLINICAL_REQUIRED,
  NEW_INFORMATION_QUESTION,
  phoneRouteNote,
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
  if (!(option.open && option.handledBy === 'vendor' && option.lastDay)) {
    return `${option.label} is not delegated to Priora or is no longer available for this case.`;
  }
  const until = `${option.label} allowed through Priora until ${formatDate(option.lastDay)}`;
  // An expedited or post-service appeal: the options table says why; here, how.
  return option.phoneOnly && option.contact?.phone ? `${until}, by phone only: call Priora at ${formatPhone(option.contact.phone)}.` : `${until}.`;
}

/**
 * Seed 000: "Expedited or Post-Service Appeals must be initiated by calling …": Priora when it
 * decides the case's appeals, else the plan that does.
 */
function phoneRoute(reviews: readonly PostDecisionOptionView[]): string | null {
  const appeals = reviews.filter((option) => option.kind !== 'reconsideration' && option.lastDay && option.contact?.phone);
  const decider = appeals.find((option) => option.handledBy === 'vendor') ?? appeals.find((option) => option.handledBy === 'plan');
  if (!decider?.contact?.phone) {
    return null;
  }
  return `Note: ${phoneRouteNote(decider.contact.name)} at ${formatPhone(decider.contact.phone)}.`;
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
  // Only a standard pre-service review is asked for online; an expedited or post-service appeal by phone.
  const offered = reviews.filter((option) => option.open && option.handledBy === 'vendor' && !option.phoneOnly);
  const p2pOpen = options.some((option) => option.kind === 'peer_to_peer' && option.open);
  // Answering starts the question afresh: an abandoned review may be asked for again in its window.
  const [answers, setAnswers] = useState(0);
  // One review open: its question at once; several: the one the office chose, once it has.
  const asked = offered.length === 1 ? offered[0] : offered.find((option) => option.kind === chosen);
  const planAppeal = reviews.find((option) => option.open && option.handledBy === 'plan');
  const phoneNote = phoneRoute(reviews);
  if (!result && offered.length === 0 && !planAppeal && !reviews.some((option) => option.phoneOnly && option.open)) {
    return null;
  }
  const answered = (answer: PostDecisionRequestResult) => {
    setResult(answer);
    setChosen('');
    setAnswers((count) => count + 1);
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
        {/* After an answer, the reviews Priora handles that are still open stay on offer. */}
        {(!result || offered.length > 0) && (
          <>
            {reviews.map((option) => (
              <Text size="sm" key={option.kind}>
                {availabilityLine(option)}
              </Text>
            ))}
            {planAppeal && <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>{planContact(planAppeal)}</Alert>}
            {offered.length > 1 && <ChooseReview reviews={offered} value={chosen} onChange={setChosen} />}
            {asked && <AskForReview key={`${asked.kind}-${answers}`} caseId={caseId} option={asked} onAnswered={answered} />}
            {asked && p2pOpen && (
              <Text size="sm" c="dimmed">
                Note: Select ‘No’ to go back to schedule a Peer-to-Peer.
              </Text>
            )}
          </>
        )}
        {phoneNote && (
          <Text size="sm" c="dimmed">
            <IconPhone size={14} aria-hidden /> {phoneNote}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
