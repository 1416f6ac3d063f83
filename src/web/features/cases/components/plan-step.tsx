import { Alert, Radio, Select, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { stepInputSchemas } from '../../../../contracts/cases.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { formatPhone } from '../../../lib/format.ts';
import { usePlanOptions, type ProviderAddress } from '../api/list-plan-options.ts';
import { StepActions } from './step-actions.tsx';
import { StepFeedback } from './step-feedback.tsx';
import { StepHeading } from './step-heading.tsx';
import { useStepForm, useStepSave, useWizard } from './wizard-context.tsx';

interface PlanValues extends Record<string, unknown> {
  planId: string;
  locationId: string;
  /** The provider the addresses were offered for: another provider means choosing again. */
  forProvider: string;
}

function addressLabel(address: ProviderAddress): string {
  return `${address.address}, ${address.city}, ${address.state} ${address.zip} · Phone ${formatPhone(address.phone)} · Fax ${formatPhone(address.fax)}`;
}

const toInput = (values: PlanValues) => ({ planId: values.planId, locationId: values.locationId });

/** Step 3: the insurer (plans contracting the program), then the provider's address for that plan. */
export function PlanStep() {
  const { view, prefill } = useWizard();
  const plans = usePlanOptions(view.id, view.provider?.npi ?? null);
  const save = useStepSave('plan');
  const providerNpi = view.provider?.npi ?? '';
  const form = useStepForm<PlanValues>('plan', {
    initial: () => ({ planId: view.plan?.id ?? prefill.planId ?? '', locationId: view.providerAddress?.locationId ?? '', forProvider: providerNpi }),
    validate: contractValidator<PlanValues>(stepInputSchemas.plan, toInput),
    acceptDraft: (draft) => draft.forProvider === providerNpi,
  });
  const values = form.getValues();
  const chosenPlan = plans.data?.find((plan) => plan.id === values.planId);
  const addresses = chosenPlan?.providerAddresses ?? [];

  const submit = form.onSubmit((submitted) => save.submit(toInput(submitted), form), () => focusFirstInvalid());

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <StepHeading>Choose Your Insurer</StepHeading>
        <Text>
          <Text span fw={600}>
            Requesting Provider:
          </Text>{' '}
          {view.provider?.name} (NPI {view.provider?.npi})
        </Text>
        <Text>Please select the insurer for this authorization request.</Text>
        <StepFeedback error={save.error} formValues={values} />
        {plans.isPending ? (
          <FullPageLoader label="Loading health plans…" inline />
        ) : plans.isError ? (
          <ErrorAlert error={plans.error} />
        ) : plans.data.length === 0 ? (
          <Alert color="yellow" variant="light" title="No health plan available">
            No health plan uses Priora for {view.program.name} today, so this request cannot continue here. Please call the
            number on the back of the member&apos;s card.
          </Alert>
        ) : (
          <>
            <Select
              label="Health Plan"
              placeholder="Please select a health plan"
              data={plans.data.map((plan) => ({ value: plan.id, label: plan.name }))}
              searchable
              allowDeselect={false}
              nothingFoundMessage="No health plan matches"
              required
              maw={420}
              {...form.getInputProps('planId')}
              onChange={(planId: string | null) => {
                const plan = plans.data.find((option) => option.id === planId);
                form.setFieldValue('planId', planId ?? '');
                // One address for the plan is the only choice; several mean the person picks.
                form.setFieldValue('locationId', plan?.providerAddresses.length === 1 ? (plan.providerAddresses[0]?.locationId ?? '') : '');
              }}
            />
            {chosenPlan && addresses.length === 0 && (
              <Alert color="yellow" variant="light" title="No address on file for this plan">
                {view.provider?.name} has no practice address registered with {chosenPlan.name}. Ask the plan to add the
                provider&apos;s address, or choose another provider.
              </Alert>
            )}
            {chosenPlan && addresses.length > 0 && (
              <Radio.Group label="Provider Address" description={`Where ${view.provider?.name ?? 'the provider'} practises for ${chosenPlan.name}`} className="required-field" {...form.getInputProps('locationId')}>
                <Stack gap="xs" mt="xs">
                  {addresses.map((address) => (
                    <Radio key={address.locationId} value={address.locationId} label={addressLabel(address)} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          </>
        )}
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          <Text size="sm">
            <Text span fw={600} inherit>
              Urgent request?
            </Text>{' '}
            You will be asked to upload relevant clinical information at the end of this process.
          </Text>
          <Text size="sm" mt={4}>
            <Text span fw={600} inherit>
              Don&apos;t see the insurer you&apos;re looking for?
            </Text>{' '}
            Please call the number on the back of the member&apos;s card to find out whether an authorization through
            Priora is required.
          </Text>
        </Alert>
        <StepActions step="plan" loading={save.isPending} />
      </Stack>
    </form>
  );
}
