import { z } from 'zod';

/**
 * Input schemas shared by the API (route validation) and the web app (form validation),
 * so a person sees the same message in the browser as the server would give.
 * Imports nothing but zod: the web bundle includes this folder.
 */
export const trimmed = (label: string, max = 100) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, { error: `${label} is required.` })
    .max(max, { error: `${label} must be at most ${max} characters.` });

export const optionalTrimmed = (label: string, max = 100) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters.` })
    .optional()
    .transform((value) => (value === '' ? undefined : value));

export const emailSchema = z
  .string({ error: 'Email is required.' })
  .trim()
  .min(1, { error: 'Email is required.' })
  .max(254, { error: 'Email must be at most 254 characters.' })
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com.' }));

/** US phone: any punctuation, 10 digits (an optional leading 1 is dropped). */
export const phoneSchema = z
  .string({ error: 'Phone is required.' })
  .trim()
  .max(30, { error: 'Enter a 10-digit phone number.' })
  .transform((value) => value.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, ''))
  .refine((digits) => /^\d{10}$/.test(digits), { error: 'Enter a 10-digit phone number.' });

/** An optional phone-like field (fax, extension-free numbers): empty means not given. */
export const optionalPhoneSchema = phoneSchema.optional().or(z.literal('').transform(() => undefined));

export const zipSchema = z
  .string({ error: 'Zip is required.' })
  .trim()
  .regex(/^\d{5}(-\d{4})?$/, { error: 'Enter a 5-digit zip code (or ZIP+4).' });

export const stateSchema = z
  .string({ error: 'State is required.' })
  .trim()
  .regex(/^[A-Z]{2}$/, { error: 'Choose a state.' });

export const npiSchema = z
  .string({ error: 'NPI is required.' })
  .trim()
  .regex(/^\d{10}$/, { error: 'An NPI is 10 digits.' });

export const tinSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/\D/g, ''))
  .refine((digits) => /^\d{9}$/.test(digits), { error: 'A tax ID (TIN) is 9 digits.' });

export const userNameSchema = z
  .string({ error: 'User name is required.' })
  .trim()
  .min(4, { error: 'User name must be at least 4 characters.' })
  .max(50, { error: 'User name must be at most 50 characters.' })
  .regex(/^[A-Za-z0-9._-]+$/, { error: 'Use letters, digits, dots, dashes and underscores only.' });

/** Length is checked here; the blocklist only on the server (it is 200 KB). */
export const newPasswordSchema = z
  .string({ error: 'Password is required.' })
  .min(15, { error: 'Use at least 15 characters.' })
  .max(256, { error: 'Use at most 256 characters.' });

export const sixDigitCodeSchema = z
  .string({ error: 'Enter the 6-digit code.' })
  .trim()
  .regex(/^\d{6}$/, { error: 'Enter the 6-digit code.' });

/**
 * ?page=&pageSize= of every paged list (Certification Summary, legacy portal): pages count from 1,
 * 25 rows unless asked, at most 100 a page.
 */
export const pageQueryFields = {
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(5).max(100).default(25),
};

/** One page of a paged list, with the total the pager counts its pages from. */
export interface ListPage<Row> {
  total: number;
  page: number;
  pageSize: number;
  rows: Row[];
}

/** The standard error body of every API response with status >= 400. */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string>; details?: Record<string, unknown>; requestId?: string };
}
