import { boolean, customType, date, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * ICD-10-CM and HCPCS Level II codes in one searchable table. `system` tells them apart.
 * `search` is a generated full-text vector over code and description so word search
 * ("diab mell") uses a GIN index instead of a sequential scan.
 */
export const clinicalCodes = pgTable(
  'clinical_codes',
  {
    system: text('system', { enum: ['ICD10CM', 'HCPCS'] }).notNull(),
    code: text('code').notNull(),
    shortDescription: text('short_description').notNull(),
    description: text('description').notNull(),
    /** False for ICD-10-CM category headers (e.g. E11), which cannot be billed or requested. */
    billable: boolean('billable').notNull(),
    effectiveFrom: date('effective_from'),
    terminatedOn: date('terminated_on'),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('simple', code || ' ' || description)`),
  },
  (table) => [
    primaryKey({ columns: [table.system, table.code] }),
    index('clinical_codes_search_idx').using('gin', table.search),
    index('clinical_codes_code_prefix_idx').on(table.code.op('text_pattern_ops')),
  ],
);

export const hcpcsModifiers = pgTable('hcpcs_modifiers', {
  modifier: text('modifier').primaryKey(),
  shortDescription: text('short_description').notNull(),
  description: text('description').notNull(),
  terminatedOn: date('terminated_on'),
});

export const placesOfService = pgTable('places_of_service', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  telehealth: boolean('telehealth').notNull(),
});

export const usStates = pgTable('us_states', {
  abbreviation: text('abbreviation').primaryKey(),
  fipsCode: text('fips_code').notNull(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['state', 'federal_district', 'territory'] }).notNull(),
});
