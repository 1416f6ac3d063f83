import { Alert, Button, Checkbox, Divider, Group, MultiSelect, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { addPolicyVersionSchema, SERVICE_SETTING_OPTIONS, type EditablePolicyValues, type PolicyScopeView } from '../../../../contracts/plan-admin.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid, type FormErrors } from '../../../lib/forms.ts';
import { usePolicyChanges, type AddPolicyVersionInput } from '../api/policies.ts';

type DayCount = { amount: number; unit: 'calendar_days' | 'business_days' };

/** The form keeps lists as text and sizes in MB, the way a person types them. */
interface PolicyFormValues {
  effectiveFrom: string;
  note: string;
  values: Omit<EditablePolicyValues, 'authorizationRequirement' | 'uploads' | 'appeal' | 'electiveSpineSurgeryLeadTime' | 'currentPortalFrom' | 'reconsideration'> & {
    reconsideration: { kind: 'none' | 'within' | 'before_appeal'; within: DayCount };
    appeal: { handledBy: 'plan' | 'vendor'; within: DayCount; hasSecondLevel: boolean; secondLevel: { handledBy: 'plan' | 'vendor'; within: DayCount } };
    authorizationRequirement: { exemptCodes: string; exemptSettings: EditablePolicyValues['authorizationRequirement']['exemptSettings'] };
    uploads: { maxFiles: number; allowedExtensions: string; maxFileMegabytes: number };
    spineLeadTime: { required: boolean; within: DayCount };
    currentPortalFrom: string;
  };
}

const MB = 1024 * 1024;
const list = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

function toFormValues(values: Record<string, unknown>, today: string): PolicyFormValues {
  // The calendar and the regulatory cap are not edited here (the server carries them over).
  const { holidayCalendar: _calendar, regulatoryDecisionCap: _cap, ...editable } = values;
  const current = editable as unknown as EditablePolicyValues;
  const reconsideration = current.reconsideration;
  return {
    effectiveFrom: today,
    note: '',
    values: {
      ...current,
      reconsideration: { kind: reconsideration.kind, within: reconsideration.kind === 'within' ? reconsideration.within : { amount: 2, unit: 'business_days' } },
      appeal: {
        handledBy: current.appeal.handledBy,
        within: current.appeal.within,
        hasSecondLevel: current.appeal.secondLevel !== null,
        secondLevel: current.appeal.secondLevel ?? { handledBy: 'plan', within: { amount: 60, unit: 'calendar_days' } },
      },
      authorizationRequirement: { exemptCodes: current.authorizationRequirement.exemptCodes.join(', '), exemptSettings: [...current.authorizationRequirement.exemptSettings] },
      uploads: { maxFiles: current.uploads.maxFiles, allowedExtensions: current.uploads.allowedExtensions.join(', '), maxFileMegabytes: Math.round((current.uploads.maxFileBytes / MB) * 10) / 10 },
      spineLeadTime: { required: current.electiveSpineSurgeryLeadTime !== null, within: current.electiveSpineSurgeryLeadTime ?? { amount: 14, unit: 'calendar_days' } },
      currentPortalFrom: current.currentPortalFrom ?? '',
    },
  };
}

function toInput(form: PolicyFormValues, scope: PolicyScopeView['scope']): AddPolicyVersionInput {
  const { reconsideration, appeal, authorizationRequirement, uploads, spineLeadTime, currentPortalFrom, ...rest } = form.values;
  return {
    scope: { planCode: scope.planCode, lineOfBusiness: scope.lineOfBusiness as AddPolicyVersionInput['scope']['lineOfBusiness'], programCode: scope.programCode },
    effectiveFrom: form.effectiveFrom,
    note: form.note,
    values: {
      ...rest,
      reconsideration: reconsideration.kind === 'within' ? { kind: 'within', within: reconsideration.within } : { kind: reconsideration.kind },
      appeal: { handledBy: appeal.handledBy, within: appeal.within, secondLevel: appeal.hasSecondLevel ? appeal.secondLevel : null },
      authorizationRequirement: { exemptCodes: list(authorizationRequirement.exemptCodes), exemptSettings: authorizationRequirement.exemptSettings },
      uploads: { maxFiles: uploads.maxFiles, allowedExtensions: list(uploads.allowedExtensions), maxFileBytes: Math.round(uploads.maxFileMegabytes * MB) },
      electiveSpineSurgeryLeadTime: spineLeadTime.required ? spineLeadTime.within : null,
      currentPortalFrom: currentPortalFrom || null,
    },
  };
}

/** Contract error paths → the inputs that show them (a list's item errors go on the list's text box). */
const FIELD_OF_PATH: [RegExp, string][] = [
  [/^values\.authorizationRequirement\.exemptCodes.*/, 'values.authorizationRequirement.exemptCodes'],
  [/^values\.uploads\.allowedExtensions.*/, 'values.uploads.allowedExtensions'],
  [/^values\.uploads\.maxFileBytes$/, 'values.uploads.maxFileMegabytes'],
  [/^values\.appeal\.secondLevel\.within\.amount$/, 'values.appeal.secondLevel.within.amount'],
  [/^values\.electiveSpineSurgeryLeadTime\.amount$/, 'values.spineLeadTime.within.amount'],
];
function placeErrors(errors: FormErrors): FormErrors {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [FIELD_OF_PATH.find(([pattern]) => pattern.test(path))?.[1] ?? path, message]));
}

const unitOptions = [
  { value: 'calendar_days', label: 'Calendar days' },
  { value: 'business_days', label: 'Business days' },
];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="sm">
      <Divider />
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * A new version of the numbers for one scope, from a date: prefilled with what is in force, so
 * the administrator changes only what the plan changed and says why.
 */
export function PolicyForm({ view, onDone }: { view: PolicyScopeView; onDone: () => void }) {
  const { add } = usePolicyChanges();
  const validate = contractValidator<PolicyFormValues>(addPolicyVersionSchema, (values) => toInput(values, view.scope));
  const form = useForm<PolicyFormValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: toFormValues(view.inForce.values, view.today),
    validate: (values) => placeErrors(validate(values)),
  });
  const values = form.getValues().values;
  // Messages for fields without an input of their own are listed above the buttons.
  const [otherProblems, setOtherProblems] = useState<string[]>([]);
  const days = (path: string, label: string, description?: string) => (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <NumberInput clampBehavior="none" label={label} description={description} min={0} allowDecimal={false} w={200} {...form.getInputProps(`${path}.amount`)} />
      <Select aria-label={`${label}: kind of days`} data={unitOptions} allowDeselect={false} w={160} {...form.getInputProps(`${path}.unit`)} />
    </Group>
  );

  const submit = form.onSubmit(
    (formValues) =>
      void add
        .mutateAsync(toInput(formValues, view.scope))
        .then((saved) => {
          notifications.show({ color: 'teal', title: 'Policy saved', message: `${saved.versions[0]?.versionId ?? 'The new version'} applies from ${formValues.effectiveFrom}. Cases already decided keep their numbers.` });
          onDone();
        })
        .catch((error: unknown) => applyServerErrors(form, error)),
    (errors) => {
      const inputs = new Set([...document.querySelectorAll<HTMLElement>('form [data-path]')].map((element) => element.dataset['path']));
      setOtherProblems(Object.entries(errors).filter(([path]) => !inputs.has(path)).map(([, message]) => (typeof message === 'string' ? message : 'Check this field.')));
      focusFirstInvalid();
    },
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={add.error} formValues={form.getValues()} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label="Applies from" description={`Today (${view.today}) or later. Requests decided before keep the numbers they were decided under.`} required {...form.getInputProps('effectiveFrom')} />
          <Textarea label="Reason for the change" description="Kept in the history with your name, e.g. the plan amendment." required autosize minRows={2} {...form.getInputProps('note')} />
        </SimpleGrid>

        <Section title="Requests and decisions">
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {days('values.retroWindow.within', 'Retro requests accepted within', 'Counted from the date of service.')}
            <Select
              label="A retro request after the window"
              data={[
                { value: 'administrative_denial', label: 'Is administratively denied' },
                { value: 'medical_necessity_review', label: 'Goes to medical necessity review' },
              ]}
              allowDeselect={false}
              {...form.getInputProps('values.retroWindow.outcomeWhenLate')}
            />
            {days('values.inProgressExpiry', 'Unsubmitted requests kept for')}
            {days('values.holdForInformation', 'Hold for missing information')}
            {days('values.standardDecision', 'Standard decision within', 'After complete clinical information.')}
            <NumberInput clampBehavior="none" label="Urgent decision within (hours)" min={1} allowDecimal={false} {...form.getInputProps('values.urgentDecisionHours')} />
          </SimpleGrid>
        </Section>

        <Section title="Where authorization applies">
          <MultiSelect label="Settings where authorization does not apply" data={SERVICE_SETTING_OPTIONS.map((option) => ({ ...option }))} {...form.getInputProps('values.authorizationRequirement.exemptSettings')} />
          <TextInput label="Codes that need no authorization" description="Codes of this program, separated by commas." {...form.getInputProps('values.authorizationRequirement.exemptCodes')} />
        </Section>

        <Section title="Authorization validity">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            <NumberInput clampBehavior="none" label="Authorizations (days)" min={1} allowDecimal={false} {...form.getInputProps('values.authorizationValidity.standardDays')} />
            <NumberInput clampBehavior="none" label="DME purchases (days)" min={1} allowDecimal={false} {...form.getInputProps('values.authorizationValidity.dmePurchaseDays')} />
            <NumberInput clampBehavior="none" label="DME daily rentals (days)" min={1} allowDecimal={false} {...form.getInputProps('values.authorizationValidity.dmeDailyRentalDays')} />
            <NumberInput clampBehavior="none" label="DME monthly rentals: extra months" min={0} allowDecimal={false} {...form.getInputProps('values.authorizationValidity.dmeMonthlyRentalExtraMonths')} />
          </SimpleGrid>
        </Section>

        <Section title="After a decision">
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Reconsideration
            </Text>
            <SegmentedControl
              data={[
                { value: 'none', label: 'Not offered' },
                { value: 'within', label: 'Within a window' },
                { value: 'before_appeal', label: 'Until an appeal' },
              ]}
              {...form.getInputProps('values.reconsideration.kind')}
            />
            {values.reconsideration.kind === 'within' && days('values.reconsideration.within', 'Reconsideration within', 'Counted from the determination.')}
          </Stack>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Select
              label="First-level appeal handled by"
              data={[
                { value: 'vendor', label: 'Priora (delegated)' },
                { value: 'plan', label: 'The plan' },
              ]}
              allowDeselect={false}
              {...form.getInputProps('values.appeal.handledBy')}
            />
            {days('values.appeal.within', 'First-level appeal within')}
          </SimpleGrid>
          <Checkbox label="There is a second-level appeal" {...form.getInputProps('values.appeal.hasSecondLevel', { type: 'checkbox' })} />
          {values.appeal.hasSecondLevel && (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Select
                label="Second-level appeal handled by"
                data={[
                  { value: 'vendor', label: 'Priora (delegated)' },
                  { value: 'plan', label: 'The plan' },
                ]}
                allowDeselect={false}
                {...form.getInputProps('values.appeal.secondLevel.handledBy')}
              />
              {days('values.appeal.secondLevel.within', 'Second-level appeal within')}
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Select
              label="A peer-to-peer after a denial"
              data={[
                { value: 'may_change_decision', label: 'May change the decision' },
                { value: 'consultative_only', label: 'Is consultative only' },
              ]}
              allowDeselect={false}
              {...form.getInputProps('values.peerToPeer.afterDenial')}
            />
            {days('values.peerToPeer.within', 'Peer-to-peer may be scheduled within')}
          </SimpleGrid>
          <Checkbox label="Offer a clinical consultation before a denial (pre-decision)" {...form.getInputProps('values.peerToPeer.preDecision', { type: 'checkbox' })} />
          <Select
            label="An alternative recommendation is accepted by"
            data={[
              { value: 'new_case_or_reconsideration', label: 'A new case or a reconsideration' },
              { value: 'new_case_only', label: 'A new case only' },
            ]}
            allowDeselect={false}
            {...form.getInputProps('values.alternativeRecommendationAcceptedBy')}
          />
        </Section>

        <Section title="Program rules">
          <Checkbox label="Elective spine surgery must be requested ahead of time" {...form.getInputProps('values.spineLeadTime.required', { type: 'checkbox' })} />
          {values.spineLeadTime.required && days('values.spineLeadTime.within', 'Request at least this long before surgery')}
          <Checkbox label="Interventional pain: a separate authorization for each date of service" {...form.getInputProps('values.interventionalPainAuthorizationPerDateOfService', { type: 'checkbox' })} />
        </Section>

        <Section title="Uploads">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NumberInput clampBehavior="none" label="Files per upload" min={1} max={20} allowDecimal={false} {...form.getInputProps('values.uploads.maxFiles')} />
            <TextInput label="File types" description="For example .pdf, .docx" {...form.getInputProps('values.uploads.allowedExtensions')} />
            <NumberInput clampBehavior="none" label="Largest file (MB)" min={0.1} max={25} decimalScale={1} {...form.getInputProps('values.uploads.maxFileMegabytes')} />
          </SimpleGrid>
        </Section>

        <Section title="Contact and portal">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Phone for providers" {...form.getInputProps('values.contact.phone')} />
            <TextInput label="Fax for clinical documents" {...form.getInputProps('values.contact.fax')} />
            <TextInput label="Hours" {...form.getInputProps('values.contact.hours')} />
          </SimpleGrid>
          <TextInput
            type="date"
            label="Requests use this portal from"
            description="Earlier requests are shown in the legacy view. Leave empty if this plan never used the legacy portal."
            w={320}
            {...form.getInputProps('values.currentPortalFrom')}
          />
        </Section>

        {otherProblems.length > 0 && (
          <Alert color="red" title="Please correct these">
            {otherProblems.join(' ')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={add.isPending}>
            Save new version
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
