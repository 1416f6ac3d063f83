import { Alert, Button, Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { decisionSchema, type ReviewAction, type ReviewCaseView } from '../../../../contracts/review.ts';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useDecideCase, type DecisionInput } from '../api/decide-case.ts';
import { ApprovedLinesTable } from './approved-lines-table.tsx';
import { ActionError } from './action-error.tsx';
import type { CaseReload } from './review-actions.tsx';

interface LineValues {
  lineNumber: number;
  unitsApproved: number | string;
  fractionsApproved: number | string;
}

interface DecisionValues {
  reason: string;
  criteriaIds: string[];
  lines: LineValues[];
  /** An id from the guideline's alternatives, or OWN for the reviewer's own words. */
  alternativeId: string;
  alternativeText: string;
}

const OWN_ALTERNATIVE = 'own';

export const decisionCopy: Record<ReviewAction, { title: string; button: string; submit: string; color: string; reasonLabel?: string; reasonHelp?: string }> = {
  approve: { title: 'Approve this request', button: 'Approve', submit: 'Approve request', color: 'teal' },
  partially_approve: {
    title: 'Partially approve this request',
    button: 'Partially approve',
    submit: 'Partially approve',
    color: 'grape',
    reasonLabel: 'Specific reason the rest is not approved',
    reasonHelp: 'In words the provider and the member understand; it is printed in the letters.',
  },
  escalate: { title: 'Escalate to a medical director', button: 'Escalate to medical director', submit: 'Escalate', color: 'orange', reasonLabel: 'Reason for escalation', reasonHelp: "What the medical director should look at. It is recorded in the case's history." },
  deny: { title: 'Deny this request', button: 'Deny', submit: 'Deny request', color: 'red', reasonLabel: 'Specific reason for the denial', reasonHelp: 'In words the provider and the member understand: what is missing or not met, and why.' },
  recommend_alternative: {
    title: 'Recommend an alternative',
    button: 'Recommend alternative',
    submit: 'Recommend alternative',
    color: 'indigo',
    reasonLabel: 'Why the alternative instead of the request',
    reasonHelp: 'Printed in the letter with how the provider can accept the alternative.',
  },
  administrative_deny: {
    title: 'Administrative denial',
    button: 'Administrative denial',
    submit: 'Deny administratively',
    color: 'red',
    reasonLabel: 'Administrative reason',
    reasonHelp: 'For example: requested after the retro window, member not eligible on the date of service, service not covered by the plan.',
  },
  withdraw: { title: 'Withdraw the request', button: 'Withdraw', submit: 'Withdraw request', color: 'gray', reasonLabel: 'Why it is withdrawn', reasonHelp: 'For example: the provider asked by phone to withdraw it; replaced by a new request.' },
  cancel: { title: 'Cancel the request', button: 'Cancel request', submit: 'Cancel request', color: 'gray', reasonLabel: 'Why it is cancelled', reasonHelp: 'For example: a duplicate of another case, or entered in error.' },
};

const asCount = (value: number | string): number => (typeof value === 'number' ? value : Number.NaN);

function toInput(view: ReviewCaseView, action: ReviewAction, values: DecisionValues): DecisionInput {
  const input: DecisionInput = { version: view.version, action };
  const reason = values.reason.trim();
  if (reason) {
    input.reason = reason;
  }
  if (action === 'deny' || action === 'partially_approve') {
    input.criteriaIds = values.criteriaIds;
  }
  if (action === 'partially_approve') {
    input.lines = values.lines.map((line) => ({
      lineNumber: line.lineNumber,
      unitsApproved: asCount(line.unitsApproved),
      ...(line.fractionsApproved === '' ? {} : { fractionsApproved: asCount(line.fractionsApproved) }),
    }));
  }
  if (action === 'recommend_alternative') {
    if (values.alternativeId && values.alternativeId !== OWN_ALTERNATIVE) {
      input.alternativeId = values.alternativeId;
    }
    const own = values.alternativeText.trim();
    if (own) {
      input.alternativeText = own;
    }
  }
  return input;
}

function useDecisionForm(view: ReviewCaseView, action: ReviewAction) {
  return useForm<DecisionValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: {
      reason: '',
      criteriaIds: unmetCriteriaIds(view),
      lines: view.lines.map((line) => ({ lineNumber: line.lineNumber, unitsApproved: line.unitsRequested, fractionsApproved: line.fractionsRequested ?? '' })),
      alternativeId: view.alternatives[0]?.id ?? OWN_ALTERNATIVE,
      alternativeText: '',
    },
    validate: (values) => {
      const errors = contractValidator<DecisionValues>(decisionSchema, (current) => toInput(view, action, current))(values);
      if (action === 'recommend_alternative' && values.alternativeId === OWN_ALTERNATIVE && !values.alternativeText.trim()) {
        errors['alternativeText'] = 'Describe the alternative.';
      }
      return errors;
    },
  });
}
type DecisionFormApi = ReturnType<typeof useDecisionForm>;

/** Partial approval: each line with what was requested and what is approved of it. */
function LineDecisions({ view, form }: { view: ReviewCaseView; form: DecisionFormApi }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        What is approved of each line
      </Text>
      <Text size="xs" c="dimmed">
        Enter 0 for a line not approved. The authorization covers what is approved.
      </Text>
      {typeof form.errors['lines'] === 'string' && (
        <Text size="sm" c="red" role="alert">
          {form.errors['lines']}
        </Text>
      )}
      <ApprovedLinesTable lines={view.lines} path="lines" getInputProps={(path) => form.getInputProps(path)} />
    </Stack>
  );
}

/** The criteria a decision rests on: those not met (preselected by the form), or any when none is unmet. */
export function CriteriaChoice({ criteria, description, inputProps }: { criteria: ReviewCaseView['criteria']; description: string; inputProps: ReturnType<DecisionFormApi['getInputProps']> }) {
  const unmet = criteria.filter((criterion) => criterion.result !== 'met');
  const choosable = unmet.length > 0 ? unmet : criteria;
  return (
    <Checkbox.Group label="Criteria not met" description={description} required {...inputProps}>
      <Stack gap="xs" mt="xs">
        {choosable.map((criterion) => (
          <Checkbox key={criterion.id} value={criterion.id} label={criterion.text} description={`${criterion.guideline}, version ${criterion.version}, section ${criterion.section}`} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** The unmet criteria's ids: what the criteria choice starts with. */
export const unmetCriteriaIds = (view: ReviewCaseView) => view.criteria.filter((criterion) => criterion.result !== 'met').map((criterion) => criterion.id);

function AlternativeChoice({ view, form }: { view: ReviewCaseView; form: DecisionFormApi }) {
  return (
    <Stack gap="xs">
      <Radio.Group label="Recommended instead" required {...form.getInputProps('alternativeId')}>
        <Stack gap="xs" mt="xs">
          {view.alternatives.map((alternative) => (
            <Radio key={alternative.id} value={alternative.id} label={alternative.text} description={`${alternative.reason} (${alternative.guideline}, version ${alternative.version}, section ${alternative.section})`} />
          ))}
          <Radio value={OWN_ALTERNATIVE} label="Another alternative, in my own words" />
        </Stack>
      </Radio.Group>
      <Textarea
        label={form.getValues().alternativeId === OWN_ALTERNATIVE ? 'The alternative' : 'Details (optional)'}
        description="The treatment recommended, as the provider should request it."
        autosize
        minRows={2}
        required={form.getValues().alternativeId === OWN_ALTERNATIVE}
        {...form.getInputProps('alternativeText')}
      />
    </Stack>
  );
}

interface DecisionFormProps extends CaseReload {
  view: ReviewCaseView;
  action: ReviewAction;
  onDone: () => void;
  noLongerAllowed: React.ReactNode;
  onReload: (reset: () => void) => () => void;
}

/** Every decision: the fields it needs, checked with the server's own schema; a conflict keeps what was typed. */
export function DecisionForm({ view, action, reloading, onDone, noLongerAllowed, onReload }: DecisionFormProps) {
  const decide = useDecideCase(view.caseId);
  const copy = decisionCopy[action];
  const form = useDecisionForm(view, action);
  const allowed = view.allowedActions.includes(action);
  const submit = form.onSubmit(
    (values) => {
      decide
        .mutateAsync(toInput(view, action, values))
        .then((next) => {
          notifications.show({ color: copy.color, title: next.statusLabel, message: `${next.caseNumber}: ${next.statusLabel}.` });
          onDone();
        })
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ActionError error={decide.error} formValues={form.getValues()} onReload={onReload(() => decide.reset())} reloading={reloading} />
        {!allowed && noLongerAllowed}
        {action === 'approve' && <Text size="sm">The request is approved as submitted and an authorization number is issued.</Text>}
        {(action === 'withdraw' || action === 'cancel' || action === 'administrative_deny') && (
          <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
            This closes the case. The office, the provider and the member are told; the case cannot be reopened.
          </Alert>
        )}
        {(action === 'deny' || action === 'partially_approve') && <CriteriaChoice criteria={view.criteria} description="The criteria the decision rests on; they are cited in the letter." inputProps={form.getInputProps('criteriaIds')} />}
        {action === 'partially_approve' && <LineDecisions view={view} form={form} />}
        {action === 'recommend_alternative' && <AlternativeChoice view={view} form={form} />}
        {copy.reasonLabel && <Textarea label={copy.reasonLabel} description={copy.reasonHelp} autosize minRows={3} required {...form.getInputProps('reason')} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Back
          </Button>
          <Button type="submit" color={copy.color} loading={decide.isPending} disabled={!allowed}>
            {copy.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
