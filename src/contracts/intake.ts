import { z } from 'zod';
import { trimmed } from './common.ts';

/**
 * The phone and fax channel (C10) and authorization updates (C5), for intake agents, under /api/intake:
 *
 * GET    /offices?q=                         → { offices: CallerOffice[] } (q: an NPI of the office or of a
 *                                              practitioner on its account, 10 digits, or a TIN, 9 digits)
 * POST   /acting-office { officeId }         → SessionState: the call starts; the agent acts for the office
 * DELETE /acting-office                      → SessionState: the call ends
 * GET    /cases/:id/update-options           → AuthorizationUpdateOptions (a case of the office on the call)
 * POST   /cases/:id/update { version, change, …, reason } → AuthorizationUpdateResult
 *
 * While on a call, the portal's own endpoints (the wizard, Certification Summary, Authorization and
 * Eligibility Lookup, uploads) answer for the caller's office; an upload of additional clinicals
 * by the agent is kept as a faxed document.
 */

/** The office an intake agent is on a call for (shown in the banner, and in GET /api/auth/session). */
export interface ActingOffice {
  id: string;
  name: string;
  npi: string | null;
  tin: string | null;
}

const digitsOnly = (value: string) => value.replace(/[\s-]/g, '');

export const officeSearchSchema = z
  .object({
    q: z
      .string({ error: 'Enter an NPI or a TIN.' })
      .trim()
      .max(20, { error: 'Enter an NPI (10 digits) or a TIN (9 digits).' })
      .transform(digitsOnly)
      .refine((value) => /^(\d{9}|\d{10})$/.test(value), { error: 'Enter an NPI (10 digits) or a TIN (9 digits).' }),
  })
  .strict();

/** A provider office found for a caller, with what identifies it on the phone. */
export interface CallerOffice {
  id: string;
  name: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  npi: string | null;
  tin: string | null;
  /** NPIs of the practitioners on the office's account. */
  practitionerNpis: string[];
}

export const startCallSchema = z.object({ officeId: z.uuid({ error: 'Choose the caller’s office.' }) }).strict();

/** Submitted and not closed: pending a decision, on hold, or approved (a decided adverse case is changed by reconsideration or appeal instead). */
export const UPDATABLE_STATUSES = ['pending_clinical_review', 'pending_medical_review', 'additional_information_received', 'on_hold', 'approved', 'partially_approved'] as const;

export function isUpdatable(status: string): boolean {
  return (UPDATABLE_STATUSES as readonly string[]).includes(status);
}

export const AUTHORIZATION_CHANGES = ['site', 'procedure', 'treatment'] as const;
export type AuthorizationChange = (typeof AUTHORIZATION_CHANGES)[number];

const reasonSchema = z
  .string({ error: 'Say why the authorization is updated.' })
  .trim()
  .min(1, { error: 'Say why the authorization is updated (for example, what the caller asked for).' })
  .max(1000, { error: 'Keep the reason to 1000 characters.' });
const versionSchema = z.number().int().min(1);

/**
 * One authorization update. A site or procedure change updates the case; a change of radiation
 * technique or fractions (`treatment`: the plan's answers by question) makes a new case for review.
 */
export const authorizationUpdateSchema = z.discriminatedUnion('change', [
  z.object({ change: z.literal('site'), version: versionSchema, siteId: z.uuid({ error: 'Search for the new site and choose it.' }), reason: reasonSchema }).strict(),
  z.object({ change: z.literal('procedure'), version: versionSchema, procedureCode: trimmed('Procedure code', 20), reason: reasonSchema }).strict(),
  z
    .object({
      change: z.literal('treatment'),
      version: versionSchema,
      answers: z.record(z.string().max(80), z.union([z.string().max(100), z.number()])),
      reason: reasonSchema,
    })
    .strict(),
]);
export type AuthorizationUpdateInput = z.input<typeof authorizationUpdateSchema>;

/** A technique or fraction question of a radiation plan, with the case's answer. */
export interface TreatmentItem {
  linkId: string;
  label: string;
  type: 'choice' | 'integer';
  options: Array<{ value: string; display: string }>;
  min: number | null;
  max: number | null;
  value: string | number | null;
}

export interface AuthorizationUpdateOptions {
  caseId: string;
  caseNumber: string | null;
  version: number;
  status: string;
  /** Null when the case may be updated now; otherwise why not. */
  notUpdatable: string | null;
  site: { id: string; name: string; npi: string } | null;
  procedure: { code: string; description: string } | null;
  /** Radiation oncology: the technique and fraction answers; changing them makes a new case for review. Empty otherwise. */
  treatment: TreatmentItem[];
}

export interface AuthorizationUpdateResult {
  caseId: string;
  caseNumber: string | null;
  /** A change of radiation technique or fractions: the new case, reviewed on its own; the original is withdrawn once it is approved. */
  newCase: { id: string; caseNumber: string; status: string; decisionDueAt: string | null } | null;
  message: string;
}
