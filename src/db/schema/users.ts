import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { roles } from '../../domain/accounts/roles.ts';
import { offices } from './offices.ts';

export const userStatuses = ['pending_verification', 'active', 'disabled'] as const;
export const mfaMethods = ['totp', 'sms', 'email'] as const;

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** As typed at registration; uniqueness and sign-in use the lower-case form. */
    userName: text('user_name').notNull(),
    email: text('email').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    phone: text('phone'),
    phoneExtension: text('phone_extension'),
    role: text('role', { enum: roles }).notNull(),
    /** Set for office roles only; staff of the plan or vendor belong to no office. */
    officeId: uuid('office_id').references(() => offices.id),
    status: text('status', { enum: userStatuses }).notNull(),
    passwordHash: text('password_hash'),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    mfaMethod: text('mfa_method', { enum: mfaMethods }),
    /** AES-GCM encrypted base32 TOTP seed (see app/security/secret-box.ts). */
    totpSecretEncrypted: text('totp_secret_encrypted'),
    /** Last accepted TOTP time step, so a code cannot be replayed. */
    totpLastTimeStep: integer('totp_last_time_step'),
    /** Verified mobile number for SMS PINs. */
    mfaPhone: text('mfa_phone'),
    /** Bumped whenever password or MFA changes: remembered devices from an older generation stop working. */
    credentialGeneration: integer('credential_generation').notNull().default(0),
    /** IANA zone the person confirmed (P2P scheduler shows times in it); null until confirmed. */
    timeZone: text('time_zone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    createdByUserId: uuid('created_by_user_id'),
  },
  (table) => [
    uniqueIndex('users_user_name_lower_unique').on(sql`lower(${table.userName})`),
    index('users_email_lower_idx').on(sql`lower(${table.email})`),
    index('users_office_idx').on(table.officeId),
  ],
);
