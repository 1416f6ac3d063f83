import type { PostDecisionOptionView } from './letters.ts';
import { z } from 'zod';
import { emailSchema, optionalPhoneSchema, optionalTrimmed, pageQueryFields, phoneSchema, trimmed, type ListPage } from './common.ts';
import { SERVICE_SETTING_VALUES } from './plan-admin.ts';

/** A calendar date as the API carries it: YYYY-MM-DD. */
export const isoDateSchema = z
  .string({ error: 'Enter a date.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Enter a date as MM/DD/YYYY.' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'That date does not exist.',
  });

export const programPaths = ['new_case', 'date_extension', 'continuing_care', 'referring_physician', 'dme_supplier'] as const;

/** POST /api/cases { programCode, programPath? } → 201 CaseView: starts an in-progress request. */
export const startCaseSchema = z
  .object({
    programCode: z.string().regex(/^[A-Z_]{2,20}$/, { error: 'Choose a program.' }),
    programPath: z.enum(programPaths).optional(),
  })
  .strict();

/**
 * PUT /api/cases/:id/steps/:step { version, input } → CaseView. `version` is the CaseView.version
 * the page was showing: a stale one answers 409 so two tabs cannot overwrite each other.
 */
export const stepInputSchemas = {
  /**
   * A provider on the office's account; or a registry address for this request only: a DME
   * supplier's ordering physician (seed 004), or a provider found by NPI and not added (seed 003).
   */
  provider: z.union([
    z.object({ officePractitionerId: z.uuid({ error: 'Choose a provider.' }) }).strict(),
    z.object({ orderingLocationId: z.uuid({ error: 'Choose the ordering physician.' }) }).strict(),
  ]),
  plan: z
    .object({
      planId: z.uuid({ error: 'Choose the health plan.' }),
      locationId: z.uuid({ error: "Choose the provider's address for this plan." }),
    })
    .strict(),
  contact: z
    .object({
      providerName: trimmed('Provider name', 120),
      contactName: trimmed('Who to contact', 120),
      phone: phoneSchema,
      phoneExtension: optionalTrimmed('Extension', 10),
      fax: phoneSchema,
      cell: optionalPhoneSchema,
      email: emailSchema,
      notifyOnStatusChange: z.boolean(),
    })
    .strict(),
  member: z
    .object({
      memberId: z.uuid({ error: 'Look up and choose the member.' }),
      bestPhone: optionalPhoneSchema,
      phoneUnknown: z.boolean(),
      cellPhone: optionalPhoneSchema,
      email: emailSchema.optional().or(z.literal('').transform(() => undefined)),
    })
    .strict()
    .refine((value) => value.phoneUnknown || value.bestPhone !== undefined, {
      path: ['bestPhone'],
      error: "Enter the patient's best contact number, or choose Unknown.",
    }),
  date_of_service: z
    .object({
      dateOfService: isoDateSchema,
      alreadyPerformed: z.boolean(),
      dmeDeliveredOn: isoDateSchema.optional(),
      dmeUrgentAfterHours: z.boolean().optional(),
    })
    .strict(),
  service: z
    .object({
      procedureCode: z.string().trim().min(1, { error: 'Choose the procedure.' }).max(20),
      primaryDiagnosis: z.string().trim().min(3, { error: 'Choose the primary diagnosis.' }).max(10),
      secondaryDiagnosis: z.string().trim().max(10).optional().or(z.literal('').transform(() => undefined)),
      renderedInOffice: z.boolean(),
    })
    .strict(),
  site: z.object({ siteId: z.uuid({ error: 'Choose the site of service.' }) }).strict(),
} as const;

export type EditableStep = keyof typeof stepInputSchemas;

/**
 * GET /api/physicians/search?npi=&tin=&lastName=&city=&zip= → { physicians: PhysicianMatch[] }:
 * the registry search a DME supplier uses to name the ordering physician. Needs an NPI or a TIN.
 */
export const physicianSearchSchema = z
  .object({
    npi: z.string().trim().regex(/^\d{10}$/, { error: 'An NPI is 10 digits.' }).optional(),
    tin: z
      .string()
      .trim()
      .transform((value) => value.replace(/\D/g, ''))
      .refine((digits) => /^\d{9}$/.test(digits), { error: 'A TIN is 9 digits.' })
      .optional(),
    lastName: z.string().trim().max(60).optional(),
    city: z.string().trim().max(60).optional(),
    zip: z.string().trim().regex(/^\d{5}$/, { error: 'Enter a 5-digit zip code.' }).optional(),
  })
  .strict()
  .refine((value) => value.npi !== undefined || value.tin !== undefined, { path: ['npi'], error: 'Search by NPI or TIN (last name, city and zip narrow the search).' });

export interface PhysicianMatch {
  locationId: string;
  npi: string;
  name: string;
  specialty: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
}

export const saveStepSchema = z.object({ version: z.number().int().min(1), input: z.unknown() }).strict();

/**
 * POST /api/eligibility/search { planId, patientId, dateOfBirth, lastName } → { members: EligibilityResult[] }.
 * Patient ID is digits only (no prefix). Every result returned is an audited read of member data.
 */
export const eligibilitySearchSchema = z
  .object({
    planId: z.uuid({ error: 'Choose the health plan.' }),
    patientId: z
      .string({ error: 'Enter the patient ID.' })
      .trim()
      .regex(/^\d{4,20}$/, { error: 'Enter the patient ID as digits only, without any prefix.' }),
    dateOfBirth: isoDateSchema,
    lastName: trimmed('Last name', 60),
    /** The date eligibility is checked on; today when absent. */
    onDate: isoDateSchema.optional(),
  })
  .strict();

export interface EligibilityResult {
  memberId: string;
  patientId: string;
  memberCode: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender: 'F' | 'M' | 'U';
  address: string;
  city: string;
  state: string;
  zip: string;
  /** Coverage in force on the date asked about, or null when not eligible then. */
  coverage: { lineOfBusiness: string; startDate: string; endDate: string | null } | null;
}

/** GET /api/cases/:id → CaseView; GET /api/cases/in-progress → { cases: CaseView[] } */
export interface CaseView {
  id: string;
  status: string;
  version: number;
  currentStep: string;
  percentComplete: number;
  locked: boolean;
  caseNumber: string | null;
  authorizationNumber: string | null;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
  program: { code: string; name: string; path: string | null };
  provider: { officePractitionerId: string | null; npi: string; name: string } | null;
  plan: { id: string; name: string; lineOfBusiness: string | null } | null;
  providerAddress: { locationId: string; address: string; city: string; state: string; zip: string; phone: string; fax: string } | null;
  contact: {
    providerName: string;
    contactName: string;
    phone: string;
    phoneExtension?: string | undefined;
    fax: string;
    cell?: string | undefined;
    email: string;
    notifyOnStatusChange: boolean;
  } | null;
  member: {
    id: string;
    patientId: string;
    name: string;
    dateOfBirth: string;
    bestPhone: string | null;
    phoneUnknown: boolean;
    cellPhone: string | null;
    email: string | null;
  } | null;
  dateOfService: string | null;
  retrospective: boolean | null;
  /** DME: when the equipment was delivered or dispensed, and whether urgently after hours. */
  dme: { deliveredOn: string | null; urgentAfterHours: boolean | null } | null;
  service: {
    procedureCode: string;
    procedureDescription: string;
    primaryDiagnosis: { code: string; description: string };
    secondaryDiagnosis: { code: string; description: string } | null;
    renderedInOffice: boolean;
  } | null;
  site: { id: string; name: string; npi: string; address: string; city: string; state: string; zip: string } | null;
  urgency: 'standard' | 'urgent' | null;
  /** A message about what the last save did that the person may not expect. */
  notice?: string;
}

/** POST /api/cases/:id/attest { version, attest: true } → CaseView: locks provider, member and service. */
export const attestSchema = z.object({ version: z.number().int().min(1), attest: z.literal(true, { error: 'Confirm that the information is correct.' }) }).strict();

/**
 * PUT /api/cases/:id/urgency { version, urgency, reasons } → CaseView. Urgent needs one of the two
 * reasons and a successful clinical upload (POST /api/cases/:id/documents, purpose urgent_clinical);
 * without the upload the request is saved as standard and CaseView.notice says so.
 */
export const urgencySchema = z
  .object({
    version: z.number().int().min(1),
    urgency: z.enum(['standard', 'urgent']),
    reasons: z
      .object({
        /** A delay could seriously jeopardise the member's life, health or ability to regain maximum function. */
        jeopardy: z.boolean(),
        /** The member has severe pain that cannot be managed without the service. */
        severePain: z.boolean(),
      })
      .strict(),
  })
  .strict()
  .refine((value) => value.urgency === 'standard' || value.reasons.jeopardy || value.reasons.severePain, {
    path: ['reasons'],
    error: 'An urgent request must meet at least one of the two urgency criteria.',
  });

/** POST /api/cases/:id/documents (multipart: purpose, then up to five files) → 201 { documents } */
export const documentPurposes = ['clinical', 'urgent_clinical', 'additional_clinical'] as const;

/** The status tabs of the worklist (seed 004) and the case statuses each gathers. */
export const statusTabs = {
  pending: ['pending_clinical_review', 'pending_medical_review', 'additional_information_received', 'on_hold'],
  approved: ['approved'],
  partially_approved: ['partially_approved'],
  denied: ['denied', 'administratively_denied'],
  cancelled: ['cancelled', 'withdrawn', 'expired'],
} as const;
export type StatusTab = keyof typeof statusTabs | 'all';

export const worklistSortColumns = [
  'submittedAt',
  'caseNumber',
  'authorizationNumber',
  'memberLastName',
  'providerLastName',
  'status',
  'procedureCode',
  'siteName',
  'validTo',
] as const;

/**
 * GET /api/cases?… → CaseWorklistPage: Certification Summary, the office's submitted cases.
 * Each filter matches the start of its column (case-insensitive); q searches all of them.
 */
export const worklistQuerySchema = z
  .object({
    tab: z.enum(['all', 'pending', 'approved', 'partially_approved', 'denied', 'cancelled']).default('all'),
    q: z.string().trim().max(100).optional(),
    caseNumber: z.string().trim().max(20).optional(),
    authorizationNumber: z.string().trim().max(20).optional(),
    memberLastName: z.string().trim().max(60).optional(),
    providerLastName: z.string().trim().max(60).optional(),
    npi: z.string().trim().regex(/^\d{1,10}$/, { error: 'Digits only.' }).optional(),
    procedureCode: z.string().trim().max(20).optional(),
    siteName: z.string().trim().max(120).optional(),
    submittedFrom: isoDateSchema.optional(),
    submittedTo: isoDateSchema.optional(),
    sort: z.enum(worklistSortColumns).default('submittedAt'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    ...pageQueryFields,
  })
  .strict();

/** What every list of an office's requests shows of each (Certification Summary, Authorization Lookup, legacy portal). */
export interface CaseListRow {
  id: string;
  caseNumber: string | null;
  authorizationNumber: string | null;
  status: string;
  memberLastName: string | null;
  memberFirstName: string | null;
  providerLastName: string | null;
  providerNpi: string | null;
}

export interface CaseWorklistRow extends CaseListRow {
  submittedAt: string | null;
  procedureCode: string | null;
  serviceDescription: string | null;
  siteName: string | null;
  validTo: string | null;
  documentCount: number;
}

export type CaseWorklistPage = ListPage<CaseWorklistRow>;

/**
 * POST /api/lookup/authorizations → { cases: CaseWorklistRow[] } (the office's own cases only):
 * by member (plan, patient ID, date of birth) or by authorization/case number with the ordering NPI.
 */
export const authorizationLookupSchema = z.discriminatedUnion('by', [
  z
    .object({
      by: z.literal('member'),
      planId: z.uuid({ error: 'Choose the health plan.' }),
      patientId: z.string().trim().regex(/^\d{4,20}$/, { error: 'Enter the patient ID as digits only.' }),
      dateOfBirth: isoDateSchema,
    })
    .strict(),
  z
    .object({
      by: z.literal('number'),
      number: z.string().trim().regex(/^A?\d{6,12}$/i, { error: 'Enter an authorization number (A…) or a case number.' }),
      orderingNpi: z.string().trim().regex(/^\d{10}$/, { error: 'An NPI is 10 digits.' }),
    })
    .strict(),
]);

/** GET /api/cases/:id/detail → CaseDetail: the Authorization Lookup detail view. */
/**
 * An open hold as the office and reviewers see it: what was asked for (pre_decision: the Medicare
 * notice that a denial is intended), `dueAt` the instant it ends (exclusive) and `lastDay` the last
 * day to answer as people read it (ISO date, the plan's zone).
 */
export interface HoldView {
  kind: 'information' | 'pre_decision';
  items: string[];
  note: string;
  dueAt: string;
  lastDay: string;
}

export interface CaseDetail {
  id: string;
  caseNumber: string | null;
  authorizationNumber: string | null;
  status: string;
  urgency: string | null;
  programName: string;
  planName: string | null;
  lineOfBusiness: string | null;
  member: { name: string; patientId: string; dateOfBirth: string } | null;
  orderingProvider: { name: string; npi: string } | null;
  site: { name: string; npi: string; address: string; city: string; state: string; zip: string } | null;
  dateOfService: string | null;
  submittedAt: string | null;
  validFrom: string | null;
  validTo: string | null;
  lastUpdated: string;
  diagnoses: Array<{ rank: string; code: string; description: string }>;
  procedures: Array<{
    lineNumber: number;
    code: string;
    description: string;
    modifiers: string[];
    unitsRequested: number;
    unitsApproved: number | null;
    phase: string | null;
    technique: string | null;
    fractionsRequested: number | null;
    fractionsApproved: number | null;
    status: string;
  }>;
  documents: Array<{ id: string; displayName: string; purpose: string; uploadedAt: string; sizeBytes: number }>;
  /** What SUBMIT CASE answered (criteria with citations, decision due date, message); null before submission. */
  submission: SubmissionResult | null;
  /** The case's history as the office sees it: submission, escalation, decisions (never internal notes). */
  history: Array<{ at: string; description: string; actor: string | null }>;
  /** While on hold: what the reviewer asked for (in words) and by when; pre_decision: the Medicare notice that a denial is intended. */
  hold: HoldView | null;
  /** After an adverse decision: P2P, reconsideration and appeals, each open until when or why not (C6). */
  postDecisionOptions: PostDecisionOptionView[];
  p2p: CaseP2pView;
}

/** The case's peer to peer: the appointment scheduled, or whether one may be scheduled now (by the server's clock). */
export interface CaseP2pView {
  /** "P2P Eligibility Result" (seeds): a P2P now is consultative only or before the decision, or why there is none; null before any decision and when one may change the decision ("P2P availability" says so). */
  eligibilityResult: string | null;
  /** "P2P Status" (seeds): the latest appointment in words ("Scheduled for …", "Held …: Decision upheld"); null when none. */
  status: string | null;
  scheduled: { appointmentId: string; startsAt: string; reviewerName: string } | null;
  mayRequest: boolean;
  /** peer_to_peer (may change the decision), peer_to_peer_consultative, or pre_decision (the Medicare consultation before the decision). */
  level: 'peer_to_peer' | 'peer_to_peer_consultative' | 'pre_decision' | null;
}

/**
 * POST /api/eligibility/check { planId, patientId, dateOfBirth, lastName, onDate, procedureCode? }
 * → EligibilityCheck: is the member covered on the date, and does the service need authorization?
 */
export const eligibilityCheckSchema = z
  .object({
    planId: z.uuid({ error: 'Choose the health plan.' }),
    patientId: z.string().trim().regex(/^\d{4,20}$/, { error: 'Enter the patient ID as digits only, without any prefix.' }),
    dateOfBirth: isoDateSchema,
    lastName: trimmed('Last name', 60),
    onDate: isoDateSchema,
    procedureCode: z.string().trim().max(20).optional().or(z.literal('').transform(() => undefined)),
    /** Where the service will be done: some plans do not ask for authorization in some settings. */
    setting: z.enum(SERVICE_SETTING_VALUES, { error: 'Choose where the service will be done.' }).optional().or(z.literal('').transform(() => undefined)),
  })
  .strict();

export interface EligibilityCheck {
  member: EligibilityResult | null;
  /** null when no procedure was asked about or the member was not found. */
  authorization: {
    required: boolean;
    programCode: string | null;
    programName: string | null;
    explanation: string;
  } | null;
}

/**
 * GET /api/cases/:id/questionnaire → QuestionnaireState; PUT the same path { version, answers }
 * saves (and is "finish later": the request can be resumed from In Progress). Answers are a map
 * keyed by linkId; a repeating group's answer is a list of such maps.
 */
export const saveAnswersSchema = z.object({ version: z.number().int().min(1), answers: z.record(z.string().max(80), z.unknown()) }).strict();

export interface QuestionnaireState {
  caseVersion: number;
  /** The wizard's progress after this save ('review' once every question is answered). */
  currentStep: string;
  percentComplete: number;
  /** The FHIR-shaped questionnaire (id, version, title, items) the answers belong to. */
  questionnaire: { id: string; version: string; title: string; items: unknown[] } | null;
  answers: Record<string, unknown>;
  /** The questions to show now, in order: path (linkId and repeat indexes) and depth. */
  visible: Array<{ key: string; linkId: string; path: Array<string | number>; depth: number }>;
  problems: Array<{ key: string; linkId: string; message: string }>;
  complete: boolean;
}

/**
 * POST /api/cases/:id/submit (header Idempotency-Key required) { version, acknowledge: true,
 * criteriaNotMet?: { choice, notes? } } → 201 SubmissionResult. The same key and body replays
 * the first answer; the same key with another body → 422.
 */
export const submitCaseSchema = z
  .object({
    version: z.number().int().min(1),
    acknowledge: z.literal(true, { error: 'Confirm the acknowledgement to submit the request.' }),
    criteriaNotMet: z
      .object({
        choice: z.enum(['upload', 'notes', 'both', 'none']),
        notes: z.string().trim().max(4000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export interface SubmissionResult {
  caseId: string;
  caseNumber: string;
  status: 'approved' | 'pending_clinical_review' | 'administratively_denied';
  authorizationNumber: string | null;
  /** What was approved (when approved): one line per procedure, phase or equipment item. */
  approvedLines: Array<{ code: string; description: string; units: number; phase?: string; technique?: string; fractions?: number; acquisition?: string; rentalMonths?: number }>;
  validFrom: string | null;
  validTo: string | null;
  decisionDueAt: string | null;
  /** Each criterion with its result and reason, with the guideline version (transparency, C12). */
  criteria: Array<{ id: string; text: string; result: string; reason: string; guideline: string; version: string; section: string }>;
  /**
   * When the request goes to review: other treatment plans the guideline supports for these
   * answers (fewer fractions, another technique …). A reviewer may recommend one; the office may
   * also change its answers before submitting. Absent on results stored before alternatives existed.
   */
  alternatives?: GuidelineAlternative[];
  message: string;
}

export interface GuidelineAlternative {
  id: string;
  text: string;
  reason: string;
  guideline: string;
  version: string;
  section: string;
  lines: Array<{ code: string; description: string; units: number; phase?: string; technique?: string; fractions?: number }>;
}

/** GET /api/cases/:id/review → ReviewOutlook: what SUBMIT CASE will do, and possible duplicates. */
export interface ReviewOutlook {
  outcome: 'approve' | 'refer' | 'administrative_denial';
  reason: string | null;
  questionnaireComplete: boolean;
  criteria: SubmissionResult['criteria'];
  alternatives: GuidelineAlternative[];
  /** Open or approved requests for the same member and service within 180 days of this one. */
  duplicates: Array<{ caseNumber: string | null; status: string; dateOfService: string | null; authorizationNumber: string | null }>;
}

/** GET /api/cases/:id/upload-rules → UploadRules: the plan's upload policy for this case. */
export interface UploadRules {
  maxFiles: number;
  maxFileBytes: number;
  /** Lower case with the dot: ".pdf". */
  allowedExtensions: string[];
}
