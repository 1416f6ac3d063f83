import { Alert, Badge, Button, Checkbox, Grid, Group, Paper, ScrollArea, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import type { FormEvent } from 'react';
import { IconAlertTriangle, IconSearch, IconUserCheck, IconX } from '@tabler/icons-react';
import { eligibilitySearchSchema, stepInputSchemas, type EligibilityResult } from '../../../../contracts/cases.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { formatDate, formatPhone } from '../../../lib/format.ts';
import { useSearchEligibility } from '../api/search-eligibility.ts';
import { todayIso } from '../steps.ts';
import { lineOfBusinessLabel } from './case-summary.tsx';
import { DateField } from './date-field.tsx';
import { StepActions } from './step-actions.tsx';
import { StepFeedback } from './step-feedback.tsx';
import { StepHeading } from './step-heading.tsx';
import { useStepForm, useStepSave, useWizard } from './wizard-context.tsx';

interface SelectedMember {
  memberId: string;
  name: string;
  patientId: string;
  dateOfBirth: string;
}

interface MemberValues extends Record<string, unknown> {
  patientId: string;
  dateOfBirth: string | null;
  lastName: string;
  memberId: string;
  selected: SelectedMember | null;
  bestPhone: string;
  phoneUnknown: boolean;
  cellPhone: string;
  email: string;
  /** The plan the member was looked up with: another plan means looking up again. */
  forPlan: string;
}

const genders: Record<EligibilityResult['gender'], string> = { F: 'Female', M: 'Male', U: 'Unknown' };

/** "since 01/01/2024, until 12/31/2026" */
function coverageSpan(coverage: NonNullable<EligibilityResult['coverage']>): string {
  return `since ${formatDate(coverage.startDate)}${coverage.endDate ? `, until ${formatDate(coverage.endDate)}` : ''}`;
}

const toStepInput = (values: MemberValues) => ({
  memberId: values.memberId,
  bestPhone: values.phoneUnknown ? '' : values.bestPhone,
  phoneUnknown: values.phoneUnknown,
  cellPhone: values.cellPhone,
  email: values.email,
});

/**
 * Step 5: eligibility lookup (patient ID digits only, date of birth, last name: all three must
 * match), SELECT a result, then how to reach the patient.
 */
export function MemberStep() {
  const { view } = useWizard();
  const planId = view.plan?.id ?? '';
  const onDate = view.dateOfService ?? todayIso();
  const lookup = useSearchEligibility();
  const save = useStepSave('member');
  const form = useStepForm<MemberValues>('member', {
    initial: () => {
      const member = view.member;
      return {
        patientId: member?.patientId ?? '',
        dateOfBirth: member?.dateOfBirth ?? null,
        lastName: member ? (member.name.split(',')[0] ?? '').trim() : '',
        memberId: member?.id ?? '',
        selected: member ? { memberId: member.id, name: member.name, patientId: member.patientId, dateOfBirth: member.dateOfBirth } : null,
        bestPhone: formatPhone(member?.bestPhone),
        phoneUnknown: member?.phoneUnknown ?? false,
        cellPhone: '',
        email: '',
        forPlan: planId,
      };
    },
    acceptDraft: (draft) => draft.forPlan === planId,
  });
  const values = form.getValues();

  const lookupRequest = (current: MemberValues) => ({
    planId,
    patientId: current.patientId,
    dateOfBirth: current.dateOfBirth ?? undefined,
    lastName: current.lastName,
    onDate,
  });
  const validateLookup = contractValidator<MemberValues>(eligibilitySearchSchema, lookupRequest);
  const validateStep = contractValidator<MemberValues>(stepInputSchemas.member, toStepInput);

  const runLookup = (event: FormEvent) => {
    event.preventDefault();
    const current = form.getValues();
    const errors = validateLookup(current);
    form.clearErrors();
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstInvalid();
      return;
    }
    lookup.mutateAsync({ ...lookupRequest(current), dateOfBirth: current.dateOfBirth ?? '' }).catch((error: unknown) => applyServerErrors(form, error));
  };

  const choose = (result: EligibilityResult) => {
    form.setValues({
      memberId: result.memberId,
      selected: { memberId: result.memberId, name: `${result.lastName}, ${result.firstName}`, patientId: result.patientId, dateOfBirth: result.dateOfBirth },
      bestPhone: '',
      phoneUnknown: false,
      cellPhone: '',
      email: '',
    });
    form.clearErrors();
    lookup.reset();
  };

  const clearSelection = () => {
    form.setValues({ memberId: '', selected: null });
    form.clearErrors();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const current = form.getValues();
    const errors = validateStep(current);
    form.clearErrors();
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      focusFirstInvalid();
      return;
    }
    save.submit(toStepInput(current), form);
  };

  const results = lookup.data?.members;
  const ineligible = results?.filter((result) => !result.coverage) ?? [];
  const onDateText = view.dateOfService ? `on ${formatDate(view.dateOfService)}` : 'today';
  const selected = values.selected;

  return (
    <Stack gap="md">
      <StepHeading>Patient Eligibility Lookup</StepHeading>
      <Text>
        Find the patient with{' '}
        <Text span fw={600} inherit>
          {view.plan?.name}
        </Text>
        . Please review and confirm the spelling of the patient&apos;s name, and verify the patient ID and date of
        birth.
      </Text>
      <form onSubmit={runLookup} noValidate>
        <Stack gap="sm">
          <ErrorAlert error={lookup.error} formValues={values} />
          <Grid gap="sm">
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput
                label="Patient ID"
                description="Digits only, no prefix"
                inputMode="numeric"
                autoComplete="off"
                required
                {...form.getInputProps('patientId')}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField label="Date of Birth" description="MM/DD/YYYY" maxDate={todayIso()} required {...form.getInputProps('dateOfBirth')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label="Patient Last Name" description="Last name only" autoComplete="off" required {...form.getInputProps('lastName')} />
            </Grid.Col>
          </Grid>
          <Group>
            <Button type="submit" variant={selected ? 'outline' : 'filled'} leftSection={<IconSearch size={16} aria-hidden />} loading={lookup.isPending}>
              {results || selected ? 'LOOKUP AGAIN' : 'ELIGIBILITY LOOKUP'}
            </Button>
          </Group>
        </Stack>
      </form>

      <div aria-live="polite">
        {results && results.length === 0 && (
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} title="No matching member">
            No {view.plan?.name} member has that patient ID, date of birth and last name. Check the spelling of the last
            name, the patient ID (digits only, without a prefix) and the date of birth, then look up again.
          </Alert>
        )}
        {ineligible.length > 0 && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title="Not eligible" mb="sm">
            {ineligible.map((result) => `${result.firstName} ${result.lastName}`).join(', ')} {ineligible.length === 1 ? 'is' : 'are'} not
            eligible with {view.plan?.name} {onDateText}. A request cannot be made for a member without coverage on the
            date of service; check the member&apos;s card or contact the plan.
          </Alert>
        )}
        {results && results.length > 0 && (
          <section aria-labelledby="member-results-heading">
            <Title order={3} size="h4" id="member-results-heading" mb="xs">
              Search Results
            </Title>
            <ScrollArea type="auto">
              <Table striped withTableBorder horizontalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">
                      <VisuallyHidden>Action</VisuallyHidden>
                    </Table.Th>
                    <Table.Th scope="col">Patient ID</Table.Th>
                    <Table.Th scope="col">Member Code</Table.Th>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">DOB</Table.Th>
                    <Table.Th scope="col">Gender</Table.Th>
                    <Table.Th scope="col">Address</Table.Th>
                    <Table.Th scope="col">Coverage</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {results.map((result) => (
                    <Table.Tr key={result.memberId}>
                      <Table.Td>
                        <Button size="xs" onClick={() => choose(result)} disabled={!result.coverage}>
                          SELECT
                          <VisuallyHidden>
                            {' '}
                            {result.lastName}, {result.firstName}
                          </VisuallyHidden>
                        </Button>
                      </Table.Td>
                      <Table.Td>{result.patientId}</Table.Td>
                      <Table.Td>{result.memberCode}</Table.Td>
                      <Table.Td>
                        {result.lastName}, {result.firstName}
                      </Table.Td>
                      <Table.Td className="nowrap">{formatDate(result.dateOfBirth)}</Table.Td>
                      <Table.Td>
                        {result.gender}
                        <VisuallyHidden> ({genders[result.gender]})</VisuallyHidden>
                      </Table.Td>
                      <Table.Td>
                        {result.address}
                        <br />
                        {result.city}, {result.state} {result.zip}
                      </Table.Td>
                      <Table.Td>
                        {result.coverage ? (
                          <>
                            {lineOfBusinessLabel(result.coverage.lineOfBusiness)}
                            <Text size="xs" c="dimmed">
                              {coverageSpan(result.coverage)}
                            </Text>
                          </>
                        ) : (
                          <Badge color="orange" variant="light">
                            Not eligible {onDateText}
                          </Badge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          </section>
        )}
      </div>

      {form.errors['memberId'] && !selected && (
        <Text c="red" size="sm" role="alert">
          {form.errors['memberId']}
        </Text>
      )}

      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <StepFeedback error={save.error} formValues={values} />
          {selected && (
            <Paper withBorder p="md" radius="md">
              <Stack gap="sm">
                <Group justify="space-between" align="flex-start">
                  <div>
                    <Group gap={6}>
                      <IconUserCheck size={18} aria-hidden />
                      <Text fw={600}>Selected patient: {selected.name}</Text>
                    </Group>
                    <Text size="sm">
                      Patient ID {selected.patientId} · DOB {formatDate(selected.dateOfBirth)}
                    </Text>
                    {form.errors['memberId'] && (
                      <Text c="red" size="sm" role="alert">
                        {form.errors['memberId']}
                      </Text>
                    )}
                  </div>
                  <Button variant="subtle" color="gray" size="xs" leftSection={<IconX size={14} aria-hidden />} onClick={clearSelection}>
                    CLEAR PATIENT SELECTION
                  </Button>
                </Group>
                <Text size="sm">Please provide the patient&apos;s best contact number, including area code.</Text>
                <Grid gap="sm" align="flex-end">
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput
                      label="Patient's Best Contact Number"
                      type="tel"
                      disabled={values.phoneUnknown}
                      required={!values.phoneUnknown}
                      {...form.getInputProps('bestPhone')}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <Checkbox
                      label="Unknown"
                      description="The patient's best contact number is not known"
                      {...form.getInputProps('phoneUnknown', { type: 'checkbox' })}
                      onChange={(event) => {
                        const unknown = event.currentTarget.checked;
                        form.setFieldValue('phoneUnknown', unknown);
                        if (unknown) {
                          form.clearFieldError('bestPhone');
                        }
                      }}
                    />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput label="Patient Cell Phone" type="tel" {...form.getInputProps('cellPhone')} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, sm: 6 }}>
                    <TextInput label="Patient Email" type="email" {...form.getInputProps('email')} />
                  </Grid.Col>
                </Grid>
              </Stack>
            </Paper>
          )}
          <StepActions step="member" loading={save.isPending} />
        </Stack>
      </form>
    </Stack>
  );
}
