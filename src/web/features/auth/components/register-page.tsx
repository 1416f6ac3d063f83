import { Alert, Anchor, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { portalPreferences, registrationSchema } from '../../../../contracts/auth.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { StateSelect } from '../../reference/components/state-select.tsx';
import { useRegister, type RegistrationInput } from '../api/register.ts';

interface RegistrationValues {
  portalPreference: string;
  userName: string;
  email: string;
  confirmEmail: string;
  firstName: string;
  lastName: string;
  phone: string;
  phoneExtension: string;
  fax: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  officeName: string;
  npi: string;
  tin: string;
}

const initialValues: RegistrationValues = {
  portalPreference: '',
  userName: '',
  email: '',
  confirmEmail: '',
  firstName: '',
  lastName: '',
  phone: '',
  phoneExtension: '',
  fax: '',
  address: '',
  city: '',
  state: '',
  zip: '',
  officeName: '',
  npi: '',
  tin: '',
};

export function RegisterPage() {
  usePageTitle('Register');
  const navigate = useNavigate();
  const registration = useRegister();
  const form = useForm<RegistrationValues>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues,
    validate: contractValidator<RegistrationValues>(registrationSchema),
  });

  const submit = form.onSubmit(
    (values) => {
      registration
        .mutateAsync(values as RegistrationInput)
        .then((result) => navigate('/register/complete', { state: { email: values.email.trim(), message: result.message } }))
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );

  return (
    <Stack gap="lg" maw={880} mx="auto">
      <div>
        <Title order={1}>Create an account</Title>
        <Text mt="xs">
          Complete the form and select Submit Registration. We will email you a link to verify your address and create a
          password; then you can log in.
        </Text>
      </div>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          <ErrorAlert error={registration.error} formValues={form.getValues()} />
          <Fieldset legend="Web Portal Preference">
            <Select
              label="Default Portal"
              description="Choose the portal listed in your provider training material. It is the portal you will use to submit cases over the web."
              placeholder="Select"
              data={[...portalPreferences]}
              allowDeselect={false}
              required
              maw={420}
              {...form.getInputProps('portalPreference')}
            />
          </Fieldset>

          <Fieldset legend="User Information">
            <Stack gap="md">
              <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
                All Pre-Authorization notifications will be sent to the fax number and email address provided below.
                Please make sure you provide valid information.
              </Alert>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label="User Name"
                  description="4 to 50 letters, digits, dots, dashes or underscores. You will log in with it."
                  autoComplete="username"
                  required
                  {...form.getInputProps('userName')}
                />
                <TextInput label="Office Name" autoComplete="organization" required {...form.getInputProps('officeName')} />
                <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
                <TextInput label="Confirm Email" type="email" autoComplete="off" required {...form.getInputProps('confirmEmail')} />
                <TextInput label="First Name" autoComplete="given-name" required {...form.getInputProps('firstName')} />
                <TextInput label="Last Name" autoComplete="family-name" required {...form.getInputProps('lastName')} />
                <Group gap="sm" align="flex-start" wrap="nowrap">
                  <TextInput label="Phone" type="tel" autoComplete="tel-national" required style={{ flex: 1 }} {...form.getInputProps('phone')} />
                  <TextInput label="Ext (optional)" inputMode="numeric" w={120} {...form.getInputProps('phoneExtension')} />
                </Group>
                <TextInput label="Fax (optional)" type="tel" autoComplete="off" {...form.getInputProps('fax')} />
                <TextInput label="Address" autoComplete="address-line1" required {...form.getInputProps('address')} />
                <TextInput label="City" autoComplete="address-level2" required {...form.getInputProps('city')} />
                <Group gap="sm" align="flex-start" wrap="nowrap">
                  <StateSelect label="State" required style={{ flex: 1 }} {...form.getInputProps('state')} />
                  <TextInput label="Zip" autoComplete="postal-code" inputMode="numeric" required w={130} {...form.getInputProps('zip')} />
                </Group>
              </SimpleGrid>
            </Stack>
          </Fieldset>

          <Fieldset legend="Physician/Facility Information">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label="Individual NPI (optional)"
                description="The 10-digit National Provider Identifier."
                inputMode="numeric"
                {...form.getInputProps('npi')}
              />
              <TextInput label="Tax ID (optional)" description="The 9-digit TIN, e.g. 12-3456789." inputMode="numeric" {...form.getInputProps('tin')} />
            </SimpleGrid>
          </Fieldset>

          <Group justify="space-between">
            <Text size="sm">
              Already have an account?{' '}
              <Anchor component={Link} to="/login">
                Log in
              </Anchor>
            </Text>
            <Button type="submit" size="md" loading={registration.isPending}>
              Submit Registration
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
