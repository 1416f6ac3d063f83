import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { throttleBuckets } from '../../db/schema/auth.ts';
import { afterFailure, secondsBlocked, type ThrottleKind } from '../../domain/accounts/throttle-rules.ts';
import { DomainError } from '../../domain/shared/errors.ts';

export interface ThrottleKey {
  key: string;
  kind: ThrottleKind;
}

/** Throws rate_limited when any key is blocked; the message is the same for every key. */
export async function assertNotThrottled(db: Queryable, keys: ThrottleKey[], now: Date, message: string): Promise<void> {
  const rows = await db
    .select()
    .from(throttleBuckets)
    .where(inArray(throttleBuckets.key, keys.map((k) => k.key)));
  const wait = Math.max(0, ...rows.map((row) => secondsBlocked(row, now)));
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    const when = wait < 60 ? `in ${wait} second${wait === 1 ? '' : 's'}` : wait > 86_400 ? 'after resetting your password' : `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
    throw new DomainError('rate_limited', `${message} Try again ${when}.`, undefined, { retryAfterSeconds: Math.min(wait, 86_400) });
  }
}

export async function recordFailure(db: Queryable, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const { key, kind } of keys) {
    const [previous] = await db.select().from(throttleBuckets).where(eq(throttleBuckets.key, key));
    const next = afterFailure(kind, previous ?? null, now);
    await db
      .insert(throttleBuckets)
      .values({ key, ...next })
      .onConflictDoUpdate({ target: throttleBuckets.key, set: next });
  }
}

export async function clearFailures(db: Queryable, keys: string[]): Promise<void> {
  if (keys.length > 0) {
    await db.delete(throttleBuckets).where(inArray(throttleBuckets.key, keys));
  }
}

export const throttleKeys = {
  signInName: (userName: string): ThrottleKey => ({ key: `sign-in:name:${userName.trim().toLowerCase()}`, kind: 'account' }),
  signInAddress: (bucket: string): ThrottleKey => ({ key: `sign-in:address:${bucket}`, kind: 'address' }),
  secondFactor: (userId: string): ThrottleKey => ({ key: `mfa:user:${userId}`, kind: 'account' }),
  currentPassword: (userId: string): ThrottleKey => ({ key: `password-check:user:${userId}`, kind: 'account' }),
  /** Registration and "forgot" forms: counted per address on every use, not only failures. */
  publicForm: (form: string, bucket: string): ThrottleKey => ({ key: `form:${form}:${bucket}`, kind: 'address' }),
};
