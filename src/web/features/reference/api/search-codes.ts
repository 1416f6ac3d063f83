import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CodeSearchResult } from '../../../../contracts/reference.ts';
import { api } from '../../../lib/api-client.ts';

export type CodeSystem = CodeSearchResult['system'];

export interface CodeSearchParams {
  system: CodeSystem;
  q: string;
  billableOnly: boolean;
  limit?: number;
}

/** GET /api/reference/codes?system=&q=&limit=&billableOnly= → { codes }. */
export function searchCodes(params: CodeSearchParams, signal?: AbortSignal): Promise<{ codes: CodeSearchResult[] }> {
  return api.get<{ codes: CodeSearchResult[] }>('/api/reference/codes', {
    query: { system: params.system, q: params.q, limit: params.limit ?? 50, billableOnly: params.billableOnly },
    ...(signal ? { signal } : {}),
  });
}

export function useCodeSearch(params: CodeSearchParams) {
  const q = params.q.trim();
  return useQuery({
    queryKey: ['reference', 'codes', params.system, q, params.billableOnly, params.limit ?? 50],
    queryFn: ({ signal }) => searchCodes({ ...params, q }, signal),
    select: (data) => data.codes,
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
