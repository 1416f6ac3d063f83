import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { healthPlans } from './plans.ts';
import { offices } from './offices.ts';
import { users } from './users.ts';

/** The practitioner registry (an NPPES-like directory the vendor keeps). */
export const practitioners = pgTable(
  'practitioners',
  {
    npi: text('npi').primaryKey(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    credential: text('credential').notNull(),
    specialty: text('specialty').notNull(),
    tin: text('tin'),
  },
  (table) => [index('practitioners_last_name_idx').on(table.lastName)],
);

/** A practitioner's practice address, as registered with a plan (or with none). */
export const practitionerLocations = pgTable(
  'practitioner_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    npi: text('npi')
      .notNull()
      .references(() => practitioners.npi),
    planId: uuid('plan_id').references(() => healthPlans.id),
    address: text('address').notNull(),
    city: text('city').notNull(),
    state: text('state').notNull(),
    zip: text('zip').notNull(),
    phone: text('phone').notNull(),
    fax: text('fax').notNull(),
  },
  (table) => [index('practitioner_locations_npi_idx').on(table.npi)],
);

/** Practitioners an office has added to its account; cases can only be built for these. */
export const officePractitioners = pgTable(
  'office_practitioners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    npi: text('npi')
      .notNull()
      .references(() => practitioners.npi),
    locationId: uuid('location_id')
      .notNull()
      .references(() => practitionerLocations.id),
    addedByUserId: uuid('added_by_user_id')
      .notNull()
      .references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('office_practitioners_unique').on(table.officeId, table.npi, table.locationId)],
);
