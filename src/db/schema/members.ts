import { date, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { healthPlans, linesOfBusiness } from './plans.ts';

/** Health-plan members (patients). Protected health information: every read and write is audited. */
export const members = pgTable(
  'members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => healthPlans.id),
    /** The patient ID printed on the card: digits only, no prefix. */
    patientId: text('patient_id').notNull(),
    /** The plan's internal member code shown in eligibility results. */
    memberCode: text('member_code').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    dateOfBirth: date('date_of_birth').notNull(),
    gender: text('gender', { enum: ['F', 'M', 'U'] }).notNull(),
    address: text('address').notNull(),
    city: text('city').notNull(),
    state: text('state').notNull(),
    zip: text('zip').notNull(),
    phone: text('phone'),
  },
  (table) => [
    uniqueIndex('members_plan_patient_unique').on(table.planId, table.patientId),
    index('members_last_name_idx').on(table.lastName),
  ],
);

/** Coverage spans: a member is eligible for a line of business between two dates. */
export const memberEligibility = pgTable(
  'member_eligibility',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => members.id),
    lineOfBusiness: text('line_of_business', { enum: linesOfBusiness }).notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date'),
  },
  (table) => [index('member_eligibility_member_idx').on(table.memberId)],
);

/** Rendering sites of service (facilities, imaging centres, DME suppliers). */
export const sites = pgTable(
  'sites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    npi: text('npi').notNull(),
    tin: text('tin').notNull(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    city: text('city').notNull(),
    state: text('state').notNull(),
    zip: text('zip').notNull(),
    phone: text('phone').notNull(),
    fax: text('fax').notNull(),
  },
  (table) => [index('sites_npi_idx').on(table.npi), index('sites_tin_idx').on(table.tin), index('sites_zip_idx').on(table.zip)],
);
