import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { accountUpdateSchema, type AccountView } from '../../../../contracts/account.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { formatPhone } from '../../../lib/format.ts';
import { StateSelect } from '../../reference/components/state-select.tsx';
import { useUpdateAccount } from '../api/update-account.ts';

interface AccountValues {
  officeName: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
  contactEmail: string;
}

/** EDIT ACCOUNT (office administrators): the office's name, address, phone, fax and contact email. */
export function EditAccountForm({ account, onDone }: { account: AccountView; onDone: () => void }) {
  const update = useUpdateAccount();
  const form = useForm<AccountValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: {
      officeName: account.office.name,
      address: account.office.address,
      city: account.office.city,
      state: account.office.state,
      zip: account.office.zip,
      phone: formatPhone(account.office.phone),
      fax: account.office.fax ? formatPhone(account.office.fax) : '',
      contactEmail: account.primaryContact?.email ?? '',
    },
    validate: contractValidator<AccountValues>(accountUpdateSchema),
  });

  const submit = form.onSubmit(
    (values) => {
      update
        .mutateAsync(values)
        .then(() => {
          notifications.show({ color: 'teal', title: 'Account updated', message: 'Your office details were saved.' });
          onDone();
        })
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ErrorAlert error={update.error} formValues={form.getValues()} />
        <TextInput label="Office Name" required data-autofocus {...form.getInputProps('officeName')} />
        <TextInput label="Address" autoComplete="address-line1" required {...form.getInputProps('address')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label="City" autoComplete="address-level2" required {...form.getInputProps('city')} />
          <StateSelect label="State" required {...form.getInputProps('state')} />
          <TextInput label="Zip" autoComplete="postal-code" required {...form.getInputProps('zip')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Office Phone" type="tel" required {...form.getInputProps('phone')} />
          <TextInput label="Office Fax" description="Letters and notices are faxed here." type="tel" {...form.getInputProps('fax')} />
        </SimpleGrid>
        <TextInput
          label="Contact Email"
          description="Where Priora sends this office's notifications."
          type="email"
          required
          {...form.getInputProps('contactEmail')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
