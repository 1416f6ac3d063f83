import { asc, eq, inArray } from 'drizzle-orm';
import type { TimelineEvent } from '../../contracts/review.ts';
import type { Queryable, Transaction } from '../../db/client.ts';
import { caseEvents } from '../../db/schema/review.ts';
import { users } from '../../db/schema/users.ts';
import { roleLabels, type Role } from '../../domain/accounts/roles.ts';
import type { Clock } from '../../domain/shared/clock.ts';

export type CaseEventKind =
  | 'submitted'
  | 'claimed'
  | 'assigned'
  | 'note_added'
  | 'escalated'
  | 'approved'
  | 'partially_approved'
  | 'denied'
  | 'alternative_recommended'
  | 'administratively_denied'
  | 'withdrawn'
  | 'cancelled'
  | 'hold'
  | 'pre_decision_notice'
  | 'information_received'
  | 'hold_expired'
  | 'letter_sent'
  | 'authorization_updated'
  | 'post_decision_requested'
  | 'post_decision_abandoned'
  | 'post_decision_decided'
  | 'p2p_scheduled'
  | 'p2p_rescheduled'
  | 'p2p_cancelled'
  | 'p2p_outcome';

export interface CaseEventInput {
  caseId: string;
  actorUserId: string | null;
  kind: CaseEventKind;
  /** Whether the office sees it in the case's history (internal steps and notes never). */
  officeVisible: boolean;
  details?: Record<string, unknown>;
}

/** Appends one event to the case's history, in the transaction of the change it describes. */
export async function recordCaseEvent(tx: Transaction, clock: Clock, event: CaseEventInput): Promise<void> {
  await tx.insert(caseEvents).values({ ...event, details: event.details ?? {}, occurredAt: clock.now() });
}

/** In words; the office's version leaves out what is between reviewers (why a nurse escalated). */
function describe(kind: string, details: Record<string, unknown>, forOffice: boolean): string {
  const text = (key: string) => (typeof details[key] === 'string' ? details[key] : '');
  switch (kind) {
    case 'submitted':
      return `Submitted; ${text('outcome') === 'approved' ? 'approved at once by the guideline criteria' : text('outcome') === 'administratively_denied' ? 'administratively denied' : 'sent to clinical review'}`;
    case 'claimed':
      return 'Claimed for review';
    case 'assigned':
      return `Assigned to ${text('assigneeName')}`;
    case 'note_added':
      return 'Internal note added';
    case 'escalated':
      return forOffice ? 'Sent to a medical director for review' : `Escalated to a medical director: ${text('reason')}`;
    case 'approved':
      return `Approved${text('authorizationNumber') ? `: authorization ${text('authorizationNumber')}` : ''}`;
    case 'partially_approved':
      return `Partially approved${text('authorizationNumber') ? `: authorization ${text('authorizationNumber')}` : ''}. ${text('reason')}`;
    case 'denied':
      return `Denied: ${text('reason')}`;
    case 'alternative_recommended':
      return `Alternative recommended: ${text('alternative')}`;
    case 'administratively_denied':
      return `Administratively denied: ${text('reason')}`;
    case 'withdrawn':
      return `Withdrawn: ${text('reason')}`;
    case 'cancelled':
      return `Cancelled: ${text('reason')}`;
    case 'pre_decision_notice':
      return `Pre-decision notice: a denial is intended; information or a clinical consultation may be asked for by ${text('dueDate')}`;
    case 'hold':
      return `Information requested: ${Array.isArray(details['items']) ? details['items'].join(', ') : ''} by ${text('dueDate')}`;
    case 'information_received':
      return 'Additional information received';
    case 'authorization_updated':
      return `Authorization updated: ${text('summary')}`;
    case 'hold_expired':
      return 'No information received by the due date; back to review';
    case 'letter_sent':
      return `Letter sent: ${text('title')}${Array.isArray(details['sentTo']) ? ` (to ${details['sentTo'].join(', ')})` : ''}`;
    case 'post_decision_requested':
      return `${text('label')} requested with new clinical information; pending medical director review`;
    case 'post_decision_abandoned':
      return text('note');
    case 'post_decision_decided':
      return `${text('label')} decided: original decision ${text('outcome')}. ${text('reason')}`;
    case 'p2p_scheduled':
      return `Peer-to-peer scheduled for ${text('when')}`;
    case 'p2p_rescheduled':
      return `Peer-to-peer rescheduled to ${text('when')}`;
    case 'p2p_cancelled':
      return `Peer-to-peer for ${text('when')} cancelled${details['by'] === 'reviewer' ? ' by the reviewing physician' : ''}: ${text('reason')}`;
    case 'p2p_outcome':
      return `Peer-to-peer held: ${text('outcomeLabel')}`;
    default:
      return kind;
  }
}

/** The case's history, oldest first; `officeOnly` keeps what the office may see. */
export async function caseTimeline(db: Queryable, caseId: string, officeOnly: boolean): Promise<TimelineEvent[]> {
  const rows = await db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.occurredAt));
  const shown = officeOnly ? rows.filter((row) => row.officeVisible) : rows;
  const actorIds = [...new Set(shown.map((row) => row.actorUserId).filter((id): id is string => id !== null))];
  const actors = actorIds.length
    ? new Map((await db.select({ id: users.id, firstName: users.firstName, lastName: users.lastName, role: users.role }).from(users).where(inArray(users.id, actorIds))).map((user) => [user.id, user]))
    : new Map<string, { firstName: string; lastName: string; role: Role }>();
  return shown.map((row) => {
    const actor = row.actorUserId ? actors.get(row.actorUserId) : undefined;
    return {
      at: row.occurredAt.toISOString(),
      kind: row.kind,
      description: describe(row.kind, row.details, officeOnly),
      // The office sees the reviewer's role, not their name.
      actor: actor ? (officeOnly ? roleLabels[actor.role] : `${actor.firstName} ${actor.lastName} (${roleLabels[actor.role].toLowerCase()})`) : null,
      officeVisible: row.officeVisible,
    };
  });
}
