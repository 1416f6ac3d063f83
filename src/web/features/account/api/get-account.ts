import { useQuery } from '@tanstack/react-query';
import type { AccountView } from '../../../../contracts/account.ts';
import { api } from '../../../lib/api-client.ts';

export const accountQueryKey = ['account'] as const;

/** GET /api/account → AccountView (office users only). */
export function getAccount(signal?: AbortSignal): Promise<AccountView> {
  return api.get<AccountView>('/api/account', signal ? { signal } : {});
}

export function useAccount() {
  return useQuery({ queryKey: accountQueryKey, queryFn: ({ signal }) => getAccount(signal) });
}
