import { Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { cancelSchema, type AppointmentView } from '../../../../contracts/p2p.ts';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { accessibleErrors, applyServerErrors, contractValidator, focusFirstInvalid } from '../../../lib/forms.ts';
import { useCancelAppointment } from '../api/appointments.ts';

/** Cancels a booked appointment with a reason: the office on its request, or the reviewer on the calendar. */
export function CancelAppointmentForm({ view, onDone }: { view: AppointmentView; onDone: () => void }) {
  const cancel = useCancelAppointment(view.id);
  const form = useForm({ mode: 'controlled', ...accessibleErrors, initialValues: { version: view.version, reason: '' }, validate: contractValidator(cancelSchema) });
  const submit = form.onSubmit(
    (values) => {
      cancel.mutateAsync(values).then(onDone, (error: unknown) => applyServerErrors(form, error));
    },
    () => focusFirstInvalid(),
  );
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          {cancel.error && <ErrorAlert error={cancel.error} />}
          <Textarea label="Cancellation reason" required autosize minRows={2} {...form.getInputProps('reason')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              Back
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              Cancel Appointment
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
