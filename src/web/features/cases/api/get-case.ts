import { useQuery } from '@tanstack/react-query';
import type { CaseView } from '../../../../contracts/cases.ts';
import { api } from '../../../lib/api-client.ts';

export const caseQueryKey = (caseId: string) => ['cases', 'detail', caseId] as const;

/** GET /api/cases/:id → CaseView (an audited read once a member is on it). */
export function getCase(caseId: string, signal?: AbortSignal): Promise<CaseView> {
  return api.get<CaseView>(`/api/cases/${encodeURIComponent(caseId)}`, signal ? { signal } : {});
}

/**
 * The request being built: read fresh when the wizard opens, then never refreshed behind the
 * person's back. The version it holds is the one their edits are based on, so a change made in
 * another window answers 409 instead of being silently overwritten; only the conflict's reload
 * button (refetch) brings in the newer version. Use it once per page and pass the view down.
 */
export function useCase(caseId: string) {
  return useQuery({
    queryKey: caseQueryKey(caseId),
    queryFn: ({ signal }) => getCase(caseId, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    refetchOnMount: 'always',
  });
}
