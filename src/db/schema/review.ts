import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { users } from './users.ts';

/**
 * Everything that happens to a case after submission, in order (issue 5 part 9): staff see all
 * of it, the office only the events marked office-visible. Written in the transaction of the
 * change it describes.
 */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    /** submitted, claimed, assigned, note_added, escalated, approved, denied … */
    kind: text('kind').notNull(),
    officeVisible: boolean('office_visible').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  },
  (table) => [index('case_events_case_idx').on(table.caseId, table.occurredAt)],
);

/** Reviewers' internal notes: never shown to the office. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    text: text('text').notNull(),
  },
  (table) => [index('case_notes_case_idx').on(table.caseId, table.createdAt)],
);

export const determinationOutcomes = [
  'approved',
  'partially_approved',
  'denied',
  'administratively_denied',
  'alternative_recommended',
  'withdrawn',
  'cancelled',
] as const;
export type DeterminationOutcome = (typeof determinationOutcomes)[number];

/**
 * The final determination of a case by a person. One per case (unique): with the version check on
 * the case, two reviewers deciding at once leave exactly one.
 */
export const caseDeterminations = pgTable(
  'case_determinations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    outcome: text('outcome', { enum: determinationOutcomes }).notNull(),
    reason: text('reason'),
    /** An alternative recommendation: what the reviewer recommends instead (from the criteria's alternatives, or in words). */
    alternative: jsonb('alternative').$type<{ id: string | null; text: string }>(),
    /** The criteria a denial rests on, with their guideline citations as shown to the reviewer. */
    criteria: jsonb('criteria').$type<Array<{ id: string; text: string; guideline: string; version: string; section: string }>>().notNull(),
    /** Null when the guideline rules decided at submission (approval, or an administrative denial of a late retro request). */
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    /** The reviewer's role, or 'guideline_rules' for a decision made at submission. */
    decidedByRole: text('decided_by_role').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('case_determinations_case_unique').on(table.caseId)],
);
