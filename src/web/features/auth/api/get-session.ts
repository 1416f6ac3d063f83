import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionState } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { peekSignOutNotice, setSignOutNotice } from '../../../lib/sign-out-notice.ts';

export const sessionQueryKey = ['session'] as const;

/** Polled while signed in; passive on the server, so polling never keeps an idle session alive. */
export const SESSION_POLL_MS = 30_000;

export function getSession(signal?: AbortSignal): Promise<SessionState> {
  return api.get<SessionState>('/api/auth/session', signal ? { signal } : {});
}

/** When a poll finds the session gone, say why on the login page (unless something already did). */
function noteEndedSession(previous: SessionState | undefined, next: SessionState): void {
  if (!previous || previous.stage === 'anonymous' || next.stage !== 'anonymous' || peekSignOutNotice()) {
    return;
  }
  if (previous.stage === 'mfa') {
    setSignOutNotice({ message: 'Your sign-in timed out. Please log in again.', returnHere: true });
    return;
  }
  const idleEnd = previous.idleExpiresAt ? Date.parse(previous.idleExpiresAt) : Number.NaN;
  const serverNow = next.serverTime ? Date.parse(next.serverTime) : Date.now();
  if (!Number.isNaN(idleEnd) && serverNow >= idleEnd - 5_000 && previous.idleTimeoutSeconds) {
    setSignOutNotice({ message: inactivityMessage(previous.idleTimeoutSeconds), returnHere: true });
  } else {
    setSignOutNotice({ message: 'Your session has ended. Please log in again.', returnHere: true });
  }
}

export function inactivityMessage(idleTimeoutSeconds: number): string {
  const minutes = Math.round(idleTimeoutSeconds / 60);
  return `You were signed out after ${minutes} minute${minutes === 1 ? '' : 's'} of inactivity.`;
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionQueryKey,
    queryFn: async ({ client, signal }) => {
      const previous = client.getQueryData<SessionState>(sessionQueryKey);
      const next = await getSession(signal);
      noteEndedSession(previous, next);
      return next;
    },
    staleTime: 10_000,
    refetchInterval: (query) => (query.state.data && query.state.data.stage !== 'anonymous' ? SESSION_POLL_MS : false),
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: true,
    retry: 1,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}

export const anonymousSession: SessionState = { stage: 'anonymous' };

export function hasPermission(session: SessionState | undefined, ...anyOf: string[]): boolean {
  const granted = session?.permissions ?? [];
  return anyOf.some((permission) => granted.includes(permission));
}
