import { Button, Group, Modal, ScrollArea, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { OfficePractitioner } from '../../../../contracts/account.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { formatDate, formatPhone } from '../../../lib/format.ts';
import { useRemovePractitioner } from '../api/remove-practitioner.ts';

type SortKey = 'name' | 'npi' | 'address' | 'city' | 'state' | 'zip' | 'phone' | 'fax' | 'addedAt';

const columns: Array<{ key: SortKey; label: string }> = [
  { key: 'name', label: 'Practitioner Name' },
  { key: 'npi', label: 'NPI' },
  { key: 'address', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'zip', label: 'Zip' },
  { key: 'phone', label: 'Phone' },
  { key: 'fax', label: 'Fax' },
  { key: 'addedAt', label: 'Added' },
];

function sortValue(practitioner: OfficePractitioner, key: SortKey): string {
  // Names sort by last name, as a person scanning a list of providers expects.
  return key === 'name' ? `${practitioner.lastName} ${practitioner.firstName}`.toLowerCase() : practitioner[key].toLowerCase();
}

interface PractitionersTableProps {
  practitioners: OfficePractitioner[];
  canRemove: boolean;
}

/** The account's providers; click a column heading to sort (again to reverse). */
export function PractitionersTable({ practitioners, canRemove }: PractitionersTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const [removing, setRemoving] = useState<OfficePractitioner | null>(null);
  const remove = useRemovePractitioner();

  const sorted = useMemo(() => {
    const rows = [...practitioners].sort((a, b) => sortValue(a, sort.key).localeCompare(sortValue(b, sort.key), 'en', { numeric: true }));
    return sort.descending ? rows.reverse() : rows;
  }, [practitioners, sort]);

  const toggleSort = (key: SortKey) =>
    setSort((current) => (current.key === key ? { key, descending: !current.descending } : { key, descending: false }));

  const confirmRemove = () => {
    if (!removing) {
      return;
    }
    const name = removing.name;
    remove
      .mutateAsync(removing.id)
      .then(() => {
        notifications.show({ color: 'teal', title: 'Provider removed', message: `${name} was removed from your account.` });
        setRemoving(null);
      })
      .catch(() => undefined); // shown in the dialog
  };

  if (practitioners.length === 0) {
    return <Text>No providers on file</Text>;
  }

  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" id="practitioners-sort-hint">
        Click Column Headings to Sort
      </Text>
      <ScrollArea type="auto">
        <Table striped highlightOnHover withTableBorder aria-describedby="practitioners-sort-hint">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => {
                const active = sort.key === column.key;
                const ariaSort = active ? (sort.descending ? 'descending' : 'ascending') : 'none';
                const Icon = !active ? IconArrowsSort : sort.descending ? IconSortDescending : IconSortAscending;
                return (
                  <Table.Th key={column.key} aria-sort={ariaSort} scope="col">
                    <button type="button" className="sort-button" onClick={() => toggleSort(column.key)}>
                      {column.label}
                      <Icon size={14} aria-hidden />
                    </button>
                  </Table.Th>
                );
              })}
              {canRemove && (
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((practitioner) => (
              <Table.Tr key={practitioner.id}>
                <Table.Td>
                  {practitioner.name}
                  {practitioner.specialty && (
                    <Text size="xs" c="dimmed">
                      {practitioner.specialty}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{practitioner.npi}</Table.Td>
                <Table.Td>{practitioner.address}</Table.Td>
                <Table.Td>{practitioner.city}</Table.Td>
                <Table.Td>{practitioner.state}</Table.Td>
                <Table.Td>{practitioner.zip}</Table.Td>
                <Table.Td>{formatPhone(practitioner.phone)}</Table.Td>
                <Table.Td>{formatPhone(practitioner.fax)}</Table.Td>
                <Table.Td>{formatDate(practitioner.addedAt)}</Table.Td>
                {canRemove && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => {
                        remove.reset();
                        setRemoving(practitioner);
                      }}
                    >
                      Remove<VisuallyHidden> {practitioner.name}</VisuallyHidden>
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>

      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Remove provider?" centered>
        {removing && (
          <Stack gap="md">
            <Text>
              Remove <strong>{removing.name}</strong> (NPI {removing.npi}) from your account? You will not be able to submit
              cases for this provider over the web until you add them again.
            </Text>
            <ErrorAlert error={remove.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                Keep provider
              </Button>
              <Button color="red" onClick={confirmRemove} loading={remove.isPending}>
                Remove provider
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
