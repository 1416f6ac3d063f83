import { Alert, Anchor, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconInfoCircle, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { legacyStatuses, type LegacyStatus } from '../../../../contracts/legacy.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ListPager } from '../../../components/list-pager.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { statusLabel } from '../../cases/status.ts';
import { useLegacySummary } from '../api/get-legacy-summary.ts';
import { type LegacyCaseQuery, useLegacyCases } from '../api/list-legacy-cases.ts';
import { migrationSentence } from '../legacy-words.ts';

/** The banner: which requests are here and why, from the plans' migration dates. */
export function MigrationBanner() {
  const summary = useLegacySummary();
  const migrations = summary.data?.migrations ?? [];
  return (
    <Alert color="blue" icon={<IconInfoCircle aria-hidden />} title="Requests made in the legacy portal">
      <Stack gap={4}>
        {migrations.map((migration) => (
          <Text key={`${migration.planCode}-${migration.programCode}-${migration.currentPortalFrom}`} size="sm">
            {migrationSentence(migration)}
          </Text>
        ))}
        <Text size="sm">
          Legacy requests can be viewed here but not changed. To request an authorization, use the current portal (the same sign-in works for
          both).
        </Text>
      </Stack>
    </Alert>
  );
}

/** /legacy: the office's legacy authorizations in one table, requested by individual codes. */
export function LegacyCasesPage() {
  usePageTitle('Legacy authorizations');
  const [search, setSearch] = useState('');
  const [code, setCode] = useState('');
  const [status, setStatus] = useState<LegacyStatus | null>(null);
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue({ search, code }, 300);

  const query: LegacyCaseQuery = { page, pageSize: 25 };
  if (debounced.search.trim()) {
    query.q = debounced.search.trim();
  }
  if (debounced.code.trim()) {
    query.code = debounced.code.trim();
  }
  if (status) {
    query.status = status;
  }
  const list = useLegacyCases(query);
  const data = list.data;

  return (
    <Stack gap="md">
      <Title order={1}>Legacy authorizations</Title>
      <MigrationBanner />
      <Group align="flex-end" gap="md">
        <TextInput
          label="Search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setPage(1);
          }}
          w={320}
        />
        <TextInput
          label="Procedure Code"
          value={code}
          onChange={(event) => {
            setCode(event.currentTarget.value);
            setPage(1);
          }}
          w={160}
        />
        <Select
          label="Status"
          placeholder="All"
          clearable
          data={legacyStatuses.map((value) => ({ value, label: statusLabel(value) }))}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          w={200}
        />
      </Group>
      <ErrorAlert error={list.error} />
      <Table.ScrollContainer minWidth={1400}>
        <Table striped highlightOnHover withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Case Number</Table.Th>
              <Table.Th>Authorization Number</Table.Th>
              <Table.Th>Member</Table.Th>
              <Table.Th>Ordering Provider</Table.Th>
              <Table.Th>Health Plan</Table.Th>
              <Table.Th>Program</Table.Th>
              <Table.Th>Requested</Table.Th>
              <Table.Th>Simulation / Service Date</Table.Th>
              <Table.Th>Procedure Codes</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Expiration Date</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/legacy/${row.id}`}>
                    {row.caseNumber ?? 'Open'}
                  </Anchor>
                </Table.Td>
                <Table.Td>{row.authorizationNumber ?? ''}</Table.Td>
                <Table.Td>{[row.memberLastName, row.memberFirstName].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>{[row.providerLastName, row.providerNpi ? `NPI ${row.providerNpi}` : null].filter(Boolean).join(' · ')}</Table.Td>
                <Table.Td>{row.planName ?? ''}</Table.Td>
                <Table.Td>{row.programName}</Table.Td>
                <Table.Td>{formatDate(row.requestedAt)}</Table.Td>
                <Table.Td>{row.simulationDate ? `Simulation ${formatDate(row.simulationDate)}` : formatDate(row.dateOfService)}</Table.Td>
                <Table.Td>{row.codes.join(', ')}</Table.Td>
                <Table.Td>{statusLabel(row.status)}</Table.Td>
                <Table.Td>{formatDate(row.validTo)}</Table.Td>
              </Table.Tr>
            ))}
            {data && data.rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={11}>No legacy authorizations match.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && <ListPager list={data} noun="legacy authorization" page={page} onChange={setPage} />}
    </Stack>
  );
}
