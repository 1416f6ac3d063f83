import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SessionState, pinVerifySchema } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { adoptSession } from './login.ts';

/** POST /api/auth/mfa/pin/verify { code, rememberDevice } → SessionState. */
export function verifyPin(input: z.input<typeof pinVerifySchema>): Promise<SessionState> {
  return api.post<SessionState>('/api/auth/mfa/pin/verify', input);
}

export function useVerifyPin() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: verifyPin, onSuccess: (session) => adoptSession(queryClient, session) });
}
