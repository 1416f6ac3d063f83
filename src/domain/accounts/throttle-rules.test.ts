import { describe, expect, it } from 'vitest';
import { addressBucket, afterFailure, isLockedUntilReset, secondsBlocked, type ThrottleState } from './throttle-rules.ts';

const t0 = new Date('2026-03-02T14:00:00Z');

describe('sign-in throttling', () => {
  it('lets five failures through, then doubles the delay, capped at 15 minutes', () => {
    let state: ThrottleState | null = null;
    const delays: number[] = [];
    for (let failure = 1; failure <= 20; failure += 1) {
      state = afterFailure('account', state, t0);
      delays.push(secondsBlocked(state, t0));
    }
    expect(delays.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(delays.slice(5, 9)).toEqual([1, 2, 4, 8]);
    expect(Math.max(...delays)).toBe(900);
  });

  it('locks the name until reset after 100 consecutive failures', () => {
    let state: ThrottleState | null = null;
    for (let failure = 1; failure <= 100; failure += 1) {
      state = afterFailure('account', state, t0);
    }
    expect(isLockedUntilReset(state)).toBe(true);
    expect(secondsBlocked(state, new Date('2027-01-01T00:00:00Z'))).toBeGreaterThan(0);
  });

  it('allows 20 failures per address in 5 minutes, then a fresh window', () => {
    let state: ThrottleState | null = null;
    for (let failure = 1; failure <= 20; failure += 1) {
      state = afterFailure('address', state, t0);
    }
    expect(secondsBlocked(state, t0)).toBe(300);
    const later = new Date(t0.getTime() + 5 * 60_000);
    expect(afterFailure('address', state, later)).toMatchObject({ failures: 1, blockedUntil: null });
  });

  it('buckets IPv6 addresses by /56 and unwraps IPv4-mapped ones', () => {
    expect(addressBucket('2001:db8:abcd:12ff:1::1')).toBe(addressBucket('2001:db8:abcd:1200::9'));
    expect(addressBucket('2001:db8:abcd:1300::1')).not.toBe(addressBucket('2001:db8:abcd:1200::1'));
    expect(addressBucket('::ffff:10.1.2.3')).toBe('10.1.2.3');
  });
});
