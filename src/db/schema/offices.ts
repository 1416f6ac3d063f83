import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A provider office: the tenant. Everything an office user sees is scoped to one office. */
export const offices = pgTable('offices', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  address: text('address').notNull(),
  city: text('city').notNull(),
  state: text('state').notNull(),
  zip: text('zip').notNull(),
  phone: text('phone').notNull(),
  /** Where pre-authorization letters and notices are faxed. */
  fax: text('fax'),
  npi: text('npi'),
  tin: text('tin'),
  portalPreference: text('portal_preference').notNull(),
  /** The user people at the plan call about this office; set at registration. */
  primaryContactUserId: uuid('primary_contact_user_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});
