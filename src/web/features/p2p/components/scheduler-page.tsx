import { Alert, Anchor, Button, Group, Stack, Stepper, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AppointmentView, BookingInput, P2pCaseView, SlotView } from '../../../../contracts/p2p.ts';
import { FullPageLoader } from '../../../components/full-page-loader.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useBookAppointment } from '../api/appointments.ts';
import { useSchedulerTimeZone } from '../api/scheduler.ts';
import { AppointmentSummary } from './appointment-summary.tsx';
import { ContactForm } from './contact-form.tsx';
import { CaseCheckStep } from './case-check-step.tsx';
import { SlotPicker, type WeekPage } from './slot-picker.tsx';
import { TimeZoneConfirm } from './time-zone-confirm.tsx';

/**
 * Schedule a peer to peer (seed 003 appendix): confirm the time zone on first use, the cases
 * (prefilled from the lookup), a time, the contact details, then the confirmation.
 */
export function SchedulerPage() {
  usePageTitle('Schedule a peer to peer');
  const [params] = useSearchParams();
  const zone = useSchedulerTimeZone();
  const book = useBookAppointment();
  const [cases, setCases] = useState<P2pCaseView[] | null>(null);
  const [slot, setSlot] = useState<SlotView | null>(null);
  const [booked, setBooked] = useState<AppointmentView | null>(null);
  const [taken, setTaken] = useState<string | null>(null);
  // Kept here so a taken time brings the person back to the week they were choosing in.
  const [week, setWeek] = useState<WeekPage | null>(null);
  if (zone.isLoading) {
    return <FullPageLoader />;
  }
  if (zone.error) {
    return <ErrorAlert error={zone.error} />;
  }
  const timeZone = zone.data?.timeZone ?? null;
  const step = booked ? 3 : slot ? 2 : cases ? 1 : 0;
  const submit = (input: BookingInput) =>
    book.mutateAsync(input).then(setBooked, (error: unknown) => {
      if (isApiError(error, 'conflict') && error.details['slots']) {
        // The slot went to someone else: back to the (refreshed) times, with the reason.
        setTaken(error.message);
        setSlot(null);
        book.reset();
        return;
      }
      throw error;
    });
  return (
    <Stack>
      <Title order={1} size="h2">
        Schedule a peer to peer
      </Title>
      {!timeZone ? (
        <TimeZoneConfirm />
      ) : (
        <Stepper active={step} allowNextStepsSelect={false}>
          <Stepper.Step label="Case Info">
            <CaseCheckStep initial={{ caseNumber: params.get('case') ?? '', dateOfBirth: params.get('dob') ?? '' }} onContinue={setCases} />
          </Stepper.Step>
          <Stepper.Step label="Schedule">
            {cases && (
              <SlotPicker
                caseIds={cases.map((one) => one.caseId)}
                timeZone={timeZone}
                week={week}
                onWeekChange={setWeek}
                onPick={(picked) => {
                  setTaken(null);
                  setSlot(picked);
                }}
                notice={taken && <Alert color="orange">{taken}</Alert>}
              />
            )}
          </Stepper.Step>
          <Stepper.Step label="Contact">
            {cases && slot && <ContactForm caseIds={cases.map((one) => one.caseId)} slot={slot} timeZone={timeZone} pending={book.isPending} error={book.error} onSubmit={submit} onBack={() => setSlot(null)} />}
          </Stepper.Step>
          <Stepper.Completed>
            {booked && (
              <Stack>
                <Alert color="teal" title="Scheduled">
                  Your peer to peer appointment is scheduled. A confirmation email was sent to {booked.email}.
                </Alert>
                <AppointmentSummary view={booked} timeZone={timeZone} />
                <Group>
                  <Button component={Link} to="/p2p">
                    My P2P Requests
                  </Button>
                  <Anchor component={Link} to={`/p2p/${booked.id}`}>
                    Open this appointment
                  </Anchor>
                </Group>
              </Stack>
            )}
          </Stepper.Completed>
        </Stepper>
      )}
    </Stack>
  );
}
