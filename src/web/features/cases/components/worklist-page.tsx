import { Anchor, Group, Stack, Table, Tabs, Text, TextInput, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CaseWorklistRow, worklistSortColumns } from '../../../../contracts/cases.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ListPager } from '../../../components/list-pager.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useWorklist, type WorklistQuery } from '../api/tracking.ts';
import { statusLabel } from '../status.ts';

type SortColumn = (typeof worklistSortColumns)[number];
type Tab = NonNullable<WorklistQuery['tab']>;
type FilterKey = 'authorizationNumber' | 'caseNumber' | 'memberLastName' | 'providerLastName' | 'npi' | 'procedureCode' | 'siteName';

const tabs: Array<{ value: Tab; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'pending', label: 'Pending' },
  { value: 'approved', label: 'Approved' },
  { value: 'partially_approved', label: 'Partially Approved' },
  { value: 'denied', label: 'Denied' },
  { value: 'cancelled', label: 'Cancelled' },
];

interface Column {
  label: string;
  sort?: SortColumn;
  filter?: FilterKey;
  cell: (row: CaseWorklistRow) => React.ReactNode;
}

const columns: Column[] = [
  { label: 'Authorization Number', sort: 'authorizationNumber', filter: 'authorizationNumber', cell: (row) => row.authorizationNumber ?? '' },
  {
    label: 'Case Number',
    sort: 'caseNumber',
    filter: 'caseNumber',
    cell: (row) => (
      <Anchor component={Link} to={`/cases/${row.id}/detail`}>
        {row.caseNumber ?? 'Open'}
      </Anchor>
    ),
  },
  { label: 'Member Last Name', sort: 'memberLastName', filter: 'memberLastName', cell: (row) => [row.memberLastName, row.memberFirstName].filter(Boolean).join(', ') },
  { label: 'Ordering Provider', sort: 'providerLastName', filter: 'providerLastName', cell: (row) => row.providerLastName ?? '' },
  { label: 'NPI', filter: 'npi', cell: (row) => row.providerNpi ?? '' },
  { label: 'Status', sort: 'status', cell: (row) => statusLabel(row.status) },
  { label: 'Initiation Date', sort: 'submittedAt', cell: (row) => formatDate(row.submittedAt) },
  { label: 'Procedure Code', sort: 'procedureCode', filter: 'procedureCode', cell: (row) => row.procedureCode ?? '' },
  { label: 'Service Description', cell: (row) => row.serviceDescription ?? '' },
  { label: 'Site', sort: 'siteName', filter: 'siteName', cell: (row) => row.siteName ?? '' },
  { label: 'Expiration Date', sort: 'validTo', cell: (row) => formatDate(row.validTo) },
  { label: 'Documents', cell: (row) => String(row.documentCount) },
];

/** /cases: Certification Summary, the office's submitted requests. */
export function WorklistPage() {
  usePageTitle('Certification Summary');
  const [tab, setTab] = useState<Tab>('all');
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Partial<Record<FilterKey, string>>>({});
  const [sort, setSort] = useState<{ column: SortColumn; direction: 'asc' | 'desc' }>({ column: 'submittedAt', direction: 'desc' });
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue({ search, filters }, 300);

  const query: WorklistQuery = { tab, sort: sort.column, direction: sort.direction, page, pageSize: 25 };
  if (debounced.search.trim()) {
    query.q = debounced.search.trim();
  }
  for (const [key, value] of Object.entries(debounced.filters)) {
    if (value?.trim()) {
      query[key as FilterKey] = value.trim();
    }
  }
  const worklist = useWorklist(query);
  const data = worklist.data;

  const toggleSort = (column: SortColumn) => {
    setSort((before) => ({ column, direction: before.column === column && before.direction === 'asc' ? 'desc' : 'asc' }));
    setPage(1);
  };

  return (
    <Stack gap="md">
      <Title order={1}>Certification Summary</Title>
      <Text size="sm" c="dimmed">
        Track the requests your office has submitted. Select a case number for its details, correspondence and uploads.
      </Text>
      <Tabs
        value={tab}
        onChange={(value) => {
          setTab((value as Tab | null) ?? 'all');
          setPage(1);
        }}
      >
        <Tabs.List>
          {tabs.map((item) => (
            <Tabs.Tab key={item.value} value={item.value}>
              {item.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <TextInput
        label="Search"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        maw={420}
      />
      <ErrorAlert error={worklist.error} />
      <Table.ScrollContainer minWidth={1750}>
        <Table striped highlightOnHover withTableBorder>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.label} aria-sort={column.sort && sort.column === column.sort ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  {column.sort ? (
                    <UnstyledButton onClick={() => column.sort && toggleSort(column.sort)} fw={700} fz="sm">
                      <Group gap={4} wrap="nowrap">
                        {column.label}
                        {sort.column === column.sort ? (
                          sort.direction === 'asc' ? (
                            <IconArrowUp size={14} aria-hidden />
                          ) : (
                            <IconArrowDown size={14} aria-hidden />
                          )
                        ) : (
                          <IconArrowsSort size={14} aria-hidden />
                        )}
                        <VisuallyHidden>sort</VisuallyHidden>
                      </Group>
                    </UnstyledButton>
                  ) : (
                    column.label
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.label}>
                  {column.filter && (
                    <TextInput
                      size="xs"
                      aria-label={`Filter ${column.label}`}
                      value={filters[column.filter] ?? ''}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        const key = column.filter as FilterKey;
                        setFilters((before) => ({ ...before, [key]: value }));
                        setPage(1);
                      }}
                    />
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.rows.map((row) => (
              <Table.Tr key={row.id}>
                {columns.map((column) => (
                  <Table.Td key={column.label}>{column.cell(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
            {data && data.rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>No cases match.</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data && <ListPager list={data} noun="case" page={page} onChange={setPage} />}
    </Stack>
  );
}
