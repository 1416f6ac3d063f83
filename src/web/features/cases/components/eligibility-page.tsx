import { Alert, Button, Group, Paper, Select, Stack, Table, TextInput, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { SERVICE_SETTING_OPTIONS } from '../../../../contracts/plan-admin.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { applyServerErrors } from '../../../lib/forms.ts';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCheckEligibility, usePlans } from '../api/tracking.ts';
import { todayIso } from '../steps.ts';
import { DateField } from './date-field.tsx';

type ServiceSetting = (typeof SERVICE_SETTING_OPTIONS)[number]['value'];

/** /eligibility: is the member covered on a date, and does this service need authorization? */
export function EligibilityPage() {
  usePageTitle('Eligibility Lookup');
  const plans = usePlans();
  const check = useCheckEligibility();
  const [values, setValues] = useState({ planId: '', patientId: '', dateOfBirth: '', lastName: '', onDate: todayIso(), procedureCode: '', setting: '' });
  const [errors, setErrors] = useState<Record<string, ReactNode>>({});
  const set = (key: keyof typeof values) => (value: string) => setValues((before) => ({ ...before, [key]: value }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setErrors({});
    check.mutate(
      { ...values, patientId: values.patientId.trim(), lastName: values.lastName.trim(), procedureCode: values.procedureCode.trim(), setting: values.setting as ServiceSetting | '' },
      { onError: (error) => applyServerErrors({ getValues: () => values, setErrors }, error) },
    );
  };
  const result = check.data;

  return (
    <Stack gap="md" maw={1000}>
      <Title order={1}>Eligibility Lookup</Title>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group align="flex-start">
            <Select label="Health Plan" data={(plans.data ?? []).map((plan) => ({ value: plan.id, label: plan.name }))} value={values.planId || null} onChange={(value) => set('planId')(value ?? '')} error={errors['planId']} required searchable w={260} />
            <TextInput label="Patient ID" value={values.patientId} onChange={(event) => set('patientId')(event.currentTarget.value)} error={errors['patientId']} required w={200} />
            <DateField label="Date of Birth" value={values.dateOfBirth || null} onChange={(value) => set('dateOfBirth')(value ?? '')} error={errors['dateOfBirth']} required w={200} />
            <TextInput label="Last Name" value={values.lastName} onChange={(event) => set('lastName')(event.currentTarget.value)} error={errors['lastName']} required w={220} />
          </Group>
          <Group align="flex-start">
            <DateField label="Date of Service" value={values.onDate || null} onChange={(value) => set('onDate')(value ?? '')} error={errors['onDate']} required w={200} />
            <TextInput label="Procedure Code" description="Optional: does this service need authorization?" value={values.procedureCode} onChange={(event) => set('procedureCode')(event.currentTarget.value)} error={errors['procedureCode']} w={260} />
            <Select
              label="Where will it be done?"
              description="Optional: some plans need no authorization in some settings."
              data={SERVICE_SETTING_OPTIONS.map((option) => ({ ...option }))}
              value={values.setting || null}
              onChange={(value) => set('setting')(value ?? '')}
              error={errors['setting']}
              clearable
              w={300}
            />
          </Group>
          <ErrorAlert error={check.error} formValues={values} />
          <Group>
            <Button type="submit" loading={check.isPending}>
              CHECK ELIGIBILITY
            </Button>
          </Group>
        </Stack>
      </Paper>
      {result && (
        <Stack gap="sm" role="status">
          {!result.member ? (
            <Alert color="yellow" title="Member not found">
              No member matches these details for this plan. Check the patient ID (digits only), date of birth and last name.
            </Alert>
          ) : (
            <>
              <Alert color={result.member.coverage ? 'teal' : 'red'} title={result.member.coverage ? 'The member is eligible on this date' : 'The member is not eligible on this date'}>
                {result.member.coverage
                  ? `Coverage ${result.member.coverage.lineOfBusiness} from ${formatDate(result.member.coverage.startDate)}${result.member.coverage.endDate ? ` to ${formatDate(result.member.coverage.endDate)}` : ''}.`
                  : 'No coverage is in force on the date asked about.'}
              </Alert>
              <Table variant="vertical" withTableBorder layout="fixed">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={200}>Member</Table.Th>
                    <Table.Td>
                      {result.member.firstName} {result.member.lastName} (ID {result.member.patientId}, member code {result.member.memberCode})
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Date of Birth</Table.Th>
                    <Table.Td>{formatDate(result.member.dateOfBirth)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>Address</Table.Th>
                    <Table.Td>
                      {result.member.address}, {result.member.city}, {result.member.state} {result.member.zip}
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </>
          )}
          {result.authorization && (
            <Alert color={result.authorization.required ? 'orange' : 'blue'} title={result.authorization.required ? 'Authorization is required' : 'Authorization is not required'}>
              {result.authorization.programName ? `${result.authorization.programName}: ` : ''}
              {result.authorization.explanation}
            </Alert>
          )}
        </Stack>
      )}
    </Stack>
  );
}
