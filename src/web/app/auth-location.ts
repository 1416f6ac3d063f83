/** What the login and MFA pages receive in the router's location state. */
export interface AuthLocationState {
  /** Where to go after signing in (an in-app path). */
  from?: string;
  /** A message to show on the login page ("Your password is set. Please log in."). */
  message?: string;
}

/** Only in-app paths: never "//host" or "https://…", so the return link cannot leave Priora. */
function safePath(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : undefined;
}

export function readAuthState(state: unknown): AuthLocationState {
  if (typeof state !== 'object' || state === null) {
    return {};
  }
  const record = state as Record<string, unknown>;
  const result: AuthLocationState = {};
  const from = safePath(record['from']);
  if (from && !from.startsWith('/login') && !from.startsWith('/verify')) {
    result.from = from;
  }
  if (typeof record['message'] === 'string') {
    result.message = record['message'];
  }
  return result;
}
