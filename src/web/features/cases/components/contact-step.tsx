import { Checkbox, Grid, Stack, Text, TextInput } from '@mantine/core';
import { stepInputSchemas } from '../../../../contracts/cases.ts';
import { contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { formatPhone } from '../../../lib/format.ts';
import { useSession } from '../../auth/api/get-session.ts';
import { StepActions } from './step-actions.tsx';
import { StepFeedback } from './step-feedback.tsx';
import { StepHeading } from './step-heading.tsx';
import { useStepForm, useStepSave, useWizard } from './wizard-context.tsx';

interface ContactValues extends Record<string, unknown> {
  providerName: string;
  contactName: string;
  fax: string;
  phone: string;
  phoneExtension: string;
  cell: string;
  email: string;
  notifyOnStatusChange: boolean;
}

/**
 * Step 4: who to contact about this request. Prefilled from the provider's address for the plan and
 * the signed-in person; changes apply to this request only. E-notification is on by default.
 */
export function ContactStep() {
  const { view } = useWizard();
  const { data: session } = useSession();
  const user = session?.user;
  const save = useStepSave('contact');
  const form = useStepForm<ContactValues>('contact', {
    initial: () => {
      const saved = view.contact;
      if (saved) {
        return {
          providerName: saved.providerName,
          contactName: saved.contactName,
          fax: formatPhone(saved.fax),
          phone: formatPhone(saved.phone),
          phoneExtension: saved.phoneExtension ?? '',
          cell: formatPhone(saved.cell),
          email: saved.email,
          notifyOnStatusChange: saved.notifyOnStatusChange,
        };
      }
      return {
        providerName: view.provider?.name ?? '',
        contactName: user ? `${user.firstName} ${user.lastName}` : '',
        fax: formatPhone(view.providerAddress?.fax),
        phone: formatPhone(view.providerAddress?.phone),
        phoneExtension: '',
        cell: '',
        email: user?.email ?? '',
        notifyOnStatusChange: true,
      };
    },
    validate: contractValidator<ContactValues>(stepInputSchemas.contact),
  });

  const submit = form.onSubmit((input) => save.submit(input, form), () => focusFirstInvalid());

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <StepHeading>Add Your Contact Info</StepHeading>
        <StepFeedback error={save.error} formValues={form.getValues()} />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Provider's Name" required autoComplete="off" {...form.getInputProps('providerName')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Who to Contact" required autoComplete="name" {...form.getInputProps('contactName')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Fax" type="tel" required {...form.getInputProps('fax')} />
          </Grid.Col>
          <Grid.Col span={{ base: 8, sm: 4 }}>
            <TextInput label="Phone" type="tel" required {...form.getInputProps('phone')} />
          </Grid.Col>
          <Grid.Col span={{ base: 4, sm: 2 }}>
            <TextInput label="Ext." autoComplete="off" {...form.getInputProps('phoneExtension')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Cell Phone" type="tel" {...form.getInputProps('cell')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Email" type="email" required autoComplete="email" {...form.getInputProps('email')} />
          </Grid.Col>
        </Grid>
        <Checkbox
          label="Receive notification of case status changes"
          description="By email to the address above. Clear this box to receive faxed notices instead."
          {...form.getInputProps('notifyOnStatusChange', { type: 'checkbox' })}
        />
        <Text size="sm">
          Please review the fax and phone numbers presented for accuracy. Change them as necessary and click “Confirm
          Fax and Continue” to confirm they are correct. Changes apply only to this request. If you wish the change to
          be permanent, please contact the health plan.
        </Text>
        <StepActions step="contact" continueLabel="CONFIRM FAX AND CONTINUE" loading={save.isPending} />
      </Stack>
    </form>
  );
}
