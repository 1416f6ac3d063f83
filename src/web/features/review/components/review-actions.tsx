import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowUpRight, IconCheck, IconHandGrab, IconInfoCircle, IconPlayerPause, IconUserShare, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { assignCaseSchema, decisionSchema, HOLD_ITEM_LABELS, HOLD_ITEMS, holdCaseSchema, type HoldItem, type ReviewAction, type ReviewCaseView } from '../../../../contracts/review.ts';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useAssignCase } from '../api/assign-case.ts';
import { useClaimCase } from '../api/claim-case.ts';
import { useDecideCase, type DecisionInput } from '../api/decide-case.ts';
import { useHoldCase, type HoldInput } from '../api/hold-case.ts';
import { useReviewQueue } from '../api/get-review-queue.ts';
import { ActionError } from './action-error.tsx';
import { reviewerName } from './review-badges.tsx';

/** Reads the case again after a conflict; the page passes it down with the case. */
export interface CaseReload {
  reload: () => Promise<unknown>;
  reloading: boolean;
}

interface ActionProps extends CaseReload {
  view: ReviewCaseView;
}

/** Shown in an open form when the reloaded case no longer allows what the form does. */
function NoLongerAllowed() {
  return (
    <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
      The case has moved on and this action is no longer available to you. Its history shows what changed.
    </Alert>
  );
}

/** The reload button of a conflict: the newer case comes in and the alert goes (what was typed stays). */
function reloadAfterConflict({ reload }: CaseReload, reset: () => void) {
  return () => {
    void reload().then(() => reset());
  };
}

function AssignForm({ view, reload, reloading, onDone }: ActionProps & { onDone: () => void }) {
  const assign = useAssignCase(view.caseId);
  const queue = useReviewQueue({ assigned: 'all' });
  const form = useForm<{ userId: string }>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { userId: '' },
    validate: contractValidator<{ userId: string }>(assignCaseSchema, (values) => ({ version: view.version, userId: values.userId })),
  });
  const onReload = reloadAfterConflict({ reload, reloading }, () => assign.reset());
  const allowed = view.allowedActions.includes('assign');
  const reviewers = (queue.data?.reviewers ?? []).filter((reviewer) => reviewer.userId !== view.assignee?.userId);
  const submit = form.onSubmit(
    (values) => {
      assign
        .mutateAsync({ version: view.version, userId: values.userId })
        .then((next) => {
          notifications.show({ color: 'teal', title: 'Case assigned', message: `${next.caseNumber} is now with ${reviewerName(next.assignee)}.` });
          onDone();
        })
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ActionError error={assign.error ?? queue.error} formValues={form.getValues()} onReload={onReload} reloading={reloading} />
        {!allowed && <NoLongerAllowed />}
        <Text size="sm">Currently: {reviewerName(view.assignee)}</Text>
        <Select
          label="Reviewer"
          placeholder={queue.isPending ? 'Loading reviewers…' : 'Choose a reviewer'}
          data={reviewers.map((reviewer) => ({ value: reviewer.userId, label: reviewerName(reviewer) }))}
          searchable
          required
          value={form.getValues().userId || null}
          onChange={(value: string | null) => form.setFieldValue('userId', value ?? '')}
          error={form.errors['userId']}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={assign.isPending} disabled={!allowed}>
            Assign
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface DecisionValues {
  reason: string;
  criteriaIds: string[];
}

const decisionCopy: Record<ReviewAction, { title: string; submit: string; color: string }> = {
  approve: { title: 'Approve this request', submit: 'Approve request', color: 'teal' },
  escalate: { title: 'Escalate to a medical director', submit: 'Escalate', color: 'orange' },
  deny: { title: 'Deny this request', submit: 'Deny request', color: 'red' },
};

function DecisionForm({ view, action, reload, reloading, onDone }: ActionProps & { action: ReviewAction; onDone: () => void }) {
  const decide = useDecideCase(view.caseId);
  const unmet = view.criteria.filter((criterion) => criterion.result !== 'met');
  // A denial rests on criteria: those not met, or any of them when the evaluation found none unmet.
  const choosable = unmet.length > 0 ? unmet : view.criteria;
  const toInput = (values: DecisionValues): DecisionInput => {
    const input: DecisionInput = { version: view.version, action };
    const reason = values.reason.trim();
    if (action !== 'approve' && reason) {
      input.reason = reason;
    }
    if (action === 'deny') {
      input.criteriaIds = values.criteriaIds;
    }
    return input;
  };
  const form = useForm<DecisionValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { reason: '', criteriaIds: unmet.map((criterion) => criterion.id) },
    validate: contractValidator<DecisionValues>(decisionSchema, toInput),
  });
  const onReload = reloadAfterConflict({ reload, reloading }, () => decide.reset());
  const allowed = view.allowedActions.includes(action);
  const copy = decisionCopy[action];
  const submit = form.onSubmit(
    (values) => {
      decide
        .mutateAsync(toInput(values))
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
        <ActionError error={decide.error} formValues={form.getValues()} onReload={onReload} reloading={reloading} />
        {!allowed && <NoLongerAllowed />}
        {action === 'approve' && (
          <Text size="sm">
            The request is approved as submitted and an authorization number is issued.
          </Text>
        )}
        {action === 'escalate' && (
          <Textarea
            label="Reason for escalation"
            description="What the medical director should look at. It is recorded in the case's history."
            autosize
            minRows={3}
            required
            {...form.getInputProps('reason')}
          />
        )}
        {action === 'deny' && (
          <>
            <Checkbox.Group
              label="Criteria not met"
              description="The criteria the denial rests on; they are cited in the letter."
              required
              {...form.getInputProps('criteriaIds')}
            >
              <Stack gap="xs" mt="xs">
                {choosable.map((criterion) => (
                  <Checkbox key={criterion.id} value={criterion.id} label={criterion.text} description={`${criterion.guideline}, version ${criterion.version}, section ${criterion.section}`} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea
              label="Specific reason for the denial"
              description="In words the provider and the member understand: what is missing or not met, and why."
              autosize
              minRows={4}
              required
              {...form.getInputProps('reason')}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color={copy.color} loading={decide.isPending} disabled={!allowed}>
            {copy.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface HoldValues {
  items: HoldItem[];
  note: string;
}

/** Put on hold: what is missing; the server sets the due date from the plan's policy and sends the notice. */
function HoldForm({ view, reload, reloading, onDone }: ActionProps & { onDone: () => void }) {
  const hold = useHoldCase(view.caseId);
  const toInput = (values: HoldValues): HoldInput => {
    const input: HoldInput = { version: view.version, items: values.items };
    const note = values.note.trim();
    if (note) {
      input.note = note;
    }
    return input;
  };
  const form = useForm<HoldValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { items: [], note: '' },
    validate: contractValidator<HoldValues>(holdCaseSchema, toInput),
  });
  const onReload = reloadAfterConflict({ reload, reloading }, () => hold.reset());
  const allowed = view.allowedActions.includes('hold');
  const submit = form.onSubmit(
    (values) => {
      hold
        .mutateAsync(toInput(values))
        .then((next) => {
          notifications.show({ color: 'yellow', title: next.statusLabel, message: `${next.caseNumber}: information requested${next.hold ? ` by ${new Date(next.hold.dueAt).toLocaleDateString()}` : ''}.` });
          onDone();
        })
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ActionError error={hold.error} formValues={form.getValues()} onReload={onReload} reloading={reloading} />
        {!allowed && <NoLongerAllowed />}
        <Checkbox.Group label="What is missing" description="Named in the hold notice to the requesting provider." required {...form.getInputProps('items')}>
          <Stack gap="xs" mt="xs">
            {HOLD_ITEMS.map((item) => (
              <Checkbox key={item} value={item} label={HOLD_ITEM_LABELS[item]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea label="Note to the provider" description="Optional; required for “Other”. Sent by fax, never by email." autosize minRows={2} {...form.getInputProps('note')} />
        <Text size="sm" c="dimmed">
          The information is due by the date the plan&apos;s policy sets for holds; the notice goes by fax or e-notification, as the case&apos;s contact prefers.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" color="yellow" loading={hold.isPending} disabled={!allowed}>
            Put on hold
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type OpenForm = ReviewAction | 'assign' | 'hold' | null;

/** Claim, Assign and the decisions the signed-in reviewer may take now (the server's allowedActions). */
export function ReviewActions({ view, reload, reloading }: ActionProps) {
  const claim = useClaimCase(view.caseId);
  const [open, setOpen] = useState<OpenForm>(null);
  const close = () => setOpen(null);
  const may = (action: ReviewCaseView['allowedActions'][number]) => view.allowedActions.includes(action);
  const onReload = reloadAfterConflict({ reload, reloading }, () => claim.reset());
  const anything = may('claim') || may('assign') || may('approve') || may('escalate') || may('deny') || may('hold');

  return (
    <Stack gap="xs">
      {anything && (
        <Group gap="sm">
          {may('claim') && (
            <Button
              leftSection={<IconHandGrab size={16} aria-hidden />}
              loading={claim.isPending}
              onClick={() => {
                claim.mutate(
                  { version: view.version },
                  { onSuccess: (next) => notifications.show({ color: 'teal', title: 'Case claimed', message: `${next.caseNumber} is assigned to you.` }) },
                );
              }}
            >
              Claim
            </Button>
          )}
          {may('assign') && (
            <Button variant="default" leftSection={<IconUserShare size={16} aria-hidden />} onClick={() => setOpen('assign')}>
              Assign
            </Button>
          )}
          {may('approve') && (
            <Button color="teal" leftSection={<IconCheck size={16} aria-hidden />} onClick={() => setOpen('approve')}>
              Approve
            </Button>
          )}
          {may('escalate') && (
            <Button color="orange" variant="light" leftSection={<IconArrowUpRight size={16} aria-hidden />} onClick={() => setOpen('escalate')}>
              Escalate to medical director
            </Button>
          )}
          {may('deny') && (
            <Button color="red" variant="light" leftSection={<IconX size={16} aria-hidden />} onClick={() => setOpen('deny')}>
              Deny
            </Button>
          )}
          {may('hold') && (
            <Button color="yellow" variant="light" leftSection={<IconPlayerPause size={16} aria-hidden />} onClick={() => setOpen('hold')}>
              Put on hold
            </Button>
          )}
        </Group>
      )}
      <ActionError error={claim.error} onReload={onReload} reloading={reloading} />
      <Modal opened={open === 'assign'} onClose={close} title="Assign the case">
        {open === 'assign' && <AssignForm view={view} reload={reload} reloading={reloading} onDone={close} />}
      </Modal>
      <Modal opened={open === 'hold'} onClose={close} title="Put on hold: request information">
        {open === 'hold' && <HoldForm view={view} reload={reload} reloading={reloading} onDone={close} />}
      </Modal>
      <Modal opened={open !== null && open !== 'assign' && open !== 'hold'} onClose={close} title={open && open !== 'assign' && open !== 'hold' ? decisionCopy[open].title : ''} size="lg">
        {open && open !== 'assign' && open !== 'hold' && <DecisionForm key={open} view={view} action={open} reload={reload} reloading={reloading} onDone={close} />}
      </Modal>
    </Stack>
  );
}
