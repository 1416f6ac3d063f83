import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PolicyValues } from '../../domain/policies/policy-types.ts';
import { linesOfBusiness } from './plans.ts';
import { users } from './users.ts';

/**
 * Plan policy versions (PRODUCT.md section 4, C11): one complete set of values per scope and
 * period. Rows are never updated in their values: a change is a new version, and the version it
 * replaces gets an end date, so the version id a case recorded still reproduces every number.
 * The shipped versions (src/content/policies) are inserted once; plan administrators add the rest.
 */
export const policyVersions = pgTable(
  'policy_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: text('version_id').notNull().unique(),
    planCode: text('plan_code'),
    lineOfBusiness: text('line_of_business', { enum: linesOfBusiness }),
    programCode: text('program_code'),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    values: jsonb('values').$type<PolicyValues>().notNull(),
    /** Withdrawn versions (a future version taken back before it started) are kept for history. */
    status: text('status', { enum: ['active', 'withdrawn'] }).notNull().default('active'),
    /** Why the version was added, in the administrator's words. */
    note: text('note'),
    /** Null for versions shipped with Priora. */
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    withdrawnByUserId: uuid('withdrawn_by_user_id').references(() => users.id),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  },
  (table) => [
    index('policy_versions_scope_idx').on(table.planCode, table.lineOfBusiness, table.programCode),
    check('policy_versions_period', sql`${table.effectiveTo} is null or ${table.effectiveTo} >= ${table.effectiveFrom}`),
  ],
);
