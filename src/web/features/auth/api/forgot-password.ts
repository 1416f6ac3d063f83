import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { forgotPasswordSchema } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';

/** POST /api/auth/forgot-password { userName } → 202 { message } (the same answer for unknown names). */
export function forgotPassword(input: z.input<typeof forgotPasswordSchema>): Promise<{ message: string }> {
  return api.post<{ message: string }>('/api/auth/forgot-password', input);
}

export function useForgotPassword() {
  return useMutation({ mutationFn: forgotPassword });
}
