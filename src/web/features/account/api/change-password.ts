import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changePasswordSchema } from '../../../../contracts/account.ts';
import { api } from '../../../lib/api-client.ts';

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** POST /api/account/password → { message }; the server signs out the person's other sessions. */
export function changePassword(input: ChangePasswordInput): Promise<{ message: string }> {
  return api.post<{ message: string }>('/api/account/password', input);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
