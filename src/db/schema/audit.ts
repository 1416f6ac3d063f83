import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only, hash-chained audit trail (HIPAA 164.312(b)). Each row's hash covers the
 * previous row's hash and this row's canonical content, so a changed or missing row
 * breaks the chain; `npm run audit:verify` finds the first break. A trigger (see the
 * migration audit-append-only) refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    sequence: bigint('sequence', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    /** Whose data: the office the actor or object belongs to. */
    officeId: uuid('office_id'),
    /** e.g. auth.login, auth.mfa.verify, member.read, practitioner.add */
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['success', 'failure', 'denied'] }).notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    /** Set whenever the event touches a member's data. */
    memberId: uuid('member_id'),
    ipAddress: text('ip_address'),
    /** Non-PHI context (reason codes, field names changed); never secrets. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    previousHash: text('previous_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_events_occurred_idx').on(table.occurredAt),
    index('audit_events_actor_idx').on(table.actorUserId),
    index('audit_events_member_idx').on(table.memberId),
    // The history of one configured object (a plan's changes) without scanning the trail.
    index('audit_events_object_idx').on(table.objectType, table.objectId),
  ],
);
