import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SessionState, loginSchema } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { clearSignOutNotice } from '../../../lib/sign-out-notice.ts';
import { sessionQueryKey } from './get-session.ts';

export type LoginInput = z.input<typeof loginSchema>;

/** POST /api/auth/login → SessionState (stage 'mfa' unless this device is remembered). */
export function login(input: LoginInput): Promise<SessionState> {
  return api.post<SessionState>('/api/auth/login', input);
}

/** A new sign-in: forget whatever the previous person's pages had cached, keep the new session. */
export function adoptSession(queryClient: QueryClient, session: SessionState): void {
  clearSignOutNotice();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, session);
  void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: login, onSuccess: (session) => adoptSession(queryClient, session) });
}
