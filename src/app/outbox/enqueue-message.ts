import type { Queryable } from '../../db/client.ts';
import { outboxMessages, type OutboxChannel } from '../../db/schema/outbox.ts';
import type { Clock } from '../../domain/shared/clock.ts';

export interface OutgoingMessage {
  channel: OutboxChannel;
  recipient: string;
  subject: string;
  body: string;
  template: string;
  relatedUserId?: string | null;
  relatedOfficeId?: string | null;
  /** The letter (case_letters) this message carries: the PDF faxed or mailed, or the letter an email points to. */
  letterId?: string | null;
}

/**
 * Queues a message in the caller's transaction: if the change that caused it rolls back,
 * the message is never sent; if it commits, the worker will deliver it.
 */
export async function enqueueMessage(tx: Queryable, clock: Clock, message: OutgoingMessage): Promise<void> {
  const now = clock.now();
  await tx.insert(outboxMessages).values({
    ...message,
    status: 'pending',
    nextAttemptAt: now,
    createdAt: now,
  });
}
