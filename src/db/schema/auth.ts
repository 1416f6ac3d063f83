import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { offices } from './offices.ts';
import { users } from './users.ts';

/**
 * Server-side sessions. The cookie holds a random 256-bit token; only its SHA-256 is
 * stored, so a database leak does not hand out live sessions.
 */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** password_verified: waiting for the second factor; authenticated: full access. */
    stage: text('stage', { enum: ['password_verified', 'authenticated'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    /** The absolute end, fixed when the sign-in began; activity never extends it. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    /** While enrolling an authenticator app: the sealed seed shown in the QR code, saved to the user once confirmed. */
    pendingTotpSecretEncrypted: text('pending_totp_secret_encrypted'),
    /** An intake agent on a call (C10): the caller's office, whose cases the agent works through the portal's use cases. */
    actingOfficeId: uuid('acting_office_id').references(() => offices.id),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** Single-use emailed links: verify email and set the first password, reset a password. */
export const userTokens = pgTable(
  'user_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose', { enum: ['verify_email', 'reset_password'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [index('user_tokens_user_idx').on(table.userId)],
);

/** One-time PINs sent by SMS or email for the second factor. */
export const mfaPins = pgTable(
  'mfa_pins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The sign-in attempt this PIN belongs to; a PIN from another sign-in is useless. */
    sessionTokenHash: text('session_token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    channel: text('channel', { enum: ['sms', 'email'] }).notNull(),
    destination: text('destination').notNull(),
    codeHash: text('code_hash').notNull(),
    /** Enrolment PINs prove a new phone number or method before it is saved. */
    enrolling: boolean('enrolling').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    wrongAttempts: integer('wrong_attempts').notNull().default(0),
    /** Set when used, replaced by a resend, or burned by too many wrong tries. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (table) => [index('mfa_pins_session_idx').on(table.sessionTokenHash), index('mfa_pins_user_idx').on(table.userId)],
);

/** "Remember this device for 30 days": skips only the PIN step, never the password. */
export const trustedDevices = pgTable(
  'trusted_devices',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** Copied from users.credential_generation; a password or MFA change makes it stale. */
    credentialGeneration: integer('credential_generation').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (table) => [index('trusted_devices_user_idx').on(table.userId)],
);

/** Failure counters for sign-in throttling, keyed by account name and by client address. */
export const throttleBuckets = pgTable('throttle_buckets', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});
