import { useQuery } from '@tanstack/react-query';
import type { StateOption } from '../../../../contracts/reference.ts';
import { api } from '../../../lib/api-client.ts';

/** GET /api/reference/states → { states } (public: registration needs it). */
export function listStates(signal?: AbortSignal): Promise<{ states: StateOption[] }> {
  return api.get<{ states: StateOption[] }>('/api/reference/states', signal ? { signal } : {});
}

export function useStates() {
  return useQuery({
    queryKey: ['reference', 'states'],
    queryFn: ({ signal }) => listStates(signal),
    select: (data) => data.states,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
