import { Button, Grid, Group, Paper, ScrollArea, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatPhone } from '../../../lib/format.ts';
import { usePhysicianSearch, type PhysicianSearchParams } from '../api/search-physicians.ts';

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value.trim());

/**
 * Seed 004: a DME supplier does not order equipment itself, so it names the referring
 * physician, found in the registry by TIN or NPI and narrowed by last name, city and zip.
 */
export function PhysicianSearch({ onChoose, saving }: { onChoose: (locationId: string) => void; saving: boolean }) {
  const [values, setValues] = useState({ tin: '', npi: '', lastName: '', city: '', zip: '' });
  const [params, setParams] = useState<PhysicianSearchParams | null>(null);
  const [missingKey, setMissingKey] = useState(false);
  const results = usePhysicianSearch(params);
  const field = (name: keyof typeof values) => ({
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.currentTarget.value }),
  });

  const search = (event: React.FormEvent) => {
    event.preventDefault();
    const wanted: PhysicianSearchParams = {};
    for (const [name, value] of Object.entries(values) as Array<[keyof typeof values, string]>) {
      const trimmed = blankToUndefined(value);
      if (trimmed) {
        wanted[name] = trimmed;
      }
    }
    const hasKey = wanted.npi !== undefined || wanted.tin !== undefined;
    setMissingKey(!hasKey);
    setParams(hasKey ? wanted : null);
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={search} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h4">
            Search for Physician
          </Title>
          <Text size="sm">Search by TIN, NPI, physician last name, city and/or zip (requires NPI or TIN).</Text>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label="TIN" inputMode="numeric" autoComplete="off" {...field('tin')} error={missingKey ? 'Enter an NPI or a TIN.' : undefined} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label="Physician NPI" inputMode="numeric" autoComplete="off" {...field('npi')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label="Physician Last Name" autoComplete="off" {...field('lastName')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="Physician City" autoComplete="off" {...field('city')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label="Physician Zip" inputMode="numeric" autoComplete="off" {...field('zip')} />
            </Grid.Col>
          </Grid>
          <Group>
            <Button type="submit" variant="outline" leftSection={<IconSearch size={16} aria-hidden />} loading={results.isFetching}>
              SEARCH PHYSICIANS
            </Button>
          </Group>
          <ErrorAlert error={results.error} />
          {results.data && results.data.length === 0 && <Text role="status">No physician matches that search. Check the numbers, or search by NPI or TIN alone.</Text>}
          {results.data && results.data.length > 0 && (
            <ScrollArea type="auto">
              <Table striped withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">
                      <VisuallyHidden>Choose</VisuallyHidden>
                    </Table.Th>
                    <Table.Th scope="col">Physician</Table.Th>
                    <Table.Th scope="col">NPI</Table.Th>
                    <Table.Th scope="col">Specialty</Table.Th>
                    <Table.Th scope="col">Address</Table.Th>
                    <Table.Th scope="col">Phone</Table.Th>
                    <Table.Th scope="col">Fax</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {results.data.map((physician) => (
                    <Table.Tr key={physician.locationId}>
                      <Table.Td>
                        <Button size="xs" onClick={() => onChoose(physician.locationId)} disabled={saving}>
                          SELECT<VisuallyHidden> {physician.name}, {physician.address}</VisuallyHidden>
                        </Button>
                      </Table.Td>
                      <Table.Td>{physician.name}</Table.Td>
                      <Table.Td>{physician.npi}</Table.Td>
                      <Table.Td>{physician.specialty}</Table.Td>
                      <Table.Td>
                        {physician.address}, {physician.city}, {physician.state} {physician.zip}
                      </Table.Td>
                      <Table.Td className="nowrap">{formatPhone(physician.phone)}</Table.Td>
                      <Table.Td className="nowrap">{formatPhone(physician.fax)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
