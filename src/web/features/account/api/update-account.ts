import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AccountView, accountUpdateSchema } from '../../../../contracts/account.ts';
import { api } from '../../../lib/api-client.ts';
import { sessionQueryKey } from '../../auth/api/get-session.ts';
import { accountQueryKey } from './get-account.ts';

export type AccountUpdateInput = z.input<typeof accountUpdateSchema>;

/** PUT /api/account (office administrators) → AccountView. */
export function updateAccount(input: AccountUpdateInput): Promise<AccountView> {
  return api.put<AccountView>('/api/account', input);
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAccount,
    onSuccess: (account) => {
      queryClient.setQueryData(accountQueryKey, account);
      // The header shows the office name.
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
