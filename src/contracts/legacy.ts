import { z } from 'zod';
import type { CaseListRow } from './cases.ts';
import { pageQueryFields, type ListPage } from './common.ts';

/**
 * The legacy portal (PRODUCT.md C8). Programs move to the current portal on a per-plan date
 * (the policy's currentPortalFrom); requests made before it stay viewable here, in the legacy
 * portal's own shape: individual procedure codes, and for radiation oncology the simulation
 * date instead of the treatment start date. Same session, same office, read only.
 */

export const legacyStatuses = ['approved', 'partially_approved', 'denied', 'administratively_denied', 'withdrawn', 'cancelled'] as const;
export type LegacyStatus = (typeof legacyStatuses)[number];

/**
 * GET /api/legacy/cases?… → LegacyCasePage: the office's legacy authorizations, newest request
 * first. Each filter matches the start of its field (case-insensitive); `code` matches any of
 * the request's procedure codes; q searches every column.
 */
export const legacyCaseQuerySchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    status: z.enum(legacyStatuses).optional(),
    caseNumber: z.string().trim().max(20).optional(),
    authorizationNumber: z.string().trim().max(20).optional(),
    memberLastName: z.string().trim().max(60).optional(),
    code: z.string().trim().max(20).optional(),
    planCode: z.string().trim().max(30).optional(),
    ...pageQueryFields,
  })
  .strict();

export interface LegacyCaseRow extends CaseListRow {
  planName: string | null;
  programName: string;
  /** When the request was made in the legacy portal. */
  requestedAt: string | null;
  /** Radiation oncology: the simulation date the request was made by. */
  simulationDate: string | null;
  /** Other programs: the date of service. */
  dateOfService: string | null;
  /** Every procedure code requested, in line order. */
  codes: string[];
  validTo: string | null;
}

export type LegacyCasePage = ListPage<LegacyCaseRow>;

/** GET /api/legacy/cases/:id → LegacyCaseDetail: everything about one legacy request, for one screen. */
export interface LegacyCaseDetail {
  id: string;
  caseNumber: string | null;
  authorizationNumber: string | null;
  status: string;
  urgency: string | null;
  program: { code: string; name: string };
  plan: { code: string; name: string } | null;
  lineOfBusiness: string | null;
  member: { name: string; patientId: string; memberCode: string; dateOfBirth: string; gender: string } | null;
  orderingProvider: { name: string; npi: string; specialty: string; address: string | null; phone: string | null; fax: string | null } | null;
  site: { name: string; npi: string; address: string; city: string; state: string; zip: string; phone: string } | null;
  simulationDate: string | null;
  dateOfService: string | null;
  requestedAt: string | null;
  lastUpdated: string;
  validFrom: string | null;
  validTo: string | null;
  diagnoses: Array<{ rank: string; code: string; description: string }>;
  procedures: Array<{
    lineNumber: number;
    code: string;
    codeSystem: string;
    description: string;
    modifiers: string[];
    unitsRequested: number;
    unitsApproved: number | null;
    status: string;
  }>;
  documents: Array<{ id: string; displayName: string; purpose: string; uploadedAt: string; sizeBytes: number }>;
  notes: string | null;
  /** The day this plan, line of business and program moved to the current portal. */
  currentPortalFrom: string | null;
}

/**
 * GET /api/legacy/summary → LegacyPortalSummary (no member data): whether the office has legacy
 * requests (the header offers the toggle only then), and the migrations behind them, one per
 * plan and program, for the legacy portal's banner.
 */
export interface LegacyPortalSummary {
  caseCount: number;
  migrations: Array<{
    planCode: string;
    planName: string;
    programCode: string;
    programName: string;
    linesOfBusiness: string[];
    /** Requests made before this day were made in the legacy portal; new ones use the current portal. */
    currentPortalFrom: string;
  }>;
}
