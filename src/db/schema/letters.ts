import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { bytea } from './column-types.ts';
import { offices } from './offices.ts';
import { users } from './users.ts';

export const letterTypes = [
  'approval',
  'partial_approval',
  'denial',
  'hold',
  'pre_decision_notice',
  'alternative_recommendation',
  'administrative_denial',
  'withdrawal',
  'cancellation',
  'reconsideration_outcome',
  'appeal_outcome',
  'peer_to_peer_outcome',
] as const;
export type LetterType = (typeof letterTypes)[number];

/** provider: to the ordering provider and the rendering site; member: by mail, in plain words. */
export const letterAudiences = ['provider', 'member'] as const;
export type LetterAudience = (typeof letterAudiences)[number];

export interface LetterRecipient {
  role: 'ordering_provider' | 'rendering_site' | 'member';
  name: string;
  channel: 'fax' | 'email' | 'mail';
  /** Fax number, email address or postal address. */
  address: string;
}

/**
 * Letters as sent (C5 correspondence): the PDF exactly as it went out, never regenerated, with the
 * template it came from and who it went to. Written in the transaction of the decision it reports.
 */
export const caseLetters = pgTable(
  'case_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    letterType: text('letter_type', { enum: letterTypes }).notNull(),
    audience: text('audience', { enum: letterAudiences }).notNull(),
    /** Which template (and version) wrote it, e.g. "denial/default@1" or "denial/HPP@1". */
    templateId: text('template_id').notNull(),
    title: text('title').notNull(),
    recipients: jsonb('recipients').$type<LetterRecipient[]>().notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('case_letters_case_idx').on(table.caseId, table.createdAt)],
);
