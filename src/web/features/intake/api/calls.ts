import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { SessionState } from '../../../../contracts/auth.ts';
import type { CallerOffice } from '../../../../contracts/intake.ts';
import { api } from '../../../lib/api-client.ts';
import { sessionQueryKey } from '../../auth/api/get-session.ts';

/** GET /api/intake/offices?q= → { offices }: the offices with this NPI or TIN (or a practitioner on their account with it). */
export function useCallerOffices(q: string | null) {
  return useQuery({
    queryKey: ['intake', 'offices', q],
    queryFn: ({ signal }) => api.get<{ offices: CallerOffice[] }>('/api/intake/offices', { query: { q }, signal }),
    select: (data) => data.offices,
    enabled: q !== null,
    retry: false,
  });
}

/**
 * The session now acts for another office, or none: every cached page belonged to the office of
 * the call before (and may hold its PHI), so it goes; the menus follow the new session.
 */
function switchOffice(queryClient: QueryClient, state: SessionState): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, state);
}

/** POST /api/intake/acting-office { officeId } → SessionState: the call starts. */
export function useStartCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (officeId: string) => api.post<SessionState>('/api/intake/acting-office', { officeId }),
    onSuccess: (state) => switchOffice(queryClient, state),
  });
}

/** DELETE /api/intake/acting-office → SessionState: the call ends. */
export function useEndCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<SessionState>('/api/intake/acting-office'),
    onSuccess: (state) => switchOffice(queryClient, state),
  });
}
