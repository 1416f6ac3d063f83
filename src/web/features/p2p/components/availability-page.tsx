import { Alert, Anchor, Button, Group, List, MultiSelect, Paper, Select, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { WEEKDAY_LABELS, type AvailabilityView } from '../../../../contracts/p2p.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { accessibleErrors, applyServerErrors, focusFirstInvalid } from '../../../lib/forms.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useStates } from '../../reference/api/list-states.ts';
import { useResourcePrograms } from '../../resources/api/list-resource-programs.ts';
import { useAvailability, useSaveAvailability } from '../api/availability.ts';
import { allTimeZones, slotDateTime } from '../p2p-time.ts';

type Values = Omit<AvailabilityView, 'published' | 'weeklyHours' | 'timeOff' | 'bookedOutsideAvailability'> & {
  weeklyHours: Array<{ weekday: string; start: string; end: string }>;
  timeOff: Array<{ from: string; to: string; note: string }>;
};

/** My P2P availability (medical directors): the zone, skills, weekly hours and time off offices book against. */
export function AvailabilityPage() {
  usePageTitle('My P2P availability');
  const availability = useAvailability();
  if (availability.isLoading) {
    return <FullPageLoader />;
  }
  if (availability.error || !availability.data) {
    return <ErrorAlert error={availability.error} />;
  }
  return <AvailabilityForm saved={availability.data} />;
}

function AvailabilityForm({ saved }: { saved: AvailabilityView }) {
  const save = useSaveAvailability();
  const programs = useResourcePrograms();
  const states = useStates();
  const form = useForm<Values>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: {
      timeZone: saved.timeZone,
      programCodes: saved.programCodes,
      specialties: saved.specialties,
      licensedStates: saved.licensedStates,
      weeklyHours: saved.weeklyHours.map((range) => ({ ...range, weekday: String(range.weekday) })),
      timeOff: saved.timeOff.map((off) => ({ ...off, note: off.note ?? '' })),
    },
  });
  const submit = form.onSubmit(
    (values) => {
      save
        .mutateAsync({
          timeZone: values.timeZone,
          programCodes: values.programCodes,
          specialties: values.specialties,
          licensedStates: values.licensedStates,
          weeklyHours: values.weeklyHours.map((range) => ({ ...range, weekday: Number(range.weekday) })),
          timeOff: values.timeOff,
        })
        .then(() => notifications.show({ color: 'teal', title: 'Availability saved', message: 'Offices can book your free slots.' }))
        .catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={900}>
        <Title order={1} size="h2">
          My P2P availability
        </Title>
        {!saved.published && <Alert color="blue">Offices cannot book a peer to peer with you until you save your availability.</Alert>}
        <BookedOutside view={saved} />
        {save.error && <ErrorAlert error={save.error} formValues={form.getValues()} />}
        <Paper withBorder p="md" radius="md">
          <Stack>
            <Select label="Time zone" description="Your weekly hours are in this zone; they stay the same wall-clock hours across daylight saving." data={allTimeZones()} searchable required {...form.getInputProps('timeZone')} />
            <MultiSelect label="Programs" data={(programs.data ?? []).map((program) => ({ value: program.code, label: program.name }))} required searchable {...form.getInputProps('programCodes')} />
            <TagsInput label="Specialties" description="Press Enter after each." {...form.getInputProps('specialties')} />
            <MultiSelect label="Licensed states" data={(states.data ?? []).map((state) => ({ value: state.abbreviation, label: state.name }))} required searchable {...form.getInputProps('licensedStates')} />
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack>
            <Title order={2} size="h4">
              Weekly hours
            </Title>
            <Text size="sm" c="dimmed">
              15-minute slots are offered within each range. Several ranges a day are allowed; they may not overlap.
            </Text>
            {form.getValues().weeklyHours.map((_, index) => (
              <Group key={index} align="flex-start">
                <Select label="Day" data={WEEKDAY_LABELS.map((label, day) => ({ value: String(day), label }))} w={110} {...form.getInputProps(`weeklyHours.${index}.weekday`)} />
                <TextInput label="From" type="time" step={900} {...form.getInputProps(`weeklyHours.${index}.start`)} />
                <TextInput label="To" type="time" step={900} {...form.getInputProps(`weeklyHours.${index}.end`)} />
                <Button mt={25} variant="subtle" color="red" onClick={() => form.removeListItem('weeklyHours', index)}>
                  Remove
                </Button>
              </Group>
            ))}
            <Group>
              <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.insertListItem('weeklyHours', { weekday: '1', start: '09:00', end: '12:00' })}>
                Add hours
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack>
            <Title order={2} size="h4">
              Time off
            </Title>
            {form.getValues().timeOff.map((_, index) => (
              <Group key={index} align="flex-start">
                <TextInput label="First day off" type="date" {...form.getInputProps(`timeOff.${index}.from`)} />
                <TextInput label="Last day off" type="date" {...form.getInputProps(`timeOff.${index}.to`)} />
                <TextInput label="Note" {...form.getInputProps(`timeOff.${index}.note`)} />
                <Button mt={25} variant="subtle" color="red" onClick={() => form.removeListItem('timeOff', index)}>
                  Remove
                </Button>
              </Group>
            ))}
            <Group>
              <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.insertListItem('timeOff', { from: '', to: '', note: '' })}>
                Add time off
              </Button>
            </Group>
          </Stack>
        </Paper>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            Save availability
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Bookings made before the hours or time off changed stay booked: the reviewer keeps or cancels each. */
function BookedOutside({ view }: { view: AvailabilityView }) {
  if (view.bookedOutsideAvailability.length === 0) {
    return null;
  }
  return (
    <Alert color="orange" title="Booked appointments outside your availability">
      <Text size="sm">These appointments were booked before your hours or time off changed. They stay booked: keep them, or cancel them on your P2P calendar (the office is told and books another time).</Text>
      <List size="sm" mt="xs">
        {view.bookedOutsideAvailability.map((one) => (
          <List.Item key={one.appointmentId}>{slotDateTime(one.startsAt, view.timeZone)}</List.Item>
        ))}
      </List>
      <Anchor component={Link} to="/p2p/calendar" size="sm">
        Open My P2P calendar
      </Anchor>
    </Alert>
  );
}
