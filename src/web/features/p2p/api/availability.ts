import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AvailabilityInput, AvailabilityView } from '../../../../contracts/p2p.ts';
import { api } from '../../../lib/api-client.ts';
import { p2pKeys } from './p2p-keys.ts';

/** GET /api/p2p/availability: the medical director's own P2P profile, hours and time off. */
export function useAvailability() {
  return useQuery({ queryKey: p2pKeys.availability(), queryFn: ({ signal }) => api.get<AvailabilityView>('/api/p2p/availability', { signal }) });
}

export function useSaveAvailability() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AvailabilityInput) => api.put<AvailabilityView>('/api/p2p/availability', input),
    onSuccess: (saved) => client.setQueryData(p2pKeys.availability(), saved),
  });
}
