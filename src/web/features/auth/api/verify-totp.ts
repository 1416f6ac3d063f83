import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SessionState, totpVerifySchema } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { adoptSession } from './login.ts';

/** POST /api/auth/mfa/totp/verify { code, rememberDevice } → SessionState (enrols or verifies). */
export function verifyTotp(input: z.input<typeof totpVerifySchema>): Promise<SessionState> {
  return api.post<SessionState>('/api/auth/mfa/totp/verify', input);
}

export function useVerifyTotp() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: verifyTotp, onSuccess: (session) => adoptSession(queryClient, session) });
}
