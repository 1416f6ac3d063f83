import { z } from 'zod';
import { emailSchema, newPasswordSchema, npiSchema, optionalPhoneSchema, optionalTrimmed, phoneSchema, stateSchema, trimmed, zipSchema } from './common.ts';

/**
 * GET /api/account → AccountView (office users only).
 * PUT /api/account (office administrator) body accountUpdateSchema → AccountView.
 */
export interface AccountView {
  office: { id: string; name: string; address: string; city: string; state: string; zip: string; phone: string; fax: string | null; npi: string | null; tin: string | null };
  primaryContact: { name: string; email: string; phone: string | null } | null;
  me: { userName: string; firstName: string; lastName: string; email: string; phone: string | null; role: string; mfaMethod: string | null };
  canEdit: boolean;
}

export const accountUpdateSchema = z
  .object({
    officeName: trimmed('Office name', 120),
    address: trimmed('Address', 120),
    city: trimmed('City', 60),
    state: stateSchema,
    zip: zipSchema,
    phone: phoneSchema,
    fax: optionalPhoneSchema,
    contactEmail: emailSchema,
  })
  .strict();

/** POST /api/account/password { currentPassword, newPassword, confirmPassword } → { message }; signs out other sessions. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password.' }).min(1, { error: 'Enter your current password.' }).max(1024),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .strict()
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], error: 'The two passwords do not match.' });

/** POST /api/account/mfa/reset { currentPassword } → SessionState: forgets the second factor and remembered devices; next sign-in enrols again. */
export const resetMfaSchema = z.object({ currentPassword: z.string().min(1, { error: 'Enter your current password.' }).max(1024) }).strict();

/**
 * POST /api/account/practitioners/search { npi, state, zip } → { matches: PractitionerMatch[] }.
 * An NPI with a bad check digit → 400 with fields.npi "This NPI is not valid (check digit)".
 * No match → 200 { matches: [] } and the UI says nothing matched.
 */
export const practitionerSearchSchema = z.object({ npi: npiSchema, state: stateSchema, zip: zipSchema }).strict();

export interface PractitionerMatch {
  locationId: string;
  npi: string;
  name: string;
  credential: string;
  specialty: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
  alreadyOnAccount: boolean;
}

/** POST /api/account/practitioners { locationId } → 201 OfficePractitioner. DELETE /api/account/practitioners/:id → 204. */
export const addPractitionerSchema = z.object({ locationId: z.uuid({ error: 'Choose a practitioner record.' }) }).strict();

/** GET /api/account/practitioners → { practitioners: OfficePractitioner[] } */
export interface OfficePractitioner {
  id: string;
  npi: string;
  name: string;
  lastName: string;
  firstName: string;
  credential: string;
  specialty: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
  addedAt: string;
}

export const optionalNote = optionalTrimmed('Note', 500);
