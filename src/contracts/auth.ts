import { z } from 'zod';
import type { ActingOffice } from './intake.ts';
import {
  emailSchema,
  newPasswordSchema,
  npiSchema,
  optionalPhoneSchema,
  optionalTrimmed,
  phoneSchema,
  sixDigitCodeSchema,
  stateSchema,
  tinSchema,
  trimmed,
  userNameSchema,
  zipSchema,
} from './common.ts';

export const portalPreferences = ['Priora', 'Legacy portal'] as const;

/** POST /api/auth/register → 202 { message } (same answer whether or not the name or email is taken). */
export const registrationSchema = z
  .object({
    portalPreference: z.enum(portalPreferences, { error: 'Choose a default portal.' }),
    userName: userNameSchema,
    email: emailSchema,
    confirmEmail: z.string({ error: 'Confirm your email.' }).trim(),
    firstName: trimmed('First name', 50),
    lastName: trimmed('Last name', 50),
    phone: phoneSchema,
    phoneExtension: optionalTrimmed('Extension', 10),
    fax: optionalPhoneSchema,
    address: trimmed('Address', 120),
    city: trimmed('City', 60),
    state: stateSchema,
    zip: zipSchema,
    officeName: trimmed('Office name', 120),
    npi: npiSchema.optional().or(z.literal('').transform(() => undefined)),
    tin: tinSchema.optional().or(z.literal('').transform(() => undefined)),
  })
  .strict()
  .refine((value) => value.email.toLowerCase() === value.confirmEmail.toLowerCase(), {
    path: ['confirmEmail'],
    error: 'The two email addresses do not match.',
  });
export type RegistrationInput = z.input<typeof registrationSchema>;

/** POST /api/auth/email-token/inspect { token, purpose } → { userName } or 400 invalid_token. */
export const tokenInspectionSchema = z
  .object({ token: z.string().min(10).max(200), purpose: z.enum(['verify_email', 'reset_password']) })
  .strict();

/** POST /api/auth/set-password { token, password, confirmPassword } → { message } (the email link's page). */
export const setPasswordSchema = z
  .object({
    token: z.string().min(10).max(200),
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .strict()
  .refine((value) => value.password === value.confirmPassword, {
    path: ['confirmPassword'],
    error: 'The two passwords do not match.',
  });

/**
 * POST /api/auth/login → 200 SessionState. The HIPAA box must be ticked.
 * Wrong name or password: 401 invalid_credentials, the same for unknown names.
 */
export const loginSchema = z
  .object({
    userName: z.string({ error: 'Enter your user ID.' }).trim().min(1, { error: 'Enter your user ID.' }).max(50, { error: 'The user ID or password is incorrect.' }),
    password: z.string({ error: 'Enter your password.' }).min(1, { error: 'Enter your password.' }).max(1024),
    agreeToHipaa: z.literal(true, { error: 'You must agree to the HIPAA disclosure to sign in.' }),
  })
  .strict();

/** POST /api/auth/mfa/totp/start → TotpEnrolment while enrolling. */
export interface TotpEnrolment {
  /** Base32 seed, for typing into an app that cannot scan. */
  secret: string;
  otpauthUri: string;
  /** PNG of the otpauth URI. */
  qrCodeDataUrl: string;
}

/** POST /api/auth/mfa/totp/verify { code, rememberDevice } → SessionState (enrols or verifies). */
export const totpVerifySchema = z.object({ code: sixDigitCodeSchema, rememberDevice: z.boolean().default(false) }).strict();

/** The answer to a PIN send: where it went (masked) and until when it works. */
export interface PinSent {
  sentTo: string;
  expiresAt: string;
}

/**
 * POST /api/auth/mfa/pin/send { channel, phone? } → PinSent.
 * phone is needed only when enrolling SMS. Each send replaces the previous PIN.
 */
export const pinSendSchema = z
  .object({ channel: z.enum(['sms', 'email']), phone: phoneSchema.optional() })
  .strict();

/** POST /api/auth/mfa/pin/verify { code, rememberDevice } → SessionState. */
export const pinVerifySchema = z.object({ code: sixDigitCodeSchema, rememberDevice: z.boolean().default(false) }).strict();

/** POST /api/auth/forgot-user-id { email } → 202 { message } (same answer for unknown emails). */
export const forgotUserIdSchema = z.object({ email: emailSchema }).strict();

/** POST /api/auth/forgot-password { userName } → 202 { message } (same answer for unknown names). */
export const forgotPasswordSchema = z.object({ userName: trimmed('User ID', 50) }).strict();

/** POST /api/auth/reset-password { token, password, confirmPassword } → { message }. */
export const resetPasswordSchema = setPasswordSchema;

/**
 * GET /api/auth/session → SessionState (never counts as activity, so the idle timer is honest).
 * POST /api/auth/keep-alive → SessionState (counts as activity). POST /api/auth/logout → 204.
 */
export interface SessionState {
  /** anonymous: no session; mfa: password accepted, second factor needed; authenticated. */
  stage: 'anonymous' | 'mfa' | 'authenticated';
  user?: {
    id: string;
    userName: string;
    firstName: string;
    lastName: string;
    email: string;
    role: string;
    roleLabel: string;
    officeId: string | null;
    officeName: string | null;
  };
  mfa?: {
    /** True when the user has no second factor yet and must choose one. */
    enrolling: boolean;
    /** Methods this user may use now (clinical and admin roles: totp only). */
    allowedMethods: Array<'totp' | 'sms' | 'email'>;
    /** The enrolled method when not enrolling. */
    method: 'totp' | 'sms' | 'email' | null;
    /** Masked destination of the enrolled SMS/email method, e.g. "(•••) •••-4567". */
    maskedDestination: string | null;
  };
  /** ISO instants: when the session ends if idle, and at the latest. */
  idleExpiresAt?: string;
  absoluteExpiresAt?: string;
  /** Seconds of inactivity allowed; the UI warns 2 minutes before. */
  idleTimeoutSeconds?: number;
  /** What the web app may show (from the access policy), e.g. 'account.update', 'outbox.read'. */
  permissions?: string[];
  /** An intake agent on a call: the caller's office the agent acts for (C10); null between calls. */
  actingOffice?: ActingOffice | null;
  serverTime?: string;
}
