import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { idempotencyKeys } from '../../db/schema/cases.ts';
import { canonicalJson } from '../../domain/audit/hash-chain.ts';
import { DAY } from '../../domain/shared/clock.ts';
import { DomainError } from '../../domain/shared/errors.ts';

export interface IdempotentResponse<T> {
  status: number;
  body: T;
  /** True when this answer is the stored answer of an earlier request with the same key. */
  replayed: boolean;
}

/** Keys are kept a week: long enough for an office to retry after a weekend. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 7 * DAY;

/**
 * Runs a state change at most once per (user, Idempotency-Key), in one transaction with the
 * key's record (IETF httpapi idempotency-key draft): a retry with the same key and body gets
 * the first answer again; the same key with another body is refused (422); a retry while the
 * first is still running waits for it (PostgreSQL holds the unique key) and then replays.
 * Validation failures are not stored, so a corrected request can reuse the key.
 */
export async function runIdempotent<T>(
  db: Database,
  principalUserId: string,
  key: string,
  request: unknown,
  now: Date,
  run: (tx: Transaction) => Promise<{ status: number; body: T }>,
): Promise<IdempotentResponse<T>> {
  const requestHash = createHash('sha256').update(canonicalJson(request)).digest('hex');
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({ principalUserId, key, requestHash, createdAt: now })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) {
      const [earlier] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.principalUserId, principalUserId), eq(idempotencyKeys.key, key)));
      if (!earlier || earlier.requestHash !== requestHash) {
        throw new DomainError('idempotency_mismatch', 'This Idempotency-Key was already used for a different request. Use a new key.');
      }
      if (earlier.responseStatus === null) {
        throw new DomainError('conflict', 'The first request with this Idempotency-Key is still being processed. Try again shortly.');
      }
      return { status: earlier.responseStatus, body: earlier.responseBody as T, replayed: true };
    }
    const result = await run(tx);
    await tx
      .update(idempotencyKeys)
      .set({ responseStatus: result.status, responseBody: result.body })
      .where(and(eq(idempotencyKeys.principalUserId, principalUserId), eq(idempotencyKeys.key, key)));
    return { ...result, replayed: false };
  });
}

/** Housekeeping: forget keys older than their lifetime. */
export async function deleteOldIdempotencyKeys(db: Database, now: Date): Promise<void> {
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS)));
}
