import { Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { UserSummary } from '../../../../contracts/admin.ts';
import { RequirePermission } from '../../../app/guards.tsx';
import { ErrorAlert, errorMessage } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useSession } from '../../auth/api/get-session.ts';
import { useUsers } from '../api/list-users.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { creatableRoles, isStaffAdmin } from '../roles.ts';
import { ChangeRoleForm } from './change-role-form.tsx';
import { CreateUserForm } from './create-user-form.tsx';

const statusBadges: Record<UserSummary['status'], { label: string; color: string }> = {
  active: { label: 'Active', color: 'teal' },
  pending_verification: { label: 'Email not verified', color: 'yellow' },
  disabled: { label: 'Disabled', color: 'gray' },
};

const mfaLabels: Record<string, string> = { totp: 'App', sms: 'SMS', email: 'Email' };

function matches(user: UserSummary, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (!needle) {
    return true;
  }
  return [user.userName, user.firstName, user.lastName, user.email, user.roleLabel, user.officeName ?? '']
    .join(' ')
    .toLowerCase()
    .includes(needle);
}

function UsersContent() {
  usePageTitle('Users');
  const { data: session } = useSession();
  const users = useUsers();
  const update = useUpdateUser();
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  const [changingRole, setChangingRole] = useState<UserSummary | null>(null);
  const staffAdmin = isStaffAdmin(session);
  const canCreate = creatableRoles(session).length > 0;

  const rows = useMemo(
    () =>
      (users.data ?? [])
        .filter((user) => matches(user, filter))
        .sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`)),
    [users.data, filter],
  );

  const setStatus = (user: UserSummary, status: 'active' | 'disabled') => {
    update
      .mutateAsync({ id: user.id, input: { status } })
      .then((updated) =>
        notifications.show({
          color: 'teal',
          title: status === 'disabled' ? 'User disabled' : 'User enabled',
          message: status === 'disabled' ? `${updated.userName} can no longer log in.` : `${updated.userName} can log in again.`,
        }),
      )
      .catch((error: unknown) => notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(error) }));
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Users</Title>
          <Text mt="xs">{staffAdmin ? 'Staff users and the users of every office.' : 'The people in your office who can use Priora.'}</Text>
        </div>
        {canCreate && (
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
            Create user
          </Button>
        )}
      </Group>

      <TextInput
        label="Filter users"
        placeholder="Name, user name, email, role or office"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter}
        onChange={(event) => setFilter(event.currentTarget.value)}
        maw={420}
      />

      {users.isPending ? (
        <FullPageLoader label="Loading users…" inline />
      ) : users.isError ? (
        <ErrorAlert error={users.error} />
      ) : rows.length === 0 ? (
        <Text>{filter ? 'No users match the filter.' : 'No users yet.'}</Text>
      ) : (
        <ScrollArea type="auto">
          <Table striped highlightOnHover withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">User</Table.Th>
                <Table.Th scope="col">Role</Table.Th>
                {staffAdmin && <Table.Th scope="col">Office</Table.Th>}
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">MFA</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
                <Table.Th scope="col">Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((user) => {
                const self = user.id === session?.user?.id;
                const badge = statusBadges[user.status];
                const busy = update.isPending && update.variables?.id === user.id;
                return (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {user.firstName} {user.lastName}
                      </Text>
                      <Text size="xs">{user.userName}</Text>
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {user.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{user.roleLabel}</Table.Td>
                    {staffAdmin && <Table.Td>{user.officeName ?? 'Staff'}</Table.Td>}
                    <Table.Td>
                      <Badge color={badge.color} variant="light">
                        {badge.label}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{user.mfaMethod ? (mfaLabels[user.mfaMethod] ?? user.mfaMethod) : 'Not set up'}</Table.Td>
                    <Table.Td className="nowrap">{formatDate(user.createdAt)}</Table.Td>
                    <Table.Td>
                      {self ? (
                        <Text size="sm" c="dimmed">
                          This is you
                        </Text>
                      ) : (
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="light" onClick={() => setChangingRole(user)}>
                            Change role<VisuallyHidden> of {user.userName}</VisuallyHidden>
                          </Button>
                          {user.status === 'disabled' ? (
                            <Button size="xs" variant="light" loading={busy} onClick={() => setStatus(user, 'active')}>
                              Enable<VisuallyHidden> {user.userName}</VisuallyHidden>
                            </Button>
                          ) : (
                            <Button
                              size="xs"
                              variant="light"
                              color="red"
                              loading={busy}
                              onClick={() => setStatus(user, 'disabled')}
                            >
                              Disable<VisuallyHidden> {user.userName}</VisuallyHidden>
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}

      <Modal opened={creating} onClose={() => setCreating(false)} title="Create user" size="lg">
        <CreateUserForm onDone={() => setCreating(false)} />
      </Modal>
      <Modal opened={changingRole !== null} onClose={() => setChangingRole(null)} title="Change role">
        {changingRole && <ChangeRoleForm user={changingRole} onDone={() => setChangingRole(null)} />}
      </Modal>
    </Stack>
  );
}

export function UsersPage() {
  return (
    <RequirePermission anyOf={['staff.users.manage', 'office.users.manage']}>
      <UsersContent />
    </RequirePermission>
  );
}
