import { Anchor, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { applyServerErrors } from '../../../lib/forms.ts';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useLookupAuthorizations, usePlans } from '../api/tracking.ts';
import { statusLabel } from '../status.ts';
import { DateField } from './date-field.tsx';

/** /lookup: Authorization Lookup, by member or by authorization/case number with the ordering NPI. */
export function LookupPage() {
  usePageTitle('Authorization Lookup');
  const plans = usePlans();
  const lookup = useLookupAuthorizations();
  const [by, setBy] = useState<'member' | 'number'>('member');
  const [values, setValues] = useState({ planId: '', patientId: '', dateOfBirth: '', number: '', orderingNpi: '' });
  const [errors, setErrors] = useState<Record<string, React.ReactNode>>({});
  const set = (key: keyof typeof values) => (value: string) => setValues((before) => ({ ...before, [key]: value }));
  const form = { getValues: () => values, setErrors };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setErrors({});
    const input =
      by === 'member'
        ? { by, planId: values.planId, patientId: values.patientId.trim(), dateOfBirth: values.dateOfBirth }
        : { by, number: values.number.trim(), orderingNpi: values.orderingNpi.trim() };
    lookup.mutate(input, { onError: (error) => applyServerErrors(form, error) });
  };

  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>Authorization Lookup</Title>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SegmentedControl
            value={by}
            onChange={(value) => setBy(value)}
            data={[
              { value: 'member', label: 'Search by member information' },
              { value: 'number', label: 'Search by authorization number' },
            ]}
            maw={560}
          />
          {by === 'member' ? (
            <Group align="flex-start">
              <Select label="Health Plan" data={(plans.data ?? []).map((plan) => ({ value: plan.id, label: plan.name }))} value={values.planId || null} onChange={(value) => set('planId')(value ?? '')} error={errors['planId']} required searchable w={260} />
              <TextInput label="Patient ID" value={values.patientId} onChange={(event) => set('patientId')(event.currentTarget.value)} error={errors['patientId']} required w={200} />
              <DateField label="Date of Birth" value={values.dateOfBirth || null} onChange={(value) => set('dateOfBirth')(value ?? '')} error={errors['dateOfBirth']} required w={200} />
            </Group>
          ) : (
            <Group align="flex-start">
              <TextInput label="Authorization or Case Number" value={values.number} onChange={(event) => set('number')(event.currentTarget.value)} error={errors['number']} required w={260} />
              <TextInput label="Ordering Provider NPI" value={values.orderingNpi} onChange={(event) => set('orderingNpi')(event.currentTarget.value)} error={errors['orderingNpi']} required w={220} />
            </Group>
          )}
          <ErrorAlert error={plans.error} />
          <ErrorAlert error={lookup.error} formValues={values} />
          <Group>
            <Button type="submit" loading={lookup.isPending}>
              SEARCH
            </Button>
          </Group>
        </Stack>
      </Paper>
      {lookup.data && (
        <section aria-labelledby="lookup-results">
          <Title order={2} size="h4" id="lookup-results" mb="xs">
            Results
          </Title>
          {lookup.data.cases.length === 0 ? (
            <Text>No authorizations match. Check the details and try again.</Text>
          ) : (
            <Table.ScrollContainer minWidth={900}>
              <Table withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Authorization Number</Table.Th>
                    <Table.Th>Case Number</Table.Th>
                    <Table.Th>Member</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Procedure</Table.Th>
                    <Table.Th>Site</Table.Th>
                    <Table.Th>Expiration Date</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lookup.data.cases.map((row) => (
                    <Table.Tr key={row.id}>
                      <Table.Td>{row.authorizationNumber ?? ''}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/cases/${row.id}/detail`}>
                          {row.caseNumber ?? 'Details'}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{[row.memberLastName, row.memberFirstName].filter(Boolean).join(', ')}</Table.Td>
                      <Table.Td>{statusLabel(row.status)}</Table.Td>
                      <Table.Td>{[row.procedureCode, row.serviceDescription].filter(Boolean).join(' ')}</Table.Td>
                      <Table.Td>{row.siteName ?? ''}</Table.Td>
                      <Table.Td>{formatDate(row.validTo)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </section>
      )}
    </Stack>
  );
}
