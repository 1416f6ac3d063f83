import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LegacyCasePage, legacyCaseQuerySchema } from '../../../../contracts/legacy.ts';
import { api } from '../../../lib/api-client.ts';

export type LegacyCaseQuery = Partial<z.output<typeof legacyCaseQuerySchema>>;

/** GET /api/legacy/cases?… → LegacyCasePage: the office's legacy authorizations. */
export function listLegacyCases(query: LegacyCaseQuery, signal?: AbortSignal): Promise<LegacyCasePage> {
  return api.get<LegacyCasePage>('/api/legacy/cases', { query: { ...query }, ...(signal ? { signal } : {}) });
}

export function useLegacyCases(query: LegacyCaseQuery) {
  return useQuery({ queryKey: ['legacy', 'cases', query], queryFn: ({ signal }) => listLegacyCases(query, signal), placeholderData: keepPreviousData });
}
