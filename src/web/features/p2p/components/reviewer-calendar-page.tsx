import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { outcomeSchema, P2P_OUTCOME_LABELS, P2P_OUTCOMES, type AppointmentView } from '../../../../contracts/p2p.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAppointments, useRecordOutcome } from '../api/appointments.ts';
import { dayLabel, slotDateTime, slotTime } from '../p2p-time.ts';
import { AppointmentSummary } from './appointment-summary.tsx';

const dateIn = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

/** The medical director's P2P calendar: appointments by day in their own zone, with the office's local time; the outcome after the call. */
export function ReviewerCalendarPage() {
  usePageTitle('My P2P calendar');
  const list = useAppointments();
  if (list.isLoading) {
    return <FullPageLoader />;
  }
  if (list.error) {
    return <ErrorAlert error={list.error} />;
  }
  const appointments = list.data?.appointments ?? [];
  const days = [...new Set(appointments.map((one) => dateIn(one.startsAt, one.reviewerTimeZone)))];
  return (
    <Stack>
      <Title order={1} size="h2">
        My P2P calendar
      </Title>
      {appointments.length === 0 && <Alert color="gray">No peer to peer appointments yet.</Alert>}
      {days.map((day) => (
        <section key={day} aria-label={dayLabel(day)}>
          <Title order={2} size="h4" mb="xs">
            {dayLabel(day)}
          </Title>
          <Stack>
            {appointments
              .filter((one) => dateIn(one.startsAt, one.reviewerTimeZone) === day)
              .map((one) => (
                <Stack key={one.id} gap="xs">
                  <Text size="sm">
                    {slotTime(one.startsAt, one.reviewerTimeZone)} your time · {slotDateTime(one.startsAt, one.requesterTimeZone)} for the office
                  </Text>
                  <AppointmentSummary view={one} timeZone={one.reviewerTimeZone} />
                  {one.status === 'booked' && new Date(one.startsAt).getTime() <= Date.now() && <OutcomeForm view={one} />}
                </Stack>
              ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

function OutcomeForm({ view }: { view: AppointmentView }) {
  const record = useRecordOutcome(view.id);
  const consultative = view.cases.some((one) => one.level !== 'peer_to_peer');
  const choices = P2P_OUTCOMES.filter((outcome) => !consultative || outcome === 'upheld' || outcome === 'consultative_only');
  const form = useForm<{ version: number; outcome: string | null; note: string }>({
    mode: 'controlled',
    ...accessibleErrors,
    initialValues: { version: view.version, outcome: null, note: '' },
    validate: contractValidator(outcomeSchema),
  });
  const submit = form.onSubmit(
    (values) => {
      record.mutateAsync({ version: values.version, outcome: values.outcome as (typeof P2P_OUTCOMES)[number], note: values.note }).catch((error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <Paper withBorder p="sm" radius="md">
      <form onSubmit={submit} noValidate>
        <Group align="flex-end">
          <Select label="Outcome of the call" data={choices.map((outcome) => ({ value: outcome, label: P2P_OUTCOME_LABELS[outcome] }))} required {...form.getInputProps('outcome')} />
          <TextInput label="Note" {...form.getInputProps('note')} />
          <Button type="submit" loading={record.isPending}>
            Record outcome
          </Button>
        </Group>
        {record.error && <ErrorAlert error={record.error} />}
      </form>
    </Paper>
  );
}
