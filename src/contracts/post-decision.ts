import { z } from 'zod';
import { trimmed } from './common.ts';
import { lineDecisionSchema } from './review.ts';

/**
 * Reconsideration and standard pre-service appeal on the web (PRODUCT.md C6, issue 6 part 2).
 *
 * Office (cases.update, own office; another office's case answers 404):
 * POST /api/cases/:id/post-decision-requests { kind, proceed, newInformationAcknowledged?, documentIds? }
 *      → 201 PostDecisionRequestResult ("No", or "Yes" without an upload: abandoned, with the seed's note)
 *
 * Medical directors (review.deny), for a case under reconsideration or appeal; never the one who
 * made a decision under review (403):
 * POST /api/review/cases/:id/post-decision/claim { version }                     → ReviewCaseView
 * POST /api/review/cases/:id/post-decision/decision { version, outcome, reason, lines? } → ReviewCaseView
 */

export const POST_DECISION_KINDS = ['reconsideration', 'appeal_first_level', 'appeal_second_level'] as const;
export type PostDecisionKind = (typeof POST_DECISION_KINDS)[number];
/** Every review kept on a case: those an office asks for, and a peer-to-peer that could change the decision (recorded decided). */
export type PostDecisionReviewKind = PostDecisionKind | 'peer_to_peer';
export const POST_DECISION_OUTCOMES = ['upheld', 'overturned', 'partially_overturned'] as const;
export type PostDecisionOutcomeCode = (typeof POST_DECISION_OUTCOMES)[number];

/** The question the office answers, in the seed's words ("Would you like to process a Standard Pre-Service Appeal?"). */
export const POST_DECISION_QUESTION_NAMES: Record<PostDecisionKind, string> = {
  reconsideration: 'Reconsideration',
  appeal_first_level: 'Standard Pre-Service Appeal',
  appeal_second_level: 'Second Level Standard Pre-Service Appeal',
};
export const POST_DECISION_OUTCOME_LABELS: Record<PostDecisionOutcomeCode, string> = {
  upheld: 'Upheld',
  overturned: 'Overturned',
  partially_overturned: 'Partially overturned',
};

/** Seed 000: the note placed on the case when the office answers "No", or "Yes" without uploading ("Failure to upload … will abandon the request"). */
export const ABANDONED_BY_WEB_USER_NOTE =
  'Post Decision Review process opened and abandoned by Web User. Case will not proceed to Reconsideration or Appeal review at this time.';
export const NEW_CLINICAL_REQUIRED =
  'New or additional clinical is required when submitting a Post Decision Review request online. Please upload clinical in order to proceed. Failure to upload clinical information at this time will abandon the request.';
export const NEW_INFORMATION_QUESTION = 'Do you acknowledge that the uploaded clinical information used to initiate this post decision request is new and not previously reviewed?';
export const POST_DECISION_SUBMITTED = 'Your Post Decision Review request has been successfully submitted.';
/** Seed 000's note under the form, naming whoever decides the case's appeals (Priora, or the plan). */
export const phoneRouteNote = (who: string) => `Expedited or Post-Service Appeals must be initiated by calling ${who}`;

export const postDecisionRequestSchema = z
  .object({
    kind: z.enum(POST_DECISION_KINDS, { error: 'Choose what to ask for.' }),
    /** The answer to "Would you like to process a …?". */
    proceed: z.boolean({ error: 'Answer Yes or No.' }),
    newInformationAcknowledged: z.boolean().optional(),
    /** The new clinical documents uploaded for this request (POST /api/cases/:id/documents, purpose additional_clinical). */
    documentIds: z.array(z.uuid()).max(20).default([]),
  })
  .strict();

export interface PostDecisionRequestResult {
  requestId: string;
  kind: PostDecisionKind;
  status: 'requested' | 'abandoned';
  /** What the office is told: the seed's success message, or the abandonment note. */
  message: string;
  caseStatus: string;
}

export const claimPostDecisionSchema = z.object({ version: z.number().int().min(1) }).strict();

export const postDecisionDecisionSchema = z
  .object({
    version: z.number().int().min(1),
    outcome: z.enum(POST_DECISION_OUTCOMES, { error: 'Choose the outcome.' }),
    reason: trimmed('Reason', 4000),
    /** Partly overturned: what is approved of each line. */
    lines: z.array(lineDecisionSchema).max(100).optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.outcome === 'partially_overturned' && (value.lines ?? []).length === 0) {
      context.addIssue({ code: 'custom', path: ['lines'], message: 'Say what is approved of each line.' });
    }
  });

/** On the review page: the reconsideration or appeal the case is under, and who may review it. */
export interface PostDecisionReviewView {
  requestId: string;
  kind: PostDecisionReviewKind;
  label: string;
  requestedAt: string;
  newInformationAcknowledged: boolean;
  assignee: { userId: string; name: string } | null;
  /** Medical directors who made a decision under review: never the reviewer of this one. */
  excludedReviewers: string[];
  /** Whether the signed-in reviewer may claim it, decide it, and if not, why. */
  mayClaim: boolean;
  mayDecide: boolean;
  whyNot: string | null;
}
