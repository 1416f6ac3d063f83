import { Alert, Checkbox, Group, Radio, Stack, Text, type RadioGroupProps } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { stepInputSchemas } from '../../../../contracts/cases.ts';
import { contractValidator, focusFirstInvalid, type FormErrors } from '../../../lib/forms.ts';
import { formatDate } from '../../../lib/format.ts';
import { todayIso } from '../steps.ts';
import { DateField } from './date-field.tsx';
import { StepActions } from './step-actions.tsx';
import { StepFeedback } from './step-feedback.tsx';
import { StepHeading } from './step-heading.tsx';
import { useStepForm, useStepSave, useWizard } from './wizard-context.tsx';

type YesNo = '' | 'yes' | 'no';

interface DateValues extends Record<string, unknown> {
  /** The expected date; for delivered DME, the date it was delivered or dispensed. */
  dateOfService: string | null;
  unknown: boolean;
  alreadyPerformed: YesNo;
  dmeDelivered: YesNo;
  dmeUrgentAfterHours: YesNo;
}

/** A required Yes/No question; its answers are named "Yes" and "No" within the group. */
export function YesNoGroup(props: Omit<RadioGroupProps, 'children'>) {
  return (
    <Radio.Group className="required-field" {...props}>
      <Group gap="lg" mt={6}>
        <Radio value="yes" label="Yes" />
        <Radio value="no" label="No" />
      </Group>
    </Radio.Group>
  );
}

/**
 * Step 6: the expected procedure or treatment start date ("Unknown" means today). Today or a past
 * date asks whether the service was already performed, which makes a retrospective request. DME
 * asks whether the equipment was delivered or dispensed, when, and whether urgently after hours.
 */
export function DateOfServiceStep() {
  const { view } = useWizard();
  const dme = view.program.code === 'DME';
  const radiation = view.program.code === 'RADONC';
  const today = todayIso();
  const save = useStepSave('date_of_service');

  const toInput = (values: DateValues) => {
    const dateOfService = values.dateOfService ?? undefined;
    if (dme) {
      return values.dmeDelivered === 'yes'
        ? { dateOfService, alreadyPerformed: true, dmeDeliveredOn: dateOfService, dmeUrgentAfterHours: values.dmeUrgentAfterHours === 'yes' }
        : { dateOfService, alreadyPerformed: false };
    }
    const asked = dateOfService !== undefined && dateOfService <= today;
    return { dateOfService, alreadyPerformed: asked && values.alreadyPerformed === 'yes' };
  };

  const contract = contractValidator<DateValues>(stepInputSchemas.date_of_service, toInput);
  const validate = (values: DateValues): FormErrors => {
    const errors: FormErrors = {};
    const date = values.dateOfService;
    if (dme && values.dmeDelivered === '') {
      errors['dmeDelivered'] = 'Answer whether the equipment has been delivered or dispensed.';
      return errors;
    }
    Object.assign(errors, contract(values));
    if (!date || errors['dateOfService']) {
      return errors;
    }
    if (dme && values.dmeDelivered === 'yes') {
      if (date > today) {
        errors['dateOfService'] = 'The delivery date cannot be in the future.';
      }
      if (values.dmeUrgentAfterHours === '') {
        errors['dmeUrgentAfterHours'] = 'Answer whether the equipment was delivered urgently after hours.';
      }
    } else if (dme && date < today) {
      errors['dateOfService'] = 'That date has passed. If the equipment was already delivered or dispensed, answer Yes above.';
    } else if (!dme && date <= today && values.alreadyPerformed === '') {
      errors['alreadyPerformed'] = 'Answer whether the service has already been performed.';
    } else if (!dme && date < today && values.alreadyPerformed === 'no') {
      errors['alreadyPerformed'] = 'A past date of service means the service was performed: answer Yes (a retrospective request), or correct the date.';
    }
    return errors;
  };

  const form = useStepForm<DateValues>('date_of_service', {
    initial: () => {
      const date = view.dateOfService;
      const asked = date !== null && date <= today;
      return {
        dateOfService: date,
        unknown: false,
        alreadyPerformed: asked && view.retrospective !== null ? (view.retrospective ? 'yes' : 'no') : '',
        dmeDelivered: dme && date !== null ? (view.retrospective ? 'yes' : 'no') : '',
        dmeUrgentAfterHours: '',
      };
    },
    validate,
  });
  const values = form.getValues();
  const date = values.dateOfService;
  const delivered = dme && values.dmeDelivered === 'yes';
  const askPerformed = !dme && date !== null && date <= today;

  const submit = form.onSubmit((submitted) => save.submit(toInput(submitted), form), () => focusFirstInvalid());

  const expectedLabel = 'Expected Date of Service';
  const expectedDescription = dme
    ? 'The date the equipment is expected to be delivered or dispensed (MM/DD/YYYY)'
    : radiation
      ? 'The treatment start date, not the simulation date (MM/DD/YYYY)'
      : 'The expected procedure date or treatment start date (MM/DD/YYYY)';

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <StepHeading>Date of Service</StepHeading>
        <StepFeedback error={save.error} formValues={values} />
        {dme && (
          <YesNoGroup
            label="Has the DME been delivered or dispensed?"
            {...form.getInputProps('dmeDelivered')}
            onChange={(answer) => {
              form.setFieldValue('dmeDelivered', answer as YesNo);
              form.setFieldValue('unknown', false);
              form.clearErrors();
            }}
          />
        )}
        {delivered && (
          <>
            <DateField label="Date Delivered or Dispensed" description="MM/DD/YYYY" maxDate={today} required maw={260} {...form.getInputProps('dateOfService')} />
            <YesNoGroup
              label="Was the equipment delivered on an urgent basis after normal working hours (7am–7pm)?"
              {...form.getInputProps('dmeUrgentAfterHours')}
            />
          </>
        )}
        {(!dme || values.dmeDelivered === 'no') && (
          <>
            <Group align="flex-end" gap="lg">
              <DateField
                label={expectedLabel}
                description={expectedDescription}
                required
                disabled={values.unknown}
                miw={260}
                {...form.getInputProps('dateOfService')}
              />
              <Checkbox
                label="Unknown"
                description="Today's date is used"
                mb={4}
                {...form.getInputProps('unknown', { type: 'checkbox' })}
                onChange={(event) => {
                  const unknown = event.currentTarget.checked;
                  form.setFieldValue('unknown', unknown);
                  if (unknown) {
                    form.setFieldValue('dateOfService', today);
                    form.clearFieldError('dateOfService');
                  }
                }}
              />
            </Group>
            {values.unknown && <Text size="sm">The date of service is unknown: today&apos;s date ({formatDate(today)}) is used.</Text>}
          </>
        )}
        {askPerformed && (
          <YesNoGroup
            label="Has this service already been performed?"
            description={
              date === today
                ? 'You entered a date of service of today. Has this procedure or treatment already been completed?'
                : `You entered a date of service in the past (${formatDate(date)}).`
            }
            {...form.getInputProps('alreadyPerformed')}
          />
        )}
        {((askPerformed && values.alreadyPerformed === 'yes') || delivered) && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title="Retrospective request">
            {dme ? 'The equipment was already delivered or dispensed' : 'The service was already performed'}, so this is a
            retrospective request. {view.plan?.name ?? 'The health plan'} accepts these only within its retrospective
            window after the date of service; a late request can be denied administratively.
          </Alert>
        )}
        <StepActions step="date_of_service" loading={save.isPending} />
      </Stack>
    </form>
  );
}
