import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { forgotUserIdSchema } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';

/** POST /api/auth/forgot-user-id { email } → 202 { message } (the same answer for unknown emails). */
export function forgotUserId(input: z.input<typeof forgotUserIdSchema>): Promise<{ message: string }> {
  return api.post<{ message: string }>('/api/auth/forgot-user-id', input);
}

export function useForgotUserId() {
  return useMutation({ mutationFn: forgotUserId });
}
