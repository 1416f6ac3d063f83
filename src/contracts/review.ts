import { z } from 'zod';
import { trimmed } from './common.ts';

/**
 * The reviewer workbench (PRODUCT.md C5), for nurse reviewers and medical directors, under /api/review:
 *
 * GET  /queue?program&urgency&assigned=me|unassigned|all&status   → { rows: ReviewQueueRow[], reviewers: Reviewer[] }
 * GET  /cases/:id                                                → ReviewCaseView
 * POST /cases/:id/claim { version }                              → ReviewCaseView (assigned to me)
 * POST /cases/:id/assign { version, userId }                     → ReviewCaseView (to another reviewer)
 * POST /cases/:id/notes { text }                                 → ReviewCaseView (internal: never shown to the office)
 * POST /cases/:id/decision { version, action, reason?, … }       → ReviewCaseView
 * GET  /cases/:id/documents/:documentId                          → the file, shown inline in a sandbox
 *
 * Nurses approve or escalate to a medical director; only a medical director denies. Every action
 * carries the case version the reviewer saw: a case changed meanwhile answers 409 with a message,
 * so two reviewers acting at once leave exactly one determination.
 */

export const reviewQueueQuerySchema = z.object({
  program: z.string().trim().max(20).optional(),
  urgency: z.enum(['standard', 'urgent']).optional(),
  assigned: z.enum(['me', 'unassigned', 'all']).default('all'),
  status: z.enum(['pending_clinical_review', 'pending_medical_review', 'additional_information_received']).optional(),
});

export const claimCaseSchema = z.object({ version: z.number().int().min(1) }).strict();
export const assignCaseSchema = z.object({ version: z.number().int().min(1), userId: z.uuid({ error: 'Choose a reviewer.' }) }).strict();
export const addNoteSchema = z.object({ text: trimmed('Note', 4000) }).strict();

export const REVIEW_ACTIONS = ['approve', 'escalate', 'deny'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export const decisionSchema = z
  .object({
    version: z.number().int().min(1),
    action: z.enum(REVIEW_ACTIONS, { error: 'Choose a decision.' }),
    /** Required to escalate or deny: the specific reason, in words the provider and member understand. */
    reason: z.string().trim().max(4000).optional(),
    /** For a denial: the criteria (ids from the evaluation) the decision rests on. */
    criteriaIds: z.array(z.string().max(100)).max(100).optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if ((value.action === 'deny' || value.action === 'escalate') && !value.reason) {
      context.addIssue({ code: 'custom', path: ['reason'], message: value.action === 'deny' ? 'Give the specific reason for the denial.' : 'Say why a medical director should review it.' });
    }
    if (value.action === 'deny' && (value.criteriaIds ?? []).length === 0) {
      context.addIssue({ code: 'custom', path: ['criteriaIds'], message: 'Choose the criteria that are not met.' });
    }
  });

export interface Reviewer {
  userId: string;
  name: string;
  role: 'nurse_reviewer' | 'medical_director';
}

export interface ReviewQueueRow {
  caseId: string;
  caseNumber: string;
  programCode: string;
  programName: string;
  procedureCode: string | null;
  serviceDescription: string | null;
  memberName: string;
  officeName: string;
  planName: string | null;
  lineOfBusiness: string | null;
  urgency: 'standard' | 'urgent';
  status: string;
  statusLabel: string;
  submittedAt: string;
  decisionDueAt: string | null;
  /** Share of the decision window used, 0–100+ (over 100: breached). */
  percentElapsed: number | null;
  /** 'ok' below 50 %, then 'watch' (50), 'warning' (75), 'critical' (90), 'breached' (100). */
  escalation: 'ok' | 'watch' | 'warning' | 'critical' | 'breached' | null;
  assignee: Reviewer | null;
}

export interface TimelineEvent {
  at: string;
  kind: string;
  /** In words, e.g. "Claimed by Helen Okafor (nurse reviewer)". */
  description: string;
  actor: string | null;
  officeVisible: boolean;
}

export interface ReviewCaseView {
  caseId: string;
  version: number;
  caseNumber: string;
  status: string;
  statusLabel: string;
  urgency: 'standard' | 'urgent';
  programName: string;
  planName: string | null;
  lineOfBusiness: string | null;
  officeName: string;
  member: { name: string; dateOfBirth: string; patientId: string } | null;
  orderingProvider: { name: string; npi: string } | null;
  site: { name: string; npi: string } | null;
  dateOfService: string | null;
  diagnoses: Array<{ rank: string; code: string; description: string }>;
  lines: Array<{ lineNumber: number; code: string; description: string; unitsRequested: number; phase: string | null; technique: string | null; fractionsRequested: number | null }>;
  /** The clinical questions as asked, with the answers given, in order. */
  answers: Array<{ prefix: string | null; question: string; answer: string; depth: number }>;
  criteria: Array<{ id: string; text: string; result: string; reason: string; guideline: string; version: string; section: string }>;
  documents: Array<{ id: string; displayName: string; sizeBytes: number; uploadedAt: string; purpose: string }>;
  notes: Array<{ at: string; author: string; text: string }>;
  timeline: TimelineEvent[];
  submittedAt: string | null;
  decisionDueAt: string | null;
  percentElapsed: number | null;
  escalation: ReviewQueueRow['escalation'];
  assignee: Reviewer | null;
  /** What the signed-in reviewer may do now (claimed by them, open, their role). */
  allowedActions: Array<ReviewAction | 'claim' | 'assign' | 'note'>;
  determination: { outcome: string; reason: string | null; decidedBy: string; decidedAt: string; authorizationNumber: string | null; validFrom: string | null; validTo: string | null } | null;
}
