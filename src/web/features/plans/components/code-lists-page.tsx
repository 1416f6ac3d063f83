import { Alert, Button, Card, Group, ScrollArea, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { addProcedureSchema } from '../../../../contracts/plan-admin.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { hasPermission, useSession } from '../../auth/api/get-session.ts';
import { useAddProcedure, usePrograms, useProgramProcedures, type AddProcedureInput } from '../api/program-procedures.ts';

function AddCodeForm({ programCode }: { programCode: string }) {
  const add = useAddProcedure(programCode);
  const form = useForm<AddProcedureInput>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { code: '', codeSystem: 'CPT', description: '' },
    validate: contractValidator<AddProcedureInput>(addProcedureSchema),
  });
  const submit = form.onSubmit(
    (values) =>
      void add
        .mutateAsync(values)
        .then(() => {
          notifications.show({ color: 'teal', title: 'Code added', message: `${values.code.toUpperCase()} can now be requested under ${programCode}.` });
          form.reset();
        })
        .catch((error: unknown) => applyServerErrors(form, error)),
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Alert color="yellow">CPT descriptors are copyrighted by the AMA: describe a CPT code in your own plain words. HCPCS and program codes may use the public description.</Alert>
        <ErrorAlert error={add.error} formValues={form.getValues()} />
        <Group align="flex-end">
          <TextInput label="Code" w={140} {...form.getInputProps('code')} />
          <Select
            label="Code system"
            w={140}
            data={[
              { value: 'CPT', label: 'CPT' },
              { value: 'HCPCS', label: 'HCPCS' },
              { value: 'PROGRAM', label: 'Program code' },
            ]}
            allowDeselect={false}
            {...form.getInputProps('codeSystem')}
          />
          <TextInput label="Description" style={{ flex: 1 }} {...form.getInputProps('description')} />
          <Button type="submit" loading={add.isPending}>
            Add code
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What can be requested under each program; a plan's policy may exempt codes or settings. */
export function CodeListsPage() {
  usePageTitle('Code lists');
  const { data: session } = useSession();
  const programs = usePrograms();
  const [programCode, setProgramCode] = useState<string | null>(null);
  const procedures = useProgramProcedures(programCode);
  const [filter, setFilter] = useState('');
  const rows = (procedures.data ?? []).filter((row) => `${row.code} ${row.description}`.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <Stack>
      <Title order={1}>Code lists</Title>
      <Text c="dimmed">The codes offered in each program. They need authorization for every plan that contracts the program, unless the plan's policy exempts the code or the setting.</Text>
      <ErrorAlert error={programs.error ?? procedures.error} />
      <Group align="flex-end">
        <Select label="Program" placeholder="Choose a program" data={(programs.data ?? []).map((program) => ({ value: program.code, label: program.name }))} value={programCode} onChange={setProgramCode} w={320} />
        {programCode && <TextInput label="Find" placeholder="Code or words" value={filter} onChange={(event) => setFilter(event.currentTarget.value)} />}
      </Group>
      {programCode && (
        <Card withBorder>
          <Stack>
            <ScrollArea h={420}>
              <Table striped stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Code</Table.Th>
                    <Table.Th>System</Table.Th>
                    <Table.Th>Description</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.code}>
                      <Table.Td>{row.code}</Table.Td>
                      <Table.Td>{row.codeSystem}</Table.Td>
                      <Table.Td>{row.description}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            <Text size="sm" c="dimmed">
              {rows.length} of {procedures.data?.length ?? 0} codes
            </Text>
            {hasPermission(session, 'plans.manage') && (
              <>
                <Title order={2} size="h4">
                  Add a code to {programCode}
                </Title>
                <AddCodeForm key={programCode} programCode={programCode} />
              </>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
