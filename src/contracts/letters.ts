/**
 * Letters and post-decision options (C5, C6), shared by server and web.
 *
 * Office (cases.read, own office; another office's case answers 404):
 * GET /api/cases/:id/letters                        → { letters: CaseLetterView[] }
 * GET /api/cases/:id/letters/:letterId              → the PDF, inline
 * Reviewers (review.read):
 * GET /api/review/cases/:id/letters                 → { letters: CaseLetterView[] }
 * GET /api/review/cases/:id/letters/:letterId       → the PDF, inline
 */

export const LETTER_TYPE_LABELS = {
  approval: 'Approval',
  partial_approval: 'Partial approval',
  denial: 'Denial',
  hold: 'Request for information (hold)',
  pre_decision_notice: 'Pre-decision notice',
  alternative_recommendation: 'Alternative recommendation',
  administrative_denial: 'Administrative denial',
  withdrawal: 'Withdrawal',
  cancellation: 'Cancellation',
  reconsideration_outcome: 'Reconsideration outcome',
  appeal_outcome: 'Appeal outcome',
  peer_to_peer_outcome: 'Peer to peer outcome',
} as const;
export type LetterTypeCode = keyof typeof LETTER_TYPE_LABELS;

export const LETTER_RECIPIENT_ROLE_LABELS = { ordering_provider: 'Ordering provider', rendering_site: 'Rendering site', member: 'Member' } as const;
export const LETTER_CHANNEL_LABELS = { fax: 'Fax', email: 'Email notification', mail: 'Mail' } as const;

export interface CaseLetterView {
  id: string;
  letterType: LetterTypeCode;
  typeLabel: string;
  audience: 'provider' | 'member';
  title: string;
  sentAt: string;
  /** Who it went to and how; postal addresses are not repeated here. */
  recipients: Array<{
    role: keyof typeof LETTER_RECIPIENT_ROLE_LABELS;
    roleLabel: string;
    name: string;
    channel: keyof typeof LETTER_CHANNEL_LABELS;
    channelLabel: string;
    /** The fax number or email address; null for mail. */
    to: string | null;
  }>;
  sizeBytes: number;
}

/** One option after an adverse determination (src/domain/policies/post-decision-options.ts). */
export interface PostDecisionOptionView {
  kind: 'peer_to_peer' | 'peer_to_peer_consultative' | 'reconsideration' | 'appeal_first_level' | 'appeal_second_level';
  label: string;
  /** End (exclusive) of the window, ISO; null when the plan does not offer it. */
  availableUntil: string | null;
  /** The last day it may be asked for (ISO date, the plan's time zone); null when not offered. */
  lastDay: string | null;
  open: boolean;
  /** Closed by what was already asked for (one reconsideration, an appeal filed …), not by its window. */
  closedByHistory: boolean;
  handledBy: 'vendor' | 'plan';
  explanation: string;
  contact: { name: string; phone: string | null; fax: string | null } | null;
  /** By phone only, never on the web: an expedited or post-service appeal Priora decides. */
  phoneOnly: boolean;
}
