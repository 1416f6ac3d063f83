import { type AnyPgColumn, boolean, customType, date, index, integer, jsonb, pgSequence, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
import { members, sites } from './members.ts';
import { offices } from './offices.ts';
import { healthPlans, linesOfBusiness, programs } from './plans.ts';
import { practitionerLocations, practitioners } from './practitioners.ts';
import { users } from './users.ts';

/** Case numbers are assigned at submission, authorization numbers at approval; never reused. */
export const caseNumberSequence = pgSequence('case_number_seq', { startWith: 100_000_001 });
export const authorizationNumberSequence = pgSequence('authorization_number_seq', { startWith: 500_000_001 });

export const caseStatuses = [
  'in_progress',
  'expired',
  'approved',
  'pending_clinical_review',
  'pending_medical_review',
  'additional_information_received',
  /** A reviewer asked the office for missing information (hold_request), due by hold_due_at. */
  'on_hold',
  'partially_approved',
  'denied',
  'administratively_denied',
  /** Not approved as requested; the reviewer recommends another treatment (C5: accept by new case or reconsideration). */
  'alternative_recommended',
  'withdrawn',
  'cancelled',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const casePortals = ['current', 'legacy'] as const;
export type CasePortal = (typeof casePortals)[number];

/**
 * One authorization request (PRODUCT.md "Case"). Built step by step while in_progress; the
 * attestation (locked_at) freezes provider, member and service; submission gives it a case
 * number. Belongs to exactly one office: every query for office users filters on office_id.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    channel: text('channel', { enum: ['web', 'phone', 'fax', 'fhir'] }).notNull(),
    status: text('status', { enum: caseStatuses }).notNull(),
    /** Optimistic concurrency: every change bumps it; a stale write is refused. */
    version: integer('version').notNull().default(1),
    caseNumber: text('case_number'),
    authorizationNumber: text('authorization_number'),

    programCode: text('program_code')
      .notNull()
      .references(() => programs.code),
    /** Answers to the program's opening question (MSK therapy: extension / continuing / new; DME: referring or supplier). */
    programPath: text('program_path'),
    orderingNpi: text('ordering_npi').references(() => practitioners.npi),
    orderingLocationId: uuid('ordering_location_id').references(() => practitionerLocations.id),
    planId: uuid('plan_id').references(() => healthPlans.id),
    lineOfBusiness: text('line_of_business', { enum: linesOfBusiness }),
    /** Contact for this request only (prefilled from the office, editable). */
    contact: jsonb('contact').$type<CaseContact>(),
    memberId: uuid('member_id').references(() => members.id),
    memberContact: jsonb('member_contact').$type<MemberContact>(),
    dateOfService: date('date_of_service'),
    /** The service was already performed: a retrospective request, under the plan's retro window. */
    retrospective: boolean('retrospective'),
    /** DME: when the equipment was delivered or dispensed, and whether that was urgent after hours. */
    dmeDeliveredOn: date('dme_delivered_on'),
    dmeUrgentAfterHours: boolean('dme_urgent_after_hours'),
    siteId: uuid('site_id').references(() => sites.id),
    placeOfService: text('place_of_service'),
    renderedInOffice: boolean('rendered_in_office'),
    urgency: text('urgency', { enum: ['standard', 'urgent'] }),
    questionnaireId: text('questionnaire_id'),
    questionnaireVersion: text('questionnaire_version'),
    answers: jsonb('answers').$type<Record<string, unknown>>(),
    /** The wizard step the person is on, so "resume" opens the right page. */
    currentStep: text('current_step').notNull(),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** An in-progress request expires (without correspondence) at this instant. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    decisionDueAt: timestamp('decision_due_at', { withTimezone: true }),
    /** When the decision window now running began: submission, or the end of the last hold (null: at submission). */
    decisionClockStartedAt: timestamp('decision_clock_started_at', { withTimezone: true }),
    /** The reviewer working the case (claimed or assigned); null while it waits in the queue. */
    assignedUserId: uuid('assigned_user_id').references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    /** The plan policy version the case was submitted under: its dates and windows come from it. */
    policyVersionId: text('policy_version_id'),
    /** While on_hold: when the requested information is due; past it the case returns to review. */
    holdDueAt: timestamp('hold_due_at', { withTimezone: true }),
    /** The last hold: what was asked for, and the status the case had before it. */
    holdRequest: jsonb('hold_request').$type<HoldRequest>(),
    /** Medicare: when the provider was told a denial is intended (C5 pre-decision); a denial needs it first. */
    preDecisionNoticeAt: timestamp('pre_decision_notice_at', { withTimezone: true }),
    /** An authorization update (change of radiation technique or fractions) reviewed as a new case: the case it replaces. */
    supersedesCaseId: uuid('supersedes_case_id').references((): AnyPgColumn => cases.id),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    notes: text('notes'),
    /** The answer SUBMIT CASE gave (numbers, lines, criteria with citations), shown again on the summary. */
    submissionResult: jsonb('submission_result').$type<Record<string, unknown>>(),
    /**
     * Which portal the request was made in (C8). 'legacy': imported from the portal a program
     * left on its plan's migration date (the policy's currentPortalFrom); shown only in the
     * legacy view, never in the Certification Summary. Every request made in Priora is 'current'.
     */
    portal: text('portal', { enum: casePortals }).notNull().default('current'),
    /** Legacy radiation oncology requests were made by simulation date, not treatment start date (seed 000). */
    simulationDate: date('simulation_date'),
    /**
     * Copies of names shown in the Certification Summary, kept by refreshWorklistColumns
     * (app/cases/worklist-columns.ts) so the worklist filters and sorts 100,000 cases
     * without joining four tables per row.
     */
    memberLastName: text('member_last_name'),
    memberFirstName: text('member_first_name'),
    providerLastName: text('provider_last_name'),
    procedureCode: text('procedure_code'),
    serviceDescription: text('service_description'),
    siteName: text('site_name'),
    /** Words of every worklist column, for the worklist's global search (prefix matching). */
    worklistSearch: tsvector('worklist_search')
      .notNull()
      .generatedAlwaysAs(
        sql`to_tsvector('simple', coalesce(case_number, '') || ' ' || coalesce(authorization_number, '') || ' ' || coalesce(member_last_name, '') || ' ' || coalesce(provider_last_name, '') || ' ' || coalesce(ordering_npi, '') || ' ' || coalesce(procedure_code, '') || ' ' || coalesce(service_description, '') || ' ' || coalesce(site_name, ''))`,
      ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex('cases_case_number_unique').on(table.caseNumber),
    uniqueIndex('cases_authorization_number_unique').on(table.authorizationNumber),
    index('cases_office_status_idx').on(table.officeId, table.status, table.updatedAt),
    index('cases_office_submitted_idx').on(table.officeId, table.submittedAt),
    index('cases_worklist_search_idx').using('gin', table.worklistSearch),
    index('cases_office_member_idx').on(table.officeId, table.memberId),
    // The member's earlier authorizations across offices, for frequency criteria (member-history.ts).
    index('cases_member_status_idx').on(table.memberId, table.status),
    index('cases_expiry_idx').on(table.status, table.expiresAt),
    index('cases_hold_due_idx').on(table.status, table.holdDueAt),
    index('cases_office_legacy_idx').on(table.officeId, table.submittedAt).where(sql`portal = 'legacy'`),
  ],
);

export interface CaseContact {
  providerName: string;
  contactName: string;
  phone: string;
  phoneExtension?: string | undefined;
  fax: string;
  cell?: string | undefined;
  email: string;
  notifyOnStatusChange: boolean;
}

export interface HoldRequest {
  /** information: documents are missing; pre_decision: Medicare notice that a denial is intended (reason and criteria in note). Absent on holds made before pre-decision notices existed. */
  kind?: 'information' | 'pre_decision';
  items: string[];
  note: string;
  /** The review status the case returns to when the due date passes with nothing received. */
  previousStatus: 'pending_clinical_review' | 'pending_medical_review' | 'additional_information_received';
}

export interface MemberContact {
  /** null with unknown=true when the office does not know the member's number. */
  bestPhone: string | null;
  phoneUnknown: boolean;
  cellPhone?: string | undefined;
  email?: string | undefined;
}

/** The procedures requested and (after a decision) approved. */
export const caseServiceLines = pgTable(
  'case_service_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    lineNumber: integer('line_number').notNull(),
    code: text('code').notNull(),
    codeSystem: text('code_system', { enum: ['CPT', 'HCPCS', 'PROGRAM'] }).notNull(),
    description: text('description').notNull(),
    modifiers: text('modifiers').array(),
    unitsRequested: integer('units_requested').notNull(),
    unitsApproved: integer('units_approved'),
    /** Radiation oncology: phase (initial, boost …), technique and fractions. */
    phase: text('phase'),
    technique: text('technique'),
    fractionsRequested: integer('fractions_requested'),
    fractionsApproved: integer('fractions_approved'),
    /** DME: purchase, daily or monthly rental, and the rental months. */
    acquisition: text('acquisition', { enum: ['purchase', 'daily_rental', 'monthly_rental'] }),
    rentalMonths: integer('rental_months'),
    status: text('status', { enum: ['requested', 'approved', 'denied', 'partially_approved'] }).notNull(),
  },
  (table) => [uniqueIndex('case_service_lines_number_unique').on(table.caseId, table.lineNumber)],
);

export const caseDiagnoses = pgTable(
  'case_diagnoses',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    rank: text('rank', { enum: ['primary', 'secondary'] }).notNull(),
    code: text('code').notNull(),
    description: text('description').notNull(),
  },
  (table) => [uniqueIndex('case_diagnoses_rank_unique').on(table.caseId, table.rank)],
);

/**
 * Stored answers to POSTs that carry an Idempotency-Key: a retried or doubled submission
 * replays the first answer instead of creating a second case (IETF idempotency-key draft).
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    principalUserId: uuid('principal_user_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [uniqueIndex('idempotency_keys_unique').on(table.principalUserId, table.key), index('idempotency_keys_created_idx').on(table.createdAt)],
);

