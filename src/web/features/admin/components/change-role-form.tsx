import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { UserSummary } from '../../../../contracts/admin.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { useSession } from '../../auth/api/get-session.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { assignableRoles, roleOptions, type Role } from '../roles.ts';

export function ChangeRoleForm({ user, onDone }: { user: UserSummary; onDone: () => void }) {
  const { data: session } = useSession();
  const update = useUpdateUser();
  const [role, setRole] = useState<string | null>(user.role);
  const options = roleOptions(assignableRoles(session, user));

  const save = () => {
    if (!role || role === user.role) {
      onDone();
      return;
    }
    update
      .mutateAsync({ id: user.id, input: { role: role as Role } })
      .then((updated) => {
        notifications.show({ color: 'teal', title: 'Role changed', message: `${updated.userName} is now ${updated.roleLabel}.` });
        onDone();
      })
      .catch(() => undefined); // shown below
  };

  return (
    <Stack gap="md">
      <Text>
        {user.firstName} {user.lastName} ({user.userName}) is currently <strong>{user.roleLabel}</strong>.
      </Text>
      <ErrorAlert error={update.error} />
      <Select label="New role" data={options} value={role} onChange={setRole} allowDeselect={false} data-autofocus />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={save} loading={update.isPending}>
          Save role
        </Button>
      </Group>
    </Stack>
  );
}
