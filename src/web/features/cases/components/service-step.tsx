import { Alert, Anchor, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { stepInputSchemas } from '../../../../contracts/cases.ts';
import { contractValidator, focusFirstInvalid, type FormErrors } from '../../../lib/forms.ts';
import { formatDate } from '../../../lib/format.ts';
import { todayIso } from '../steps.ts';
import { codeLabel, DiagnosisField, ProcedureField } from './code-fields.tsx';
import { displayDiagnosis } from './case-summary.tsx';
import { YesNoGroup } from './date-of-service-step.tsx';
import { StepActions } from './step-actions.tsx';
import { StepFeedback } from './step-feedback.tsx';
import { StepHeading } from './step-heading.tsx';
import { useStepForm, useStepSave, useWizard } from './wizard-context.tsx';

interface ServiceValues extends Record<string, unknown> {
  procedureCode: string;
  procedureLabel: string;
  primaryDiagnosis: string;
  primaryLabel: string;
  secondaryDiagnosis: string;
  secondaryLabel: string;
  renderedInOffice: '' | 'yes' | 'no';
}

const toInput = (values: ServiceValues) => ({
  procedureCode: values.procedureCode,
  primaryDiagnosis: values.primaryDiagnosis,
  secondaryDiagnosis: values.secondaryDiagnosis,
  renderedInOffice: values.renderedInOffice === 'yes',
});

const codeFields = ['procedureCode', 'primaryDiagnosis', 'secondaryDiagnosis'];

/** The description part of "CODE – description". */
const describe = (label: string) => label.split(' – ').slice(1).join(' – ');

/**
 * Step 7: the procedure from the program's list, the primary ICD-10-CM diagnosis and an optional
 * secondary one; then a confirmation with "Will you be rendering this procedure in your office?".
 */
export function ServiceStep() {
  const { view, goTo } = useWizard();
  const save = useStepSave('service');
  const [confirming, setConfirming] = useState(false);
  const contract = contractValidator<ServiceValues>(stepInputSchemas.service, toInput);
  const form = useStepForm<ServiceValues>('service', {
    initial: () => {
      const service = view.service;
      return {
        procedureCode: service?.procedureCode ?? '',
        procedureLabel: service ? codeLabel(service.procedureCode, service.procedureDescription) : '',
        primaryDiagnosis: service ? displayDiagnosis(service.primaryDiagnosis.code) : '',
        primaryLabel: service ? codeLabel(displayDiagnosis(service.primaryDiagnosis.code), service.primaryDiagnosis.description) : '',
        secondaryDiagnosis: service?.secondaryDiagnosis ? displayDiagnosis(service.secondaryDiagnosis.code) : '',
        secondaryLabel: service?.secondaryDiagnosis ? codeLabel(displayDiagnosis(service.secondaryDiagnosis.code), service.secondaryDiagnosis.description) : '',
        renderedInOffice: service ? (service.renderedInOffice ? 'yes' : 'no') : '',
      };
    },
  });
  const values = form.getValues();

  const codeErrors = (current: ServiceValues): FormErrors =>
    Object.fromEntries(Object.entries(contract(current)).filter(([path]) => codeFields.includes(path)));

  const toConfirmation = (event: FormEvent) => {
    event.preventDefault();
    const errors = codeErrors(form.getValues());
    form.clearErrors();
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstInvalid();
      return;
    }
    setConfirming(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const current = form.getValues();
    const errors = contract(current);
    if (current.renderedInOffice === '') {
      errors['renderedInOffice'] = 'Answer whether you will render this procedure in your office.';
    }
    form.clearErrors();
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      if (Object.keys(errors).some((path) => codeFields.includes(path))) {
        setConfirming(false);
      }
      focusFirstInvalid();
      return;
    }
    // A code the server refuses is corrected on the form, so go back to it.
    save.submit(toInput(current), form, (fields) => fields.some((path) => codeFields.includes(path)) && setConfirming(false));
  };

  const performed = view.retrospective ? 'was performed on' : 'will be performed on';
  const dateLine = view.dateOfService ? (
    <Text>
      This procedure {performed} {formatDate(view.dateOfService)}
      {view.dateOfService === todayIso() ? ' (today)' : ''}.{' '}
      <Anchor component="button" type="button" onClick={() => goTo('date_of_service')}>
        CHANGE<VisuallyHidden> date of service</VisuallyHidden>
      </Anchor>
    </Text>
  ) : null;

  if (confirming) {
    return (
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <StepHeading>Requested Service + Diagnosis</StepHeading>
          <Text fw={600}>Confirm your service selection.</Text>
          <StepFeedback error={save.error} formValues={values} />
          <Table variant="vertical" layout="fixed" withTableBorder maw={720}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={220}>Procedure Date</Table.Th>
                <Table.Td>{formatDate(view.dateOfService)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Procedure Code</Table.Th>
                <Table.Td>{values.procedureCode}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Description</Table.Th>
                <Table.Td>{describe(values.procedureLabel)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Primary Diagnosis Code</Table.Th>
                <Table.Td>{values.primaryDiagnosis}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Primary Diagnosis</Table.Th>
                <Table.Td>{describe(values.primaryLabel)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Secondary Diagnosis Code</Table.Th>
                <Table.Td>{values.secondaryDiagnosis || 'None'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>Secondary Diagnosis</Table.Th>
                <Table.Td>{values.secondaryDiagnosis ? describe(values.secondaryLabel) : '—'}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Group gap="lg">
            <Anchor component="button" type="button" onClick={() => setConfirming(false)}>
              Change Procedure or Primary Diagnosis
            </Anchor>
            <Anchor component="button" type="button" onClick={() => setConfirming(false)}>
              Change Secondary Diagnosis
            </Anchor>
          </Group>
          <YesNoGroup label="Will you be rendering this procedure in your office?" {...form.getInputProps('renderedInOffice')} />
          <StepActions step="service" loading={save.isPending} onBack={() => setConfirming(false)} />
        </Stack>
      </form>
    );
  }

  return (
    <form onSubmit={toConfirmation} noValidate>
      <Stack gap="md">
        <StepHeading>Requested Service + Diagnosis</StepHeading>
        {dateLine}
        <StepFeedback error={save.error} formValues={values} />
        <Title order={3} size="h4">
          {view.program.name} Procedures
        </Title>
        <ProcedureField
          caseId={view.id}
          label="Procedure"
          description="Select a procedure by code or description"
          placeholder="Type a code or words"
          required
          maw={560}
          value={values.procedureCode}
          selectedLabel={values.procedureLabel}
          onPick={(code, label) => {
            form.setValues({ procedureCode: code, procedureLabel: label });
            form.clearFieldError('procedureCode');
          }}
          error={form.errors['procedureCode']}
        />
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          <Text size="sm">
            Don&apos;t see your procedure code or type of service? It may not need authorization through Priora for this
            program, or it may belong to another program: check the health plan&apos;s list of codes that need
            authorization. Additional procedure codes are collected in the clinical questions.
          </Text>
        </Alert>
        <Title order={3} size="h4">
          Diagnosis
        </Title>
        <DiagnosisField
          label="Primary Diagnosis"
          description="Select an ICD-10-CM code by code or description"
          placeholder="e.g. C50.911 or breast"
          required
          maw={560}
          value={values.primaryDiagnosis}
          selectedLabel={values.primaryLabel}
          onPick={(code, label) => {
            form.setValues({ primaryDiagnosis: code, primaryLabel: label });
            form.clearFieldError('primaryDiagnosis');
          }}
          error={form.errors['primaryDiagnosis']}
        />
        <DiagnosisField
          label="Secondary Diagnosis"
          description={`Optional for ${view.program.name}`}
          placeholder="Type a code or words"
          maw={560}
          value={values.secondaryDiagnosis}
          selectedLabel={values.secondaryLabel}
          onPick={(code, label) => {
            form.setValues({ secondaryDiagnosis: code, secondaryLabel: label });
            form.clearFieldError('secondaryDiagnosis');
          }}
          error={form.errors['secondaryDiagnosis']}
        />
        <StepActions step="service" />
      </Stack>
    </form>
  );
}
