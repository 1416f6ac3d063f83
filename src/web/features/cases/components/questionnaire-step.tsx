import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { QuestionnaireState } from '../../../../contracts/cases.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { useQuestionnaire, useSaveAnswers } from '../api/clinical.ts';
import { QuestionnaireItems, answerAt, indexItems, setAnswerAt, type AnswerPath, type Answers } from './questionnaire-items.tsx';
import { CONFLICT_TITLE } from './step-feedback.tsx';
import { StepHeading } from './step-heading.tsx';
import { isConflict, useWizard } from './wizard-context.tsx';

const SAVE_DELAY_MS = 500;

const isAnswered = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Step 11: the clinical questions. Every change is saved (debounced) and the server decides what is shown next. */
export function QuestionnaireStep() {
  const { view } = useWizard();
  const { reload: reloadCase } = useWizard();
  const query = useQuestionnaire(view.id);
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    await Promise.all([query.refetch(), reloadCase()]);
    setGeneration((value) => value + 1);
  };
  if (query.data) {
    return <QuestionnaireForm key={generation} initial={query.data} reload={reload} reloading={query.isRefetching} />;
  }
  if (query.isError) {
    return (
      <Stack gap="md">
        <StepHeading>Clinical Information</StepHeading>
        <ErrorAlert error={query.error} />
      </Stack>
    );
  }
  return <FullPageLoader label="Loading the clinical questions…" inline />;
}

function QuestionnaireForm({ initial, reload, reloading }: { initial: QuestionnaireState; reload: () => Promise<void>; reloading: boolean }) {
  const { view, goTo } = useWizard();
  const navigate = useNavigate();
  const save = useSaveAnswers(view.id);
  const [state, setState] = useState(initial);
  const [answers, setAnswers] = useState<Answers>(initial.answers);
  const [showAll, setShowAll] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const items = useMemo(() => indexItems(state.questionnaire?.items ?? []), [state.questionnaire]);

  // Saves run one at a time with the version the last answer gave; edits made meanwhile are sent next.
  const answersRef = useRef(answers);
  const versionRef = useRef(initial.caseVersion);
  const editsRef = useRef(0);
  const savedEditsRef = useRef(0);
  const inFlightRef = useRef<Promise<QuestionnaireState | null> | null>(null);
  const timerRef = useRef<number | undefined>(undefined);

  const stateRef = useRef(initial);
  /** Saves what is not saved yet; the latest state, or null when the save failed. */
  const flush = useCallback(async (): Promise<QuestionnaireState | null> => {
    window.clearTimeout(timerRef.current);
    while (inFlightRef.current) {
      await inFlightRef.current;
    }
    if (savedEditsRef.current === editsRef.current) {
      return stateRef.current;
    }
    const sentEdits = editsRef.current;
    const request = save
      .mutateAsync({ version: versionRef.current, answers: answersRef.current })
      .then((next) => {
        versionRef.current = next.caseVersion;
        savedEditsRef.current = sentEdits;
        stateRef.current = next;
        setState(next);
        setSaveError(null);
        if (editsRef.current === sentEdits) {
          // Nothing typed since: take the server's answers (hidden questions' answers are gone).
          answersRef.current = next.answers;
          setAnswers(next.answers);
        }
        return next;
      })
      .catch((error: unknown) => {
        setSaveError(error);
        return null;
      })
      .finally(() => {
        inFlightRef.current = null;
      });
    inFlightRef.current = request;
    return request;
  }, [save]);

  useEffect(() => () => window.clearTimeout(timerRef.current), []);

  const onChange = (path: AnswerPath, value: unknown) => {
    const next = setAnswerAt(answersRef.current, path, value);
    answersRef.current = next;
    editsRef.current += 1;
    setAnswers(next);
    window.clearTimeout(timerRef.current);
    timerRef.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  const onContinue = async () => {
    const latest = await flush();
    if (!latest) {
      return;
    }
    if (latest.complete) {
      goTo('review');
      return;
    }
    setShowAll(true);
    window.requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-question] [aria-invalid="true"], [data-question] [role="radiogroup"] input')?.focus());
  };

  const onFinishLater = async () => {
    if (await flush()) {
      void navigate('/cases/in-progress');
    }
  };

  // Problems about questions already answered (a value out of range) show at once; "required" ones after CONTINUE.
  const problems = new Map<string, string>();
  for (const problem of state.problems) {
    const entry = state.visible.find((visible) => visible.key === problem.key);
    if (showAll || (entry && isAnswered(answerAt(answers, entry.path)))) {
      problems.set(problem.key, problem.message);
    }
  }
  const unplaced = showAll ? state.problems.filter((problem) => !state.visible.some((entry) => entry.key === problem.key)) : [];

  return (
    <Stack gap="md">
      <StepHeading>Clinical Information</StepHeading>
      {state.questionnaire ? (
        <>
          <Text>
            {state.questionnaire.title}: answer each question. Questions appear or disappear as you answer; your answers
            are saved as you go, and FINISH LATER keeps the request in Certification Requests In Progress.
          </Text>
          <QuestionnaireItems caseId={view.id} entries={state.visible} items={items} answers={answers} problems={problems} onChange={onChange} />
          {showAll && !state.complete && (
            <Alert color="red" variant="light" role="alert" title="Some questions still need an answer">
              {state.problems.length} question{state.problems.length === 1 ? '' : 's'} above need{state.problems.length === 1 ? 's' : ''} an answer or a
              correction.
              {unplaced.map((problem) => (
                <div key={problem.key}>{problem.message}</div>
              ))}
            </Alert>
          )}
        </>
      ) : (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          This procedure has no clinical questions. Continue to submit the request with clinical documents.
        </Alert>
      )}
      {isConflict(saveError) ? (
        <Alert color="orange" variant="light" role="alert" title={CONFLICT_TITLE}>
          <Stack gap="xs" align="flex-start">
            <div>Reload the questions to see the latest answers, then answer again where needed.</div>
            <Button size="xs" variant="white" color="orange" leftSection={<IconRefresh size={14} aria-hidden />} loading={reloading} onClick={() => void reload()}>
              Reload request
            </Button>
          </Stack>
        </Alert>
      ) : (
        saveError !== null && <ErrorAlert error={saveError} title="Your answers were not saved" />
      )}
      <Group justify="space-between">
        <Group gap="xs">
          {state.questionnaire && (
            <Button variant="default" leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={() => void onFinishLater()}>
              FINISH LATER
            </Button>
          )}
          {save.isPending && (
            <Group gap={6} role="status">
              <Loader size="xs" aria-hidden />
              <Text size="sm" c="dimmed">
                Saving…
              </Text>
            </Group>
          )}
        </Group>
        <Button onClick={() => void onContinue()}>CONTINUE</Button>
      </Group>
    </Stack>
  );
}
