import { MINUTE } from '../shared/clock.ts';

/**
 * Online-guessing limits (NIST 800-63B 5.2.2, ASVS V6.3.1; docs/decisions/0006):
 * - per account name: the first 5 failures are free; then each failure blocks the name
 *   for a doubling delay (1 s, 2 s, 4 s … capped at 15 minutes); at 100 consecutive
 *   failures the name stays blocked until its password is reset.
 * - per client address: at most 20 failures in 5 minutes.
 * Names that do not exist are throttled exactly like real ones, so the answers match.
 */
export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

export type ThrottleKind = 'account' | 'address';

export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_MAX_DELAY_MS = 15 * MINUTE;
export const ACCOUNT_HARD_LIMIT = 100;
export const ADDRESS_WINDOW_MS = 5 * MINUTE;
export const ADDRESS_MAX_FAILURES = 20;
/** Far enough in the future to mean "until an administrator or a reset clears it". */
const LOCKED_UNTIL_RESET = new Date('9999-12-31T00:00:00Z');

export function afterFailure(kind: ThrottleKind, previous: ThrottleState | null, now: Date): ThrottleState {
  if (kind === 'address') {
    const windowOpen = previous !== null && now.getTime() - previous.windowStartedAt.getTime() < ADDRESS_WINDOW_MS;
    const failures = windowOpen ? previous.failures + 1 : 1;
    const windowStartedAt = windowOpen ? previous.windowStartedAt : now;
    return {
      failures,
      windowStartedAt,
      blockedUntil: failures >= ADDRESS_MAX_FAILURES ? new Date(windowStartedAt.getTime() + ADDRESS_WINDOW_MS) : null,
    };
  }
  const failures = (previous?.failures ?? 0) + 1;
  if (failures >= ACCOUNT_HARD_LIMIT) {
    return { failures, windowStartedAt: previous?.windowStartedAt ?? now, blockedUntil: LOCKED_UNTIL_RESET };
  }
  const delayMs = failures > ACCOUNT_FREE_FAILURES ? Math.min(ACCOUNT_MAX_DELAY_MS, 1000 * 2 ** (failures - ACCOUNT_FREE_FAILURES - 1)) : 0;
  return { failures, windowStartedAt: previous?.windowStartedAt ?? now, blockedUntil: delayMs > 0 ? new Date(now.getTime() + delayMs) : null };
}

/** Seconds until the key may try again, or 0 when it is not blocked. */
export function secondsBlocked(state: ThrottleState | null, now: Date): number {
  if (!state?.blockedUntil) {
    return 0;
  }
  return Math.max(0, Math.ceil((state.blockedUntil.getTime() - now.getTime()) / 1000));
}

export function isLockedUntilReset(state: ThrottleState | null): boolean {
  return (state?.failures ?? 0) >= ACCOUNT_HARD_LIMIT;
}

/** IPv6 clients are bucketed by /56 so one host cannot rotate through its own addresses. */
export function addressBucket(ip: string | null): string {
  if (!ip) {
    return 'unknown';
  }
  const mapped = ip.replace(/^::ffff:/, '');
  if (!mapped.includes(':')) {
    return mapped;
  }
  const [head = '', tail = ''] = mapped.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = [...headGroups, ...Array<string>(Math.max(0, 8 - headGroups.length - tailGroups.length)).fill('0'), ...tailGroups];
  const prefix = groups.slice(0, 4).map((group) => group.padStart(4, '0'));
  // The fourth group's low byte belongs to the subnet's host part at /56.
  prefix[3] = `${prefix[3]?.slice(0, 2) ?? '00'}00`;
  return `${prefix.join(':')}::/56`;
}
