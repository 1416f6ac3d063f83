import { Button, Checkbox, Group, Radio, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { bookingSchema, CALL_NOTE_OPTIONS, PERFORMER_KINDS, PERFORMER_LABELS, PROCEDURE_PERFORMED_NOTE, type BookingInput, type SlotView } from '../../../../contracts/p2p.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useSession } from '../../auth/api/get-session.ts';
import { slotDateTime } from '../p2p-time.ts';

const CREDENTIALS = ['MD', 'DO', 'NP', 'PA', 'DPM', 'DC', 'PhD', 'RN'];

interface Values {
  performerKind: (typeof PERFORMER_KINDS)[number];
  name: string;
  credential: string | null;
  phone: string;
  phoneExtension: string;
  alternatePhone: string;
  email: string;
  contactInstructions: string;
  notes: string[];
  procedureDate: string;
}

interface Props {
  caseIds: readonly string[];
  slot: SlotView;
  timeZone: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: BookingInput) => Promise<unknown>;
  onBack: () => void;
}

/**
 * Step 3 (seed 003 "P2P Contact Details" and "Call Notes"): who performs the P2P and how to reach
 * them. As the seeds say, the email (and the name, when the contact person performs it) come from
 * the signed-in user; both can be changed.
 */
export function ContactForm({ caseIds, slot, timeZone, pending, error, onSubmit, onBack }: Props) {
  const user = useSession().data?.user;
  const userName = user ? `${user.firstName} ${user.lastName}`.trim() : '';
  const toInput = (values: Values): BookingInput => ({
    caseIds: [...caseIds],
    slot: { reviewerUserId: slot.reviewerUserId, startsAt: slot.startsAt },
    timeZone,
    performer: { kind: values.performerKind, name: values.name, credential: values.credential ?? '' },
    phone: values.phone,
    phoneExtension: values.phoneExtension,
    alternatePhone: values.alternatePhone,
    email: values.email,
    contactInstructions: values.contactInstructions,
    callNotes: values.notes.map((kind) => ({ kind: kind as (typeof CALL_NOTE_OPTIONS)[number], ...(kind === PROCEDURE_PERFORMED_NOTE ? { date: values.procedureDate || undefined } : {}) })),
  });
  const form = useForm<Values>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { performerKind: 'requesting_provider', name: '', credential: null, phone: '', phoneExtension: '', alternatePhone: '', email: user?.email ?? '', contactInstructions: '', notes: [], procedureDate: '' },
    validate: (values) => {
      const errors = contractValidator<Values>(bookingSchema, toInput)(values);
      // The schema's paths, moved onto this form's inputs.
      const moved: Record<string, React.ReactNode> = {};
      for (const [path, message] of Object.entries(errors)) {
        moved[path === 'performer.name' ? 'name' : path === 'performer.credential' ? 'credential' : path.startsWith('callNotes.') ? 'procedureDate' : path] = message;
      }
      return moved;
    },
  });
  const submit = form.onSubmit(
    (values) => {
      onSubmit(toInput(values)).catch((failure: unknown) => applyServerErrors(form, failure));
    },
    () => focusFirstInvalid(),
  );
  const kind = form.getValues().performerKind;
  // The contact person is the signed-in user: their name, unless one was typed; leaving that choice takes it away again.
  const choosePerformer = (next: string) => {
    const name = form.getValues().name.trim();
    if (next === 'contact_person' && name === '' && userName) {
      form.setFieldValue('name', userName);
    } else if (next !== 'contact_person' && kind === 'contact_person' && name === userName) {
      form.setFieldValue('name', '');
    }
    form.setFieldValue('performerKind', next as Values['performerKind']);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={2} size="h4">
          P2P Contact Details
        </Title>
        <Text>
          Appointment: <strong>{slotDateTime(slot.startsAt, timeZone)}</strong> with {slot.reviewerName}
        </Text>
        {error !== null && <ErrorAlert error={error} />}
        <Radio.Group label="Who will be performing the P2P consultation?" required {...form.getInputProps('performerKind')} onChange={choosePerformer}>
          <Group mt="xs">
            {PERFORMER_KINDS.map((one) => (
              <Radio key={one} value={one} label={PERFORMER_LABELS[one]} />
            ))}
          </Group>
        </Radio.Group>
        <Group grow align="flex-start">
          <TextInput label={kind === 'requesting_provider' ? 'Name of Referring Physician on Case' : 'Name'} required {...form.getInputProps('name')} />
          <Select label="Credential" data={CREDENTIALS} required={kind !== 'contact_person'} clearable {...form.getInputProps('credential')} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label="Phone Number for P2P" required {...form.getInputProps('phone')} />
          <TextInput label="Phone Ext." {...form.getInputProps('phoneExtension')} />
          <TextInput label="Alternate Phone" {...form.getInputProps('alternatePhone')} />
        </Group>
        <TextInput label="Requesting Provider Email" description={user?.email ? 'From your account; change it if the confirmation should go elsewhere.' : undefined} required {...form.getInputProps('email')} />
        <Textarea label="Contact Instructions" placeholder="Select option 4, ask for Dr. Doe" autosize minRows={2} {...form.getInputProps('contactInstructions')} />
        <Checkbox.Group label="Call Notes" {...form.getInputProps('notes')}>
          <Stack gap={6} mt="xs">
            {CALL_NOTE_OPTIONS.map((note) => (
              <Checkbox key={note} value={note} label={note} />
            ))}
          </Stack>
        </Checkbox.Group>
        {form.getValues().notes.includes(PROCEDURE_PERFORMED_NOTE) && <TextInput label="Procedure was performed on" type="date" required {...form.getInputProps('procedureDate')} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onBack}>
            Choose another time
          </Button>
          <Button type="submit" loading={pending}>
            Schedule Appointment
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
