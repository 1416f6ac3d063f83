import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ContactLookup } from '../../../../contracts/resources.ts';
import { api } from '../../../lib/api-client.ts';

export interface ContactLookupParams {
  planCode: string;
  /** Null: every program the plan contracts. */
  programCode: string | null;
}

/** GET /api/resources/contacts?planCode=&programCode= → ContactLookup. */
export function lookupContacts(params: ContactLookupParams, signal?: AbortSignal): Promise<ContactLookup> {
  return api.get<ContactLookup>('/api/resources/contacts', {
    query: { planCode: params.planCode, programCode: params.programCode },
    ...(signal ? { signal } : {}),
  });
}

export function useContactLookup(params: ContactLookupParams | null) {
  return useQuery({
    queryKey: ['resources', 'contacts', params?.planCode ?? null, params?.programCode ?? null],
    queryFn: ({ signal }) => lookupContacts(params as ContactLookupParams, signal),
    enabled: params !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
