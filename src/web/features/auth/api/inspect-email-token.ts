import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export type EmailTokenPurpose = 'verify_email' | 'reset_password';

/** POST /api/auth/email-token/inspect { token, purpose } → { userName }, or 400 invalid_token. Does not use the token up. */
export function inspectEmailToken(token: string, purpose: EmailTokenPurpose, signal?: AbortSignal): Promise<{ userName: string }> {
  return api.post<{ userName: string }>('/api/auth/email-token/inspect', { token, purpose }, signal ? { signal } : {});
}

export function useEmailTokenInspection(token: string, purpose: EmailTokenPurpose) {
  return useQuery({
    queryKey: ['email-token', purpose, token],
    queryFn: ({ signal }) => inspectEmailToken(token, purpose, signal),
    // A too-short token cannot be valid; do not ask (the page says the link is not valid).
    enabled: token.length >= 10 && token.length <= 200,
    retry: false,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
