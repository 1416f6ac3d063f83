import { useQuery } from '@tanstack/react-query';
import type { PhysicianMatch } from '../../../../contracts/cases.ts';
import { api } from '../../../lib/api-client.ts';

export interface PhysicianSearchParams {
  npi?: string;
  tin?: string;
  lastName?: string;
  city?: string;
  zip?: string;
}

/** GET /api/physicians/search → { physicians }: the registry search a DME supplier uses (NPI or TIN required). */
export function searchPhysicians(params: PhysicianSearchParams, signal?: AbortSignal): Promise<{ physicians: PhysicianMatch[] }> {
  return api.get<{ physicians: PhysicianMatch[] }>('/api/physicians/search', { query: { ...params }, ...(signal ? { signal } : {}) });
}

/** Runs when the person presses SEARCH (params set), not as they type. */
export function usePhysicianSearch(params: PhysicianSearchParams | null) {
  return useQuery({
    queryKey: ['physicians', params],
    queryFn: ({ signal }) => searchPhysicians(params as PhysicianSearchParams, signal),
    select: (data) => data.physicians,
    enabled: params !== null,
    retry: false,
  });
}
