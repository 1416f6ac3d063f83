import { Badge, Checkbox, Group, Loader, Paper, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useCodeSearch, type CodeSystem } from '../api/search-codes.ts';

const systems: Array<{ value: CodeSystem; label: string }> = [
  { value: 'ICD10CM', label: 'ICD-10-CM diagnoses' },
  { value: 'HCPCS', label: 'HCPCS Level II' },
];

const examples: Record<CodeSystem, string> = {
  ICD10CM: 'e.g. E11.9, M54.5 or "diab mell"',
  HCPCS: 'e.g. E0601, K0823 or "wheelchair"',
};

/** Resources → Code Lookup: ICD-10-CM and HCPCS by code prefix or words, as you type. */
export function CodeLookupPage() {
  usePageTitle('Code Lookup');
  const [system, setSystem] = useState<CodeSystem>('ICD10CM');
  const [text, setText] = useState('');
  const [billableOnly, setBillableOnly] = useState(true);
  const [q] = useDebouncedValue(text.trim(), 300);
  const search = useCodeSearch({ system, q, billableOnly });
  const codes = q ? search.data : undefined;

  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={1}>Code Lookup</Title>
        <Text mt="xs">
          Find a diagnosis (ICD-10-CM, FY2026) or a HCPCS Level II code by the start of the code or by words from its
          description.
        </Text>
      </div>
      <Paper withBorder p="lg" radius="md">
        <Stack gap="md">
          <Radio.Group label="Code set" value={system} onChange={(value) => setSystem(value)}>
            <Group gap="lg" mt={6}>
              {systems.map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Group>
          </Radio.Group>
          <TextInput
            label="Search by code or words"
            description={examples[system]}
            placeholder="Start typing…"
            leftSection={<IconSearch size={16} aria-hidden />}
            rightSection={search.isFetching ? <Loader size="xs" aria-label="Searching" /> : null}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            maxLength={100}
            autoComplete="off"
            autoFocus
          />
          <Checkbox
            label="Billable codes only"
            description={system === 'ICD10CM' ? 'Category headers such as E11 cannot be billed; leave this on to hide them.' : undefined}
            checked={billableOnly}
            onChange={(event) => setBillableOnly(event.currentTarget.checked)}
          />
        </Stack>
      </Paper>

      {q && search.isError && <ErrorAlert error={search.error} />}

      <div aria-live="polite" aria-busy={search.isFetching}>
        {codes && (
          <Text size="sm" c="dimmed" mb="xs">
            {codes.length === 0
              ? `No ${system === 'ICD10CM' ? 'ICD-10-CM' : 'HCPCS'} codes match “${q}”.`
              : `${codes.length} code${codes.length === 1 ? '' : 's'} shown${codes.length >= 50 ? ' (the first 50; type more to narrow the search)' : ''}.`}
          </Text>
        )}
      </div>

      {codes && codes.length > 0 && (
        <Table striped highlightOnHover withTableBorder>
          <Table.Caption>
            {system === 'ICD10CM' ? 'ICD-10-CM' : 'HCPCS'} codes matching “{q}”
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={120}>
                Code
              </Table.Th>
              <Table.Th scope="col">Description</Table.Th>
              <Table.Th scope="col" w={120}>
                Billable
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {codes.map((code) => (
              <Table.Tr key={`${code.system}-${code.code}`}>
                <Table.Td>
                  <Text ff="monospace" fw={600}>
                    {code.displayCode}
                  </Text>
                </Table.Td>
                <Table.Td>{code.description}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {code.billable ? (
                      <Badge color="teal" variant="light">
                        Billable
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light">
                        Header
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
