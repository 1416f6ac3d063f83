import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuthorizationCodeList, ResourceLineOfBusiness } from '../../../../contracts/resources.ts';
import { api } from '../../../lib/api-client.ts';

export interface AuthorizationCodesParams {
  planCode: string;
  /** Null: every line of business the plan contracts. */
  lineOfBusiness: ResourceLineOfBusiness | null;
}

/** GET /api/resources/authorization-codes?planCode=&lineOfBusiness= → AuthorizationCodeList. */
export function getAuthorizationCodes(params: AuthorizationCodesParams, signal?: AbortSignal): Promise<AuthorizationCodeList> {
  return api.get<AuthorizationCodeList>('/api/resources/authorization-codes', {
    query: { planCode: params.planCode, lineOfBusiness: params.lineOfBusiness },
    ...(signal ? { signal } : {}),
  });
}

/** The same list as a CSV file (a plain link: the browser downloads it with the session cookie). */
export function authorizationCodesCsvUrl(params: AuthorizationCodesParams): string {
  const query = new URLSearchParams({ planCode: params.planCode });
  if (params.lineOfBusiness) {
    query.set('lineOfBusiness', params.lineOfBusiness);
  }
  return `/api/resources/authorization-codes.csv?${query.toString()}`;
}

export function useAuthorizationCodes(params: AuthorizationCodesParams | null) {
  return useQuery({
    queryKey: ['resources', 'authorization-codes', params?.planCode ?? null, params?.lineOfBusiness ?? null],
    queryFn: ({ signal }) => getAuthorizationCodes(params as AuthorizationCodesParams, signal),
    enabled: params !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
