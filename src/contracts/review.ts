import { z } from 'zod';
import type { GuidelineAlternative, HoldView } from './cases.ts';
import type { PostDecisionOptionView } from './letters.ts';
import type { PostDecisionReviewKind, PostDecisionReviewView } from './post-decision.ts';
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
 * POST /cases/:id/pre-decision-notice { version, reason, criteriaIds, calledProvider } → ReviewCaseView (Medicare, before a denial)
 * GET  /cases/:id/documents/:documentId                          → the file, shown inline in a sandbox
 *
 * Nurses approve, escalate to a medical director, or close a case administratively; only a
 * medical director denies, partially approves or recommends an alternative. Every action
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

/**
 * What a reviewer may decide (C5). Nurses approve, escalate, administratively deny, withdraw or
 * cancel; the clinical adverse decisions (deny, partially approve, recommend an alternative) are
 * a medical director's.
 */
export const REVIEW_ACTIONS = ['approve', 'partially_approve', 'escalate', 'deny', 'recommend_alternative', 'administrative_deny', 'withdraw', 'cancel'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Adverse decisions on medical necessity: physician-only, and (Medicare) only after the pre-decision notice. */
export const ADVERSE_CLINICAL_ACTIONS = ['partially_approve', 'deny', 'recommend_alternative'] as const satisfies readonly ReviewAction[];
export function isAdverseClinical(action: ReviewAction): boolean {
  return (ADVERSE_CLINICAL_ACTIONS as readonly ReviewAction[]).includes(action);
}

/** Decisions that rest on unmet criteria, cited in the letter. */
const CRITERIA_ACTIONS: readonly ReviewAction[] = ['partially_approve', 'deny'];

const REASON_MESSAGES: Partial<Record<ReviewAction, string>> = {
  escalate: 'Say why a medical director should review it.',
  deny: 'Give the specific reason for the denial.',
  partially_approve: 'Give the specific reason the rest is not approved.',
  recommend_alternative: 'Say why the alternative is recommended instead.',
  administrative_deny: 'Give the administrative reason (for example, requested after the retro window).',
  withdraw: 'Say why the request is withdrawn (for example, the provider asked by phone).',
  cancel: 'Say why the request is cancelled (for example, a duplicate of another case).',
};

/** A partial approval decides each line: what is approved of the units (and, for radiation, the fractions) requested. */
export const lineDecisionSchema = z
  .object({
    lineNumber: z.number().int().min(1),
    unitsApproved: z.number({ error: 'Enter the units approved (0 for none).' }).int().min(0, { error: 'Units cannot be negative.' }).max(100_000),
    fractionsApproved: z.number().int().min(0, { error: 'Fractions cannot be negative.' }).max(1000).optional(),
  })
  .strict();
export type LineDecision = z.infer<typeof lineDecisionSchema>;

export const decisionSchema = z
  .object({
    version: z.number().int().min(1),
    action: z.enum(REVIEW_ACTIONS, { error: 'Choose a decision.' }),
    /** The specific reason, in words the provider and member understand (all but approve). */
    reason: z.string().trim().max(4000).optional(),
    /** For a denial or partial approval: the criteria (ids from the evaluation) the decision rests on. */
    criteriaIds: z.array(z.string().max(100)).max(100).optional(),
    /** For a partial approval: every line with what is approved of it. */
    lines: z.array(lineDecisionSchema).max(100).optional(),
    /** For an alternative recommendation: one of the guideline's alternatives, or the reviewer's own in words. */
    alternativeId: z.string().trim().max(100).optional(),
    alternativeText: z.string().trim().max(2000).optional(),
  })
  .strict()
  .superRefine((value, context) => {
    const reasonMessage = REASON_MESSAGES[value.action];
    if (reasonMessage && !value.reason) {
      context.addIssue({ code: 'custom', path: ['reason'], message: reasonMessage });
    }
    if (CRITERIA_ACTIONS.includes(value.action) && (value.criteriaIds ?? []).length === 0) {
      context.addIssue({ code: 'custom', path: ['criteriaIds'], message: 'Choose the criteria that are not met.' });
    }
    if (value.action === 'partially_approve' && (value.lines ?? []).length === 0) {
      context.addIssue({ code: 'custom', path: ['lines'], message: 'Say what is approved of each line.' });
    }
    if (value.action === 'recommend_alternative' && !value.alternativeId && !value.alternativeText) {
      context.addIssue({ code: 'custom', path: ['alternativeText'], message: 'Choose an alternative or describe it.' });
    }
  });

/**
 * Medicare pre-decision notice (C5): before a denial the provider is told what is intended and why,
 * and may send more information or ask for a clinical consultation by the due date. The case waits
 * on hold meanwhile; information received brings it back at once.
 */
export const preDecisionNoticeSchema = z
  .object({
    version: z.number().int().min(1),
    reason: trimmed('Reason', 4000),
    criteriaIds: z.array(z.string().max(100)).min(1, { error: 'Choose the criteria that are not met.' }).max(100),
    /** The reviewer has also told the provider by phone (the seeds: "by phone and in writing"). */
    calledProvider: z.boolean(),
  })
  .strict();

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
  /** Under reconsideration or appeal (C6): which; null for a first review. */
  postDecisionKind: PostDecisionReviewKind | null;
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
  /** Open cases: the lines a decision would approve (from the answers, or as entered); decided cases: the lines as decided. */
  lines: Array<{
    lineNumber: number;
    code: string;
    description: string;
    unitsRequested: number;
    unitsApproved: number | null;
    phase: string | null;
    technique: string | null;
    fractionsRequested: number | null;
    fractionsApproved: number | null;
    status: 'requested' | 'approved' | 'denied' | 'partially_approved';
  }>;
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
  allowedActions: Array<ReviewAction | 'claim' | 'assign' | 'note' | 'hold' | 'pre_decision_notice'>;
  /** While on hold: what was asked for and by when (pre_decision: the Medicare notice of an intended denial). */
  hold: HoldView | null;
  /**
   * Medicare (the plan's policy): an adverse decision needs the pre-decision notice first.
   * `noticeSentAt` is when it went; null while it has not.
   */
  preDecision: { required: boolean; noticeSentAt: string | null };
  /** Other treatment plans the guideline supports for these answers, which a medical director may recommend. */
  alternatives: GuidelineAlternative[];
  /** Under reconsideration or appeal: which, and who may review it (`determination` is the decision under review). */
  postDecisionReview: PostDecisionReviewView | null;
  determination: {
    outcome: string;
    outcomeLabel: string;
    reason: string | null;
    criteria: Array<{ id: string; text: string; guideline: string; version: string; section: string }>;
    alternative: { id: string | null; text: string } | null;
    decidedBy: string;
    decidedAt: string;
    authorizationNumber: string | null;
    validFrom: string | null;
    validTo: string | null;
    /** After an adverse decision: what the provider may still do and until when (C6). */
    postDecisionOptions: PostDecisionOptionView[];
    /** The case's latest peer to peer in words ("Scheduled for …", "Held …: Decision upheld"); null when none. */
    p2pStatus: string | null;
  } | null;
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
