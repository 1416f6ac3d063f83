import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { resetMfaSchema } from '../../../../contracts/account.ts';
import type { SessionState } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { sessionQueryKey } from '../../auth/api/get-session.ts';
import { accountQueryKey } from './get-account.ts';

/** POST /api/account/mfa/reset { currentPassword } → SessionState; the next sign-in sets up MFA again. */
export function resetMfa(input: z.input<typeof resetMfaSchema>): Promise<SessionState> {
  return api.post<SessionState>('/api/account/mfa/reset', input);
}

export function useResetMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetMfa,
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQueryKey, session);
      void queryClient.invalidateQueries({ queryKey: accountQueryKey });
    },
  });
}
