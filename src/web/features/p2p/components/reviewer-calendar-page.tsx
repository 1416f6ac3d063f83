import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AppointmentView } from '../../../../contracts/p2p.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAppointments } from '../api/appointments.ts';
import { dayLabel, slotDateTime, slotTime } from '../p2p-time.ts';
import { AppointmentSummary } from './appointment-summary.tsx';
import { CancelAppointmentForm } from './cancel-appointment-form.tsx';
import { P2pOutcomeForm } from './p2p-outcome-form.tsx';

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
                <Stack key={one.id} gap="xs" role="group" aria-label={`Appointment ${slotDateTime(one.startsAt, one.reviewerTimeZone)}`}>
                  <Text size="sm">
                    {slotTime(one.startsAt, one.reviewerTimeZone)} your time · {slotDateTime(one.startsAt, one.requesterTimeZone)} for the office
                  </Text>
                  <AppointmentSummary view={one} timeZone={one.reviewerTimeZone} />
                  {one.outcomeDue ? <P2pOutcomeForm view={one} /> : one.status === 'booked' && <ReviewerCancel view={one} />}
                </Stack>
              ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

/** A reviewer who cannot keep the time cancels with a reason; the office is told and books another time. */
function ReviewerCancel({ view }: { view: AppointmentView }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button color="red" variant="subtle" w="fit-content" onClick={() => setOpen(true)}>
        Cancel this appointment
      </Button>
    );
  }
  return <CancelAppointmentForm view={view} onDone={() => setOpen(false)} />;
}
