import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { setPasswordSchema } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';

export type SetPasswordInput = z.input<typeof setPasswordSchema>;

/** POST /api/auth/set-password { token, password, confirmPassword } → { message } (the verification email's link). */
export function setPassword(input: SetPasswordInput): Promise<{ message: string }> {
  return api.post<{ message: string }>('/api/auth/set-password', input);
}

export function useSetPassword() {
  return useMutation({ mutationFn: setPassword });
}
