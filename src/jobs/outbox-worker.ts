import { and, asc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { outboxMessages } from '../db/schema/outbox.ts';
import type { Clock } from '../domain/shared/clock.ts';
import { MINUTE } from '../domain/shared/clock.ts';
import type { Transports } from './transports/transport.ts';

const BATCH_SIZE = 20;
const LEASE_MS = 2 * MINUTE;
const MAX_ATTEMPTS = 8;

/** Exponential back-off between failed attempts: 1, 2, 4 … minutes, capped at an hour. */
function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** (attempts - 1)) * MINUTE;
}

/**
 * Claims due messages with FOR UPDATE SKIP LOCKED and a lease, so several app processes
 * can run workers side by side and a crashed worker's messages come back after the lease.
 * Returns how many messages it handled.
 */
export async function deliverDueMessages(db: Database, clock: Clock, transports: Transports): Promise<number> {
  const now = clock.now();
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: outboxMessages.id,
        channel: outboxMessages.channel,
        recipient: outboxMessages.recipient,
        subject: outboxMessages.subject,
        body: outboxMessages.body,
        attempts: outboxMessages.attempts,
      })
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.status, 'pending'),
          lte(outboxMessages.nextAttemptAt, now),
          or(isNull(outboxMessages.lockedUntil), lte(outboxMessages.lockedUntil, now)),
        ),
      )
      .orderBy(asc(outboxMessages.nextAttemptAt))
      .limit(BATCH_SIZE)
      .for('update', { skipLocked: true });
    if (due.length > 0) {
      await tx
        .update(outboxMessages)
        .set({ lockedUntil: new Date(now.getTime() + LEASE_MS) })
        .where(inArray(outboxMessages.id, due.map((message) => message.id)));
    }
    return due;
  });

  for (const message of claimed) {
    const transport = transports[message.channel];
    if (!transport) {
      await db
        .update(outboxMessages)
        .set({ status: 'kept', lockedUntil: null, deliveredAt: clock.now() })
        .where(eq(outboxMessages.id, message.id));
      continue;
    }
    try {
      await transport.send(message);
      await db
        .update(outboxMessages)
        .set({ status: 'sent', lockedUntil: null, deliveredAt: clock.now(), attempts: sql`${outboxMessages.attempts} + 1` })
        .where(eq(outboxMessages.id, message.id));
    } catch (error) {
      const attempts = message.attempts + 1;
      await db
        .update(outboxMessages)
        .set({
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          attempts,
          lockedUntil: null,
          nextAttemptAt: new Date(clock.now().getTime() + retryDelayMs(attempts)),
          // Transport errors describe the connection, not the message, so they are safe to keep.
          lastError: error instanceof Error ? error.message.slice(0, 500) : 'delivery failed',
        })
        .where(eq(outboxMessages.id, message.id));
    }
  }
  return claimed.length;
}

export interface RunningWorker {
  stop(): Promise<void>;
}

/** Polls for due messages until stopped. */
export function startOutboxWorker(
  db: Database,
  clock: Clock,
  transports: Transports,
  pollMs: number,
  onError: (error: unknown) => void,
): RunningWorker {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = () => {
    running = (async () => {
      try {
        while (!stopped && (await deliverDueMessages(db, clock, transports)) === BATCH_SIZE) {
          // A full batch means more may be waiting: keep going without sleeping.
        }
      } catch (error) {
        onError(error);
      }
      if (!stopped) {
        timer = setTimeout(tick, pollMs);
      }
    })();
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
