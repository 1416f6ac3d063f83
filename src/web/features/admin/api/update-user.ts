import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UserSummary, updateUserSchema } from '../../../../contracts/admin.ts';
import { api } from '../../../lib/api-client.ts';
import { usersQueryKey } from './list-users.ts';

export type UpdateUserInput = z.input<typeof updateUserSchema>;

/** PATCH /api/users/:id { role?, status? } → UserSummary. */
export function updateUser(id: string, input: UpdateUserInput): Promise<UserSummary> {
  return api.patch<UserSummary>(`/api/users/${encodeURIComponent(id)}`, input);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) => updateUser(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
