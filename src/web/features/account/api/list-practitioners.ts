import { useQuery } from '@tanstack/react-query';
import type { OfficePractitioner } from '../../../../contracts/account.ts';
import { api } from '../../../lib/api-client.ts';

export const practitionersQueryKey = ['account', 'practitioners'] as const;

/** GET /api/account/practitioners → { practitioners }. */
export function listPractitioners(signal?: AbortSignal): Promise<{ practitioners: OfficePractitioner[] }> {
  return api.get<{ practitioners: OfficePractitioner[] }>('/api/account/practitioners', signal ? { signal } : {});
}

export function usePractitioners(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: practitionersQueryKey,
    queryFn: ({ signal }) => listPractitioners(signal),
    select: (data) => data.practitioners,
    enabled: options.enabled ?? true,
  });
}
