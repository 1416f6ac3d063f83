import { Button, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DECISIVE_P2P_OUTCOMES, outcomeSchema, P2P_OUTCOME_LABELS, P2P_OUTCOMES, type AppointmentView, type OutcomeInput, type P2pOutcomeCode } from '../../../../contracts/p2p.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { ApprovedLinesTable } from '../../review/components/approved-lines-table.tsx';
import { useRecordOutcome } from '../api/appointments.ts';

type CaseOfCall = AppointmentView['cases'][number];

interface OutcomeValues {
  note: string;
  cases: Array<{ caseId: string; outcome: P2pOutcomeCode | null; lines: Array<{ lineNumber: number; unitsApproved: number | string; fractionsApproved: number | string }> }>;
}

function toInput(view: AppointmentView, values: OutcomeValues): OutcomeInput {
  return {
    version: view.version,
    note: values.note.trim() || undefined,
    cases: values.cases.map((one) => ({
      caseId: one.caseId,
      outcome: one.outcome as P2pOutcomeCode,
      ...(one.outcome === 'partially_overturned'
        ? {
            lines: one.lines.map((line) => ({
              lineNumber: line.lineNumber,
              unitsApproved: Number(line.unitsApproved),
              ...(line.fractionsApproved === '' ? {} : { fractionsApproved: Number(line.fractionsApproved) }),
            })),
          }
        : {}),
    })),
  };
}

/** What a case's level of review allows: only a P2P that may change the decision can overturn it. */
const choicesFor = (one: CaseOfCall) =>
  P2P_OUTCOMES.filter((outcome) => one.level === 'peer_to_peer' || !DECISIVE_P2P_OUTCOMES.includes(outcome)).map((outcome) => ({ value: outcome, label: P2P_OUTCOME_LABELS[outcome] }));

function useOutcomeForm(view: AppointmentView) {
  return useForm<OutcomeValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: {
      note: '',
      cases: view.cases.map((one) => ({
        caseId: one.caseId,
        outcome: null,
        lines: (one.lines ?? []).map((line) => ({ lineNumber: line.lineNumber, unitsApproved: line.unitsRequested, fractionsApproved: line.fractionsRequested ?? '' })),
      })),
    },
    validate: contractValidator<OutcomeValues>(outcomeSchema, (values) => toInput(view, values)),
  });
}

/**
 * After the call (issue 6 part 6): the outcome for each of its cases. An overturn, in full or in
 * part, changes that case's determination and sends its letters, so it needs the reason.
 */
export function P2pOutcomeForm({ view }: { view: AppointmentView }) {
  const record = useRecordOutcome(view.id);
  const form = useOutcomeForm(view);
  const single = view.cases.length === 1;
  const changesDecision = form.values.cases.some((one) => one.outcome !== null && DECISIVE_P2P_OUTCOMES.includes(one.outcome));
  const submit = form.onSubmit(
    (values) => {
      record.mutateAsync(toInput(view, values)).catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <Paper withBorder p="sm" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {view.cases.map((one, index) => (
            <Stack key={one.caseId} gap="xs">
              <Select
                label={single ? 'Outcome of the call' : `Outcome for case ${one.caseNumber} (${one.memberName})`}
                data={choicesFor(one)}
                required
                maw={360}
                {...form.getInputProps(`cases.${index}.outcome`)}
              />
              {form.values.cases[index]?.outcome === 'partially_overturned' && (
                <ApprovedLinesTable
                  lines={one.lines ?? []}
                  path={`cases.${index}.lines`}
                  getInputProps={(path) => form.getInputProps(path)}
                  lineName={(line) => `case ${one.caseNumber} line ${line.lineNumber}`}
                  label={`What is approved of each line, case ${one.caseNumber}`}
                />
              )}
              {form.errors[`cases.${index}.lines`] && (
                <Text size="sm" c="red">
                  {form.errors[`cases.${index}.lines`]}
                </Text>
              )}
            </Stack>
          ))}
          <Textarea
            label={changesDecision ? 'Reason for the change (goes in the letters)' : 'Note'}
            required={changesDecision}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
          {changesDecision && (
            <Text size="sm" c="dimmed">
              Recording an overturn changes the determination at once and sends the outcome letters to the provider and the member.
            </Text>
          )}
          <Button type="submit" loading={record.isPending} w="fit-content">
            Record outcome
          </Button>
          {record.error && <ErrorAlert error={record.error} />}
        </Stack>
      </form>
    </Paper>
  );
}
