import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionState } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { sessionQueryKey } from './get-session.ts';

/** POST /api/auth/keep-alive → SessionState (counts as activity, pushing idleExpiresAt back). */
export function keepAlive(): Promise<SessionState> {
  return api.post<SessionState>('/api/auth/keep-alive');
}

export function useKeepAlive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: keepAlive,
    onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session),
  });
}
