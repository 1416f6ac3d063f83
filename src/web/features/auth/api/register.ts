import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { registrationSchema } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';

export type RegistrationInput = z.input<typeof registrationSchema>;

/** POST /api/auth/register → 202 { message } (the same answer whether or not the name or email is taken). */
export function register(input: RegistrationInput): Promise<{ message: string }> {
  return api.post<{ message: string }>('/api/auth/register', input);
}

export function useRegister() {
  return useMutation({ mutationFn: register });
}
