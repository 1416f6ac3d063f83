import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AppointmentView, bookingSchema, cancelSchema, outcomeSchema, rescheduleSchema } from '../../../../contracts/p2p.ts';
import { api } from '../../../lib/api-client.ts';
import { p2pKeys } from './p2p-keys.ts';

/** GET /api/p2p/appointments: My P2P Requests (office) or the reviewer's P2P calendar. */
export function useAppointments() {
  return useQuery({ queryKey: p2pKeys.appointments(), queryFn: ({ signal }) => api.get<{ appointments: AppointmentView[] }>('/api/p2p/appointments', { signal }) });
}

export function useAppointment(id: string) {
  return useQuery({ queryKey: p2pKeys.appointment(id), queryFn: ({ signal }) => api.get<AppointmentView>(`/api/p2p/appointments/${encodeURIComponent(id)}`, { signal }) });
}

/** Any change of a booking: the slots, the lists and the appointment are read again. */
function useAppointmentChange<Input>(send: (input: Input) => Promise<AppointmentView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (view) => {
      client.setQueryData(p2pKeys.appointment(view.id), view);
      void client.invalidateQueries({ queryKey: p2pKeys.all });
    },
    // A slot taken meanwhile: the slots shown are stale.
    onError: () => void client.invalidateQueries({ queryKey: ['p2p', 'slots'] }),
  });
}

export const useBookAppointment = () => useAppointmentChange((input: z.input<typeof bookingSchema>) => api.post<AppointmentView>('/api/p2p/appointments', input));
export const useRescheduleAppointment = (id: string) =>
  useAppointmentChange((input: z.input<typeof rescheduleSchema>) => api.post<AppointmentView>(`/api/p2p/appointments/${encodeURIComponent(id)}/reschedule`, input));
export const useCancelAppointment = (id: string) => useAppointmentChange((input: z.input<typeof cancelSchema>) => api.post<AppointmentView>(`/api/p2p/appointments/${encodeURIComponent(id)}/cancel`, input));
export const useRecordOutcome = (id: string) => useAppointmentChange((input: z.input<typeof outcomeSchema>) => api.post<AppointmentView>(`/api/p2p/appointments/${encodeURIComponent(id)}/outcome`, input));
