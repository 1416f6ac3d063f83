import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { createUserSchema } from '../../../../contracts/admin.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useSession } from '../../auth/api/get-session.ts';
import { useCreateUser, type CreateUserInput } from '../api/create-user.ts';
import { creatableRoles, isStaffAdmin, roleOptions } from '../roles.ts';

interface CreateUserValues {
  userName: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  role: string;
}

/** The body sent: an empty optional phone is left out (the contract's phone is optional but not empty). */
function toInput(values: CreateUserValues): CreateUserInput {
  const { phone, ...rest } = values;
  return { ...rest, role: values.role as CreateUserInput['role'], ...(phone.trim() ? { phone } : {}) };
}

export function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { data: session } = useSession();
  const roles = creatableRoles(session);
  const create = useCreateUser();
  const form = useForm<CreateUserValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { userName: '', email: '', firstName: '', lastName: '', phone: '', role: roles.length === 1 ? (roles[0] ?? '') : '' },
    validate: contractValidator<CreateUserValues>(createUserSchema, toInput),
  });

  const submit = form.onSubmit(
    (values) => {
      create
        .mutateAsync(toInput(values))
        .then((user) => {
          notifications.show({
            color: 'teal',
            title: 'User created',
            message: `We emailed ${user.email} a link for ${user.userName} to set a password.`,
          });
          onDone();
        })
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {isStaffAdmin(session) && (
          <Text size="sm" c="dimmed">
            You can create staff users here. Office users are added by their office administrator (choosing an office
            here needs an office list, which Priora does not have yet).
          </Text>
        )}
        <ErrorAlert error={create.error} formValues={form.getValues()} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="First Name" required data-autofocus {...form.getInputProps('firstName')} />
          <TextInput label="Last Name" required {...form.getInputProps('lastName')} />
          <TextInput label="User Name" description="They will log in with it." required autoComplete="off" {...form.getInputProps('userName')} />
          <TextInput label="Email" type="email" required autoComplete="off" {...form.getInputProps('email')} />
          <TextInput label="Phone (optional)" type="tel" {...form.getInputProps('phone')} />
          <Select label="Role" placeholder="Select" data={roleOptions(roles)} allowDeselect={false} required {...form.getInputProps('role')} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Save and email invitation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
