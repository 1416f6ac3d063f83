import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UserSummary, createUserSchema } from '../../../../contracts/admin.ts';
import { api } from '../../../lib/api-client.ts';
import { usersQueryKey } from './list-users.ts';

export type CreateUserInput = z.input<typeof createUserSchema>;

/** POST /api/users → 201 UserSummary; the server emails the new user a link to set a password. */
export function createUser(input: CreateUserInput): Promise<UserSummary> {
  return api.post<UserSummary>('/api/users', input);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }) });
}
