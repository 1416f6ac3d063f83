import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { resetPasswordSchema } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';

export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** POST /api/auth/reset-password { token, password, confirmPassword } → { message } (the forgot-password email's link). */
export function resetPassword(input: ResetPasswordInput): Promise<{ message: string }> {
  return api.post<{ message: string }>('/api/auth/reset-password', input);
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
