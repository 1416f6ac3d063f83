import { date, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const linesOfBusiness = ['commercial', 'medicare', 'medicaid', 'dual'] as const;
export type LineOfBusiness = (typeof linesOfBusiness)[number];

export const healthPlans = pgTable('health_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Short stable code used in URLs, seeds and configuration, e.g. HPP. */
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  /** Phone and fax the portal shows when a provider needs the plan itself. */
  phone: text('phone'),
  fax: text('fax'),
});

/** Which lines of business a plan offers in which state. */
export const planLinesOfBusiness = pgTable(
  'plan_lines_of_business',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => healthPlans.id),
    lineOfBusiness: text('line_of_business', { enum: linesOfBusiness }).notNull(),
    state: text('state').notNull(),
  },
  (table) => [primaryKey({ columns: [table.planId, table.lineOfBusiness, table.state] })],
);

/** The specialty programs a UM vendor runs (radiation oncology, MSK, DME …). */
export const programs = pgTable('programs', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  sortOrder: integer('sort_order').notNull(),
});

/**
 * What may be requested under a program: CPT numbers (our own wording, never AMA
 * descriptors), HCPCS codes, or program codes such as RCBREA or SPINE.
 */
export const programProcedures = pgTable(
  'program_procedures',
  {
    programCode: text('program_code')
      .notNull()
      .references(() => programs.code),
    code: text('code').notNull(),
    codeSystem: text('code_system', { enum: ['CPT', 'HCPCS', 'PROGRAM'] }).notNull(),
    /** Plain-language description written by Priora. */
    description: text('description').notNull(),
  },
  (table) => [primaryKey({ columns: [table.programCode, table.code] })],
);

/** A plan contracts a program for a line of business from a date (and possibly until one). */
export const planProgramContracts = pgTable(
  'plan_program_contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => healthPlans.id),
    programCode: text('program_code')
      .notNull()
      .references(() => programs.code),
    lineOfBusiness: text('line_of_business', { enum: linesOfBusiness }).notNull(),
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
  },
  (table) => [
    uniqueIndex('plan_program_contracts_unique').on(table.planId, table.programCode, table.lineOfBusiness, table.effectiveFrom),
  ],
);
