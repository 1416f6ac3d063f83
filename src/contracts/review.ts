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
 * POST /cases/:id/hold { version, items, note? }                 → ReviewCaseView (on hold: information requested)
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
  status: z.enum(['pending_clinical_review', 'pending_medical_review', 'additional_information_received', 'on_hold']).optional(),
});

export const claimCaseSchema = z.object({ version: z.number().int().min(1) }).strict();
export const assignCaseSchema = z.object({ version: z.number().int().min(1), userId: z.uuid({ error: 'Choose a reviewer.' }) }).strict();
export const addNoteSchema = z.object({ text: trimmed('Note', 4000) }).strict();

/** What a hold letter may ask the office for. */
export const HOLD_ITEMS = ['office-notes', 'imaging-report', 'therapy-notes', 'operative-plan', 'medication-history', 'other'] as const;
export type HoldItem = (typeof HOLD_ITEMS)[number];
export const HOLD_ITEM_LABELS: Record<HoldItem, string> = {
  'office-notes': 'Recent office notes',
  'imaging-report': 'Imaging report',
  'therapy-notes': 'Physical therapy or conservative care notes',
  'operative-plan': 'Operative plan',
  'medication-history': 'Medication history',
  other: 'Other (see note)',
};

export const holdCaseSchema = z
  .object({
    version: z.number().int().min(1),
    items: z.array(z.enum(HOLD_ITEMS)).min(1, { error: 'Choose what is missing.' }).max(HOLD_ITEMS.length),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.items.includes('other') && !value.note) {
      context.addIssue({ code: 'custom', path: ['note'], message: 'Say what else is needed.' });
    }
  });

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
  allowedActions: Array<ReviewAction | 'claim' | 'assign' | 'note' | 'hold'>;
  /** While on hold: what was asked for and by when. */
  hold: { items: string[]; note: string; dueAt: string } | null;
  determination: { outcome: string; reason: string | null; decidedBy: string; decidedAt: string; authorizationNumber: string | null; validFrom: string | null; validTo: string | null } | null;
}

/**
 * The supervisor's view of decision clocks (issue 5, part 2), for medical directors:
 *
 * GET /api/review/supervisor → SupervisorView
 *
 * Counts cover the open review cases with a due time; "at risk" is 75 % of the window or more but
 * not yet due; "breached" is past the due time; "decided late" is decided after the due time in
 * the last 30 days.
 */
export type EscalationLevel = NonNullable<ReviewQueueRow['escalation']>;
export const ESCALATION_LEVELS = ['ok', 'watch', 'warning', 'critical', 'breached'] as const satisfies readonly EscalationLevel[];

export type EscalationCounts = Record<EscalationLevel, number> & { total: number };

export interface SupervisorView {
  asOf: string;
  summary: {
    overall: EscalationCounts;
    byProgram: Array<{ programCode: string; programName: string; counts: EscalationCounts }>;
    byUrgency: Array<{ urgency: 'standard' | 'urgent'; counts: EscalationCounts }>;
  };
  /** Warning or critical (75 % or more of the window used), most used first. */
  atRisk: ReviewQueueRow[];
  /** Past the due time, longest overdue first. */
  breaches: Array<ReviewQueueRow & { hoursPastDue: number }>;
  /** Decided after the due time in the last 30 days, most recent first. */
  recentBreachesDecided: Array<{ caseId: string; caseNumber: string; programCode: string; programName: string; outcome: string; decidedAt: string; decisionDueAt: string; hoursLate: number }>;
}
