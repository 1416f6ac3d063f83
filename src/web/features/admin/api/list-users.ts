import { useQuery } from '@tanstack/react-query';
import type { UserSummary } from '../../../../contracts/admin.ts';
import { api } from '../../../lib/api-client.ts';

export const usersQueryKey = ['users'] as const;

/** GET /api/users → { users }: staff and every office's users for a system administrator, one's own office for an office administrator. */
export function listUsers(signal?: AbortSignal): Promise<{ users: UserSummary[] }> {
  return api.get<{ users: UserSummary[] }>('/api/users', signal ? { signal } : {});
}

export function useUsers() {
  return useQuery({ queryKey: usersQueryKey, queryFn: ({ signal }) => listUsers(signal), select: (data) => data.users });
}
