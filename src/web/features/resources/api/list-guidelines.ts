import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { GuidelineSummary } from '../../../../contracts/resources.ts';
import { api } from '../../../lib/api-client.ts';

export interface GuidelineFilter {
  programCode?: string | null;
  planCode?: string | null;
}

/** GET /api/resources/guidelines?programCode=&planCode= → { guidelines }. */
export function listGuidelines(filter: GuidelineFilter, signal?: AbortSignal): Promise<{ guidelines: GuidelineSummary[] }> {
  return api.get<{ guidelines: GuidelineSummary[] }>('/api/resources/guidelines', {
    query: { programCode: filter.programCode, planCode: filter.planCode },
    ...(signal ? { signal } : {}),
  });
}

export function useGuidelines(filter: GuidelineFilter) {
  return useQuery({
    queryKey: ['resources', 'guidelines', filter.programCode ?? null, filter.planCode ?? null],
    queryFn: ({ signal }) => listGuidelines(filter, signal),
    select: (data) => data.guidelines,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
