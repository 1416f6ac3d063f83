import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** mail: the member mail queue (letters printed and posted by the mail house). */
export const outboxChannels = ['email', 'sms', 'fax', 'mail'] as const;
export type OutboxChannel = (typeof outboxChannels)[number];

/**
 * Every email, SMS and fax Priora sends. Rows are written in the same transaction
 * as the event that caused them and delivered later by the worker (jobs/outbox-worker.ts).
 * "kept" means no transport is configured for the channel: the message stays here and
 * administrators read it on the Outbox page.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    channel: text('channel', { enum: outboxChannels }).notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** What kind of message, e.g. account.verify_email; lets tests and admins filter. */
    template: text('template').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'kept', 'failed'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** A worker's lease: another worker may take the row once this passes. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    relatedUserId: uuid('related_user_id'),
    relatedOfficeId: uuid('related_office_id'),
    /** A letter sent by fax or mail: its PDF (case_letters) goes with the message. */
    letterId: uuid('letter_id'),
  },
  (table) => [index('outbox_due_idx').on(table.status, table.nextAttemptAt), index('outbox_created_idx').on(table.createdAt)],
);
