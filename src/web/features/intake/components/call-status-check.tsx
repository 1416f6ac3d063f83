import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { applyServerErrors } from '../../../lib/forms.ts';
import { formatDate } from '../../../lib/format.ts';
import { useLookupAuthorizations } from '../../cases/api/tracking.ts';
import { statusLabel } from '../../cases/status.ts';

/** A caller asks where a request stands: Authorization Lookup by case or authorization number and the ordering NPI. */
export function CallStatusCheck() {
  const lookup = useLookupAuthorizations();
  const [values, setValues] = useState({ number: '', orderingNpi: '' });
  const [errors, setErrors] = useState<Record<string, ReactNode>>({});
  const form = { getValues: () => values, setErrors };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    lookup.mutate({ by: 'number', number: values.number.trim(), orderingNpi: values.orderingNpi.trim() }, { onError: (error) => applyServerErrors(form, error) });
  };
  return (
    <section aria-labelledby="status-check-heading">
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="status-check-heading">
            Status for the caller
          </Title>
          <Group align="flex-start">
            <TextInput label="Case or Authorization Number" value={values.number} onChange={(event) => setValues({ ...values, number: event.currentTarget.value })} error={errors['number']} required w={260} />
            <TextInput label="Ordering Provider NPI" value={values.orderingNpi} onChange={(event) => setValues({ ...values, orderingNpi: event.currentTarget.value })} error={errors['orderingNpi']} required w={220} />
            <Button type="submit" mt={24} loading={lookup.isPending}>
              CHECK STATUS
            </Button>
          </Group>
          <ErrorAlert error={lookup.error} formValues={values} />
          <div aria-live="polite">
            {lookup.data && lookup.data.cases.length === 0 && <Text size="sm">No request of this office has that number and ordering NPI.</Text>}
            {lookup.data && lookup.data.cases.length > 0 && (
              <Table withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Case Number</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th>Procedure</Table.Th>
                    <Table.Th>Expiration Date</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {lookup.data.cases.map((row) => (
                    <Table.Tr key={row.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/cases/${row.id}/detail`}>
                          {row.caseNumber ?? 'Details'}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{statusLabel(row.status)}</Table.Td>
                      <Table.Td>{[row.procedureCode, row.serviceDescription].filter(Boolean).join(' ')}</Table.Td>
                      <Table.Td>{formatDate(row.validTo) || 'N/A'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </div>
        </Stack>
      </Paper>
    </section>
  );
}
