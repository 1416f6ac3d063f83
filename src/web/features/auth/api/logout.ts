import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { setSignOutNotice, type SignOutNotice } from '../../../lib/sign-out-notice.ts';
import { anonymousSession, sessionQueryKey } from './get-session.ts';

/** POST /api/auth/logout → 204. */
export function logout(): Promise<void> {
  return api.post<void>('/api/auth/logout');
}

/** Drops every cached page (they may hold PHI) and marks the session signed out; the route guard then shows /login. */
export function endSessionLocally(queryClient: QueryClient, notice: SignOutNotice): void {
  setSignOutNotice(notice);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, anonymousSession);
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notice: SignOutNotice) => logout().then(() => notice),
    // Signed out locally even if the request failed: the person asked to leave.
    onSettled: (_data, _error, notice) => endSessionLocally(queryClient, notice),
  });
}
