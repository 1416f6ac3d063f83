import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AppointmentView } from '../../../../contracts/p2p.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useAppointment, useRescheduleAppointment } from '../api/appointments.ts';
import { useSchedulerTimeZone } from '../api/scheduler.ts';
import { browserTimeZone } from '../p2p-time.ts';
import { AppointmentSummary } from './appointment-summary.tsx';
import { CancelAppointmentForm } from './cancel-appointment-form.tsx';
import { SlotPicker } from './slot-picker.tsx';
import { TimeZoneConfirm } from './time-zone-confirm.tsx';

/** One of the office's P2P appointments, with its actions: reschedule (pick a new time) or cancel with a reason. */
export function AppointmentPage() {
  usePageTitle('P2P appointment');
  const { appointmentId = '' } = useParams();
  const appointment = useAppointment(appointmentId);
  const zone = useSchedulerTimeZone();
  const [action, setAction] = useState<'reschedule' | 'cancel' | null>(null);
  if (appointment.isLoading || zone.isLoading) {
    return <FullPageLoader />;
  }
  if (appointment.error || !appointment.data) {
    return <ErrorAlert error={appointment.error} />;
  }
  const view = appointment.data;
  const timeZone = zone.data?.timeZone ?? browserTimeZone();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          P2P appointment
        </Title>
        <Button component={Link} to="/p2p" variant="default">
          My P2P Requests
        </Button>
      </Group>
      <AppointmentSummary view={view} timeZone={timeZone} />
      {view.status === 'booked' && !action && (
        <Group>
          <Button onClick={() => setAction('reschedule')}>Reschedule Appointment</Button>
          <Button color="red" variant="light" onClick={() => setAction('cancel')}>
            Cancel Appointment
          </Button>
        </Group>
      )}
      {action === 'reschedule' && <Reschedule view={view} timeZone={timeZone} confirmed={Boolean(zone.data?.timeZone)} onDone={() => setAction(null)} />}
      {action === 'cancel' && <CancelAppointmentForm view={view} onDone={() => setAction(null)} />}
    </Stack>
  );
}

/** A new time, as in the scheduler (its zone can be changed there); someone of the office who never confirmed a zone does that first. */
function Reschedule({ view, timeZone, confirmed, onDone }: { view: AppointmentView; timeZone: string; confirmed: boolean; onDone: () => void }) {
  const reschedule = useRescheduleAppointment(view.id);
  const taken = isApiError(reschedule.error, 'conflict') ? reschedule.error.message : null;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Title order={2} size="h4">
          Choose a new time
        </Title>
        {reschedule.error && !taken && <ErrorAlert error={reschedule.error} />}
        {confirmed ? (
          <SlotPicker
            caseIds={view.cases.map((one) => one.caseId)}
            timeZone={timeZone}
            notice={taken && <Alert color="orange">{taken}</Alert>}
            onPick={(slot) => reschedule.mutate({ version: view.version, slot: { reviewerUserId: slot.reviewerUserId, startsAt: slot.startsAt } }, { onSuccess: onDone })}
          />
        ) : (
          <TimeZoneConfirm />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Keep the current time
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
