import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface SiteSearchParams {
  npi?: string;
  tin?: string;
  zip?: string;
  city?: string;
  name?: string;
  nameMatch: 'exact' | 'starts_with';
}

export interface SiteResult {
  id: string;
  npi: string;
  tin: string;
  name: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
}

/** GET /api/sites?npi=&tin=&zip=&city=&name=&nameMatch=exact|starts_with → { sites } (at most 50). */
export function searchSites(params: SiteSearchParams, signal?: AbortSignal): Promise<{ sites: SiteResult[] }> {
  return api.get<{ sites: SiteResult[] }>('/api/sites', { query: { ...params }, ...(signal ? { signal } : {}) });
}

/** Runs when the person presses LOOKUP SITE (params set), not as they type. */
export function useSiteSearch(params: SiteSearchParams | null) {
  return useQuery({
    queryKey: ['sites', params],
    queryFn: ({ signal }) => searchSites(params as SiteSearchParams, signal),
    select: (data) => data.sites,
    enabled: params !== null,
    staleTime: 60_000,
  });
}
