import { Alert, Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { preDecisionNoticeSchema, type ReviewCaseView } from '../../../../contracts/review.ts';
import { formatDate } from '../../../lib/format.ts';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useSendPreDecisionNotice, type PreDecisionNoticeInput } from '../api/send-pre-decision-notice.ts';
import { ActionError } from './action-error.tsx';
import { CriteriaChoice, unmetCriteriaIds } from './decision-form.tsx';
import type { CaseReload } from './review-actions.tsx';

interface Values {
  reason: string;
  criteriaIds: string[];
  calledProvider: boolean;
}

interface Props extends CaseReload {
  view: ReviewCaseView;
  onDone: () => void;
  noLongerAllowed: React.ReactNode;
  onReload: (reset: () => void) => () => void;
}

/**
 * Medicare: the notice of an intended denial. The case waits on hold until the plan's hold date
 * for more information or a request for a clinical consultation; then it can be decided.
 */
export function PreDecisionForm({ view, reloading, onDone, noLongerAllowed, onReload }: Props) {
  const send = useSendPreDecisionNotice(view.caseId);
  const toInput = (values: Values): PreDecisionNoticeInput => ({ version: view.version, reason: values.reason.trim(), criteriaIds: values.criteriaIds, calledProvider: values.calledProvider });
  const form = useForm<Values>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { reason: '', criteriaIds: unmetCriteriaIds(view), calledProvider: false },
    validate: contractValidator<Values>(preDecisionNoticeSchema, toInput),
  });
  const allowed = view.allowedActions.includes('pre_decision_notice');
  const submit = form.onSubmit(
    (values) => {
      send
        .mutateAsync(toInput(values))
        .then((next) => {
          notifications.show({ color: 'yellow', title: 'Pre-decision notice sent', message: `${next.caseNumber}: the provider may answer by ${next.hold ? formatDate(next.hold.lastDay) : 'the due date'}.` });
          onDone();
        })
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ActionError error={send.error} formValues={form.getValues()} onReload={onReload(() => send.reset())} reloading={reloading} />
        {!allowed && noLongerAllowed}
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          Medicare: before a denial, partial approval or alternative recommendation, the provider is told what is intended and why. The case waits on hold until the plan&apos;s
          hold date; more information brings it back at once. After that you can decide it.
        </Alert>
        <CriteriaChoice criteria={view.criteria} description="Named in the notice." inputProps={form.getInputProps('criteriaIds')} />
        <Textarea label="Why a denial is intended" description="In words the provider understands; printed in the notice." autosize minRows={3} required {...form.getInputProps('reason')} />
        <Checkbox label="I have also told the provider by phone" {...form.getInputProps('calledProvider', { type: 'checkbox' })} />
        <Text size="sm" c="dimmed">
          The notice goes in writing to the requesting provider; the office sees it on the case.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Back
          </Button>
          <Button type="submit" color="yellow" loading={send.isPending} disabled={!allowed}>
            Send pre-decision notice
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
