import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { createUserSchema } from '../../../../contracts/admin.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useSession } from '../../auth/api/get-session.ts';
import { useCreateUser, type CreateUserInput } from '../api/create-user.ts';
import { creatableRoles, isOfficeRole, isStaffAdmin, roleOptions, type Role } from '../roles.ts';
import { useOffices } from '../api/list-offices.ts';

interface CreateUserValues {
  userName: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
  role: string;
  officeId: string;
}

/** The body sent: the office only for office roles (an office administrator's own office is implied). */
function toInput(values: CreateUserValues): CreateUserInput {
  const { officeId, ...rest } = values;
  return { ...rest, role: values.role as CreateUserInput['role'], ...(officeId && isOfficeRole(values.role as Role) ? { officeId } : {}) };
}

export function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { data: session } = useSession();
  const roles = creatableRoles(session);
  const create = useCreateUser();
  const staffAdmin = isStaffAdmin(session);
  const offices = useOffices(staffAdmin);
  const form = useForm<CreateUserValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { userName: '', email: '', firstName: '', lastName: '', phone: '', role: roles.length === 1 ? (roles[0] ?? '') : '', officeId: '' },
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
        {staffAdmin && (
          <Text size="sm" c="dimmed">
            Staff roles belong to no office. For an office user or office administrator, choose their office.
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
          {staffAdmin && isOfficeRole(form.getValues().role as Role) && (
            <Select
              label="Office"
              placeholder={offices.isLoading ? 'Loading offices…' : 'Select'}
              data={(offices.data?.offices ?? []).map((office) => ({ value: office.id, label: `${office.name} (${office.city}, ${office.state})` }))}
              searchable
              nothingFoundMessage="No office by that name"
              allowDeselect={false}
              required
              {...form.getInputProps('officeId')}
            />
          )}
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
