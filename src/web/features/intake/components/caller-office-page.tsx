import { Alert, Button, Group, Paper, ScrollArea, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPhoneCall, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { officeSearchSchema, type CallerOffice } from '../../../../contracts/intake.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { formatPhone } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSession } from '../../auth/api/get-session.ts';
import { useCallerOffices, useStartCall } from '../api/calls.ts';
import { CallStatusCheck } from './call-status-check.tsx';
import { EndCallButton } from './end-call-button.tsx';

const identifiers = (office: Pick<CallerOffice, 'npi' | 'tin'>) => [office.tin ? `TIN ${office.tin}` : '', office.npi ? `NPI ${office.npi}` : ''].filter(Boolean).join(' · ');

function OfficeResults({ offices }: { offices: CallerOffice[] }) {
  const start = useStartCall();
  if (offices.length === 0) {
    return (
      <Alert color="yellow" variant="light" title="No office found">
        No office has that NPI or TIN, and no practitioner on an office&apos;s account has it. Check the number with the caller.
      </Alert>
    );
  }
  return (
    <Stack gap="xs">
      <ErrorAlert error={start.error} title="The call could not be started" />
      <ScrollArea type="auto">
        <Table striped withTableBorder>
          <Table.Caption>
            {offices.length} office{offices.length === 1 ? '' : 's'} found: confirm the office name and address with the caller
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Office</Table.Th>
              <Table.Th scope="col">Address</Table.Th>
              <Table.Th scope="col">Phone</Table.Th>
              <Table.Th scope="col">Office TIN / NPI</Table.Th>
              <Table.Th scope="col">Practitioner NPIs</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Action</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {offices.map((office) => (
              <Table.Tr key={office.id}>
                <Table.Td>{office.name}</Table.Td>
                <Table.Td>
                  {office.address}, {office.city}, {office.state} {office.zip}
                </Table.Td>
                <Table.Td className="nowrap">{formatPhone(office.phone)}</Table.Td>
                <Table.Td>{identifiers(office)}</Table.Td>
                <Table.Td>{office.practitionerNpis.join(', ')}</Table.Td>
                <Table.Td>
                  <Button size="xs" leftSection={<IconPhoneCall size={14} aria-hidden />} loading={start.isPending && start.variables === office.id} onClick={() => start.mutate(office.id)}>
                    Start call for this office<VisuallyHidden>: {office.name}</VisuallyHidden>
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}

/** Between calls: find the caller's office by an NPI or a TIN, then start the call for it. */
function OfficeSearch() {
  const [q, setQ] = useState<string | null>(null);
  const offices = useCallerOffices(q);
  const form = useForm<{ q: string }>({ mode: 'controlled', ...accessibleErrors, initialValues: { q: '' }, validate: contractValidator<{ q: string }>(officeSearchSchema) });
  const submit = form.onSubmit(
    (values) => setQ(officeSearchSchema.parse(values).q),
    () => focusFirstInvalid(),
  );
  // The server's field message (a 400 from the search) goes on the input like any form's.
  const searchError = offices.error;
  useEffect(() => {
    applyServerErrors(form, searchError);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new error arrives
  }, [searchError]);
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            Ask the caller for their office&apos;s tax ID (TIN), or the NPI of the office or of the ordering provider.
          </Text>
          <Group align="flex-start">
            <TextInput label="NPI or TIN" description="10-digit NPI or 9-digit TIN" inputMode="numeric" autoComplete="off" required w={260} {...form.getInputProps('q')} />
            <Button type="submit" mt={24} leftSection={<IconSearch size={16} aria-hidden />} loading={offices.isFetching}>
              SEARCH
            </Button>
          </Group>
          <ErrorAlert error={offices.error} formValues={form.getValues()} />
        </Stack>
      </Paper>
      <div aria-live="polite">{offices.data && <OfficeResults offices={offices.data} />}</div>
    </Stack>
  );
}

/** /intake: the intake agent's Caller's office page (C10). */
export function CallerOfficePage() {
  usePageTitle('Caller’s office');
  const { data: session } = useSession();
  const office = session?.actingOffice;
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>Caller’s office</Title>
      {office ? (
        <>
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between" align="flex-start">
              <div>
                <Text fw={600}>On a call for {office.name}</Text>
                <Text size="sm">{identifiers(office)}</Text>
                <Text size="sm" mt="xs">
                  Request an authorization, look one up or check eligibility from the menu: Priora answers for this office
                  until you end the call.
                </Text>
              </div>
              <EndCallButton />
            </Group>
          </Paper>
          <CallStatusCheck />
        </>
      ) : (
        <OfficeSearch />
      )}
    </Stack>
  );
}
