import { useQuery } from '@tanstack/react-query';
import type { LegacyPortalSummary } from '../../../../contracts/legacy.ts';
import { api } from '../../../lib/api-client.ts';

export const legacySummaryQueryKey = ['legacy', 'summary'] as const;

/** GET /api/legacy/summary → LegacyPortalSummary: does the office have legacy requests, and from which migrations. */
export function getLegacySummary(signal?: AbortSignal): Promise<LegacyPortalSummary> {
  return api.get<LegacyPortalSummary>('/api/legacy/summary', signal ? { signal } : {});
}

/** Legacy requests never change, so one read per sign-in is plenty. */
export function useLegacySummary(enabled = true) {
  return useQuery({ queryKey: legacySummaryQueryKey, queryFn: ({ signal }) => getLegacySummary(signal), staleTime: 10 * 60_000, enabled });
}
