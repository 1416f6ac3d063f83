import { useQuery } from '@tanstack/react-query';
import type { LegacyCaseDetail } from '../../../../contracts/legacy.ts';
import { api } from '../../../lib/api-client.ts';

/** GET /api/legacy/cases/:id → LegacyCaseDetail (an audited read of member data). */
export function getLegacyCase(caseId: string, signal?: AbortSignal): Promise<LegacyCaseDetail> {
  return api.get<LegacyCaseDetail>(`/api/legacy/cases/${encodeURIComponent(caseId)}`, signal ? { signal } : {});
}

export function useLegacyCase(caseId: string) {
  return useQuery({ queryKey: ['legacy', 'case', caseId], queryFn: ({ signal }) => getLegacyCase(caseId, signal) });
}
