import { Alert, Button, Checkbox, Group, Menu, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  IconAdjustments,
  IconArrowsExchange,
  IconArrowUpRight,
  IconCheck,
  IconChevronDown,
  IconHandGrab,
  IconInfoCircle,
  IconMessageExclamation,
  IconPlayerPause,
  IconUserShare,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { assignCaseSchema, HOLD_ITEM_LABELS, HOLD_ITEMS, holdCaseSchema, type HoldItem, REVIEW_ACTIONS, type ReviewAction, type ReviewCaseView } from '../../../../contracts/review.ts';
import { formatDate } from '../../../lib/format.ts';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useAssignCase } from '../api/assign-case.ts';
import { useClaimCase } from '../api/claim-case.ts';
import { useHoldCase, type HoldInput } from '../api/hold-case.ts';
import { useReviewQueue } from '../api/get-review-queue.ts';
import { ActionError } from './action-error.tsx';
import { decisionCopy, DecisionForm } from './decision-form.tsx';
import { PreDecisionForm } from './pre-decision-form.tsx';
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
          notifications.show({ color: 'yellow', title: next.statusLabel, message: `${next.caseNumber}: information requested${next.hold ? ` by ${formatDate(next.hold.lastDay)}` : ''}.` });
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

type OpenForm = ReviewAction | 'assign' | 'hold' | 'pre_decision_notice' | null;

const decisionIcons: Partial<Record<ReviewAction, React.ReactNode>> = {
  approve: <IconCheck size={16} aria-hidden />,
  partially_approve: <IconAdjustments size={16} aria-hidden />,
  escalate: <IconArrowUpRight size={16} aria-hidden />,
  deny: <IconX size={16} aria-hidden />,
  recommend_alternative: <IconArrowsExchange size={16} aria-hidden />,
};
/** Decisions shown as buttons, in this order; the ones that close a case administratively go in a menu. */
const MAIN_DECISIONS: readonly ReviewAction[] = ['approve', 'partially_approve', 'escalate', 'deny', 'recommend_alternative'];
const CLOSING_DECISIONS: readonly ReviewAction[] = ['administrative_deny', 'withdraw', 'cancel'];

function isDecision(open: OpenForm): open is ReviewAction {
  return open !== null && (REVIEW_ACTIONS as readonly string[]).includes(open);
}

/** Claim, Assign and the decisions the signed-in reviewer may take now (the server's allowedActions). */
export function ReviewActions({ view, reload, reloading }: ActionProps) {
  const claim = useClaimCase(view.caseId);
  const [open, setOpen] = useState<OpenForm>(null);
  const close = () => setOpen(null);
  const may = (action: ReviewCaseView['allowedActions'][number]) => view.allowedActions.includes(action);
  const onReload = reloadAfterConflict({ reload, reloading }, () => claim.reset());
  const reloadThen = (reset: () => void) => reloadAfterConflict({ reload, reloading }, reset);
  const closing = CLOSING_DECISIONS.filter((action) => may(action));
  const anything = view.allowedActions.some((action) => action !== 'note');

  return (
    <Stack gap="xs">
      {view.preDecision.required && may('pre_decision_notice') && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} title="Pre-decision notice first">
          This plan (Medicare) requires the provider to be told before a denial, partial approval or alternative recommendation. Send the pre-decision notice; you can decide after
          its due date or when the provider answers.
        </Alert>
      )}
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
          {MAIN_DECISIONS.filter((action) => may(action)).map((action) => (
            <Button
              key={action}
              color={decisionCopy[action].color}
              variant={action === 'approve' ? 'filled' : 'light'}
              leftSection={decisionIcons[action]}
              onClick={() => setOpen(action)}
            >
              {decisionCopy[action].button}
            </Button>
          ))}
          {may('pre_decision_notice') && (
            <Button color="yellow" leftSection={<IconMessageExclamation size={16} aria-hidden />} onClick={() => setOpen('pre_decision_notice')}>
              Send pre-decision notice
            </Button>
          )}
          {may('hold') && (
            <Button color="yellow" variant="light" leftSection={<IconPlayerPause size={16} aria-hidden />} onClick={() => setOpen('hold')}>
              Put on hold
            </Button>
          )}
          {closing.length > 0 && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
                  Close case
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {closing.map((action) => (
                  <Menu.Item key={action} onClick={() => setOpen(action)}>
                    {decisionCopy[action].button}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
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
      <Modal opened={open === 'pre_decision_notice'} onClose={close} title="Pre-decision notice" size="lg">
        {open === 'pre_decision_notice' && <PreDecisionForm view={view} reload={reload} reloading={reloading} onDone={close} noLongerAllowed={<NoLongerAllowed />} onReload={reloadThen} />}
      </Modal>
      <Modal opened={isDecision(open)} onClose={close} title={isDecision(open) ? decisionCopy[open].title : ''} size="lg">
        {isDecision(open) && <DecisionForm key={open} view={view} action={open} reload={reload} reloading={reloading} onDone={close} noLongerAllowed={<NoLongerAllowed />} onReload={reloadThen} />}
      </Modal>
    </Stack>
  );
}
