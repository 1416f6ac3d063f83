import { sql } from 'drizzle-orm';
import { statusLabel } from '../../contracts/case-status.ts';
import { POST_DECISION_OUTCOME_LABELS } from '../../contracts/post-decision.ts';
import type { LineDecision } from '../../contracts/review.ts';
import type { Transaction } from '../../db/client.ts';
import type { CaseStatus } from '../../db/schema/cases.ts';
import { postDecisionRequests, type PostDecisionOutcome } from '../../db/schema/post-decision.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { caseAuditEntry, recordAudit } from '../audit/record-audit.ts';
import { refreshWorklistColumns } from '../cases/worklist-columns.ts';
import type { AppContext } from '../context.ts';
import { recordCaseEvent } from '../review/case-events.ts';
import { loadReviewCase } from '../review/review-case-view.ts';
import { applyReviewOutcome } from './apply-outcome.ts';
import { openPostDecisionRequest, reviewLabel } from './open-request.ts';

/** The decisions a peer-to-peer may change: those it was booked about. */
const ADVERSE: readonly CaseStatus[] = ['denied', 'partially_approved', 'alternative_recommended'];

export interface PeerToPeerDecision {
  caseId: string;
  /** The office's side of the call: who asked for it and when. */
  appointment: { officeId: string; requestedByUserId: string; createdAt: Date };
  outcome: PostDecisionOutcome;
  /** The reviewer's note on the call: the reason in the letter when the decision changes. */
  reason: string | null;
  lines?: readonly LineDecision[];
}

/**
 * The outcome of a peer-to-peer that could change the decision (C6: "P2P may change the
 * decision"), in the reviewer's transaction. It is kept with the case's reconsiderations and
 * appeals (a decided post_decision_request of kind peer_to_peer), so the P2P is held once and the
 * options that remain follow from it. Upheld changes nothing else; an overturn, in full or in
 * part, changes the determination with the outcome letters (`applyReviewOutcome`). A case under
 * reconsideration or appeal, or no longer adverse, is decided elsewhere: an overturn is refused.
 */
export async function decideByPeerToPeer(ctx: AppContext, tx: Transaction, actor: Actor, decision: PeerToPeerDecision): Promise<void> {
  await tx.execute(sql`select id from cases where id = ${decision.caseId} for update`);
  const row = await loadReviewCase(tx, decision.caseId);
  const changes = decision.outcome !== 'upheld';
  if (changes) {
    const open = await openPostDecisionRequest(tx, row.id);
    if (open) {
      throw new DomainError('conflict', `Case ${row.caseNumber ?? ''} is under ${reviewLabel(open.kind)}: its outcome is decided there. Record the call as upheld or consultative only.`);
    }
    if (!ADVERSE.includes(row.status)) {
      throw new DomainError('conflict', `Case ${row.caseNumber ?? ''} is ${statusLabel(row.status).toLowerCase()} now: a peer to peer cannot change it.`);
    }
  }
  const now = ctx.clock.now();
  await tx.insert(postDecisionRequests).values({
    caseId: row.id,
    officeId: decision.appointment.officeId,
    kind: 'peer_to_peer',
    status: 'decided',
    requestedByUserId: decision.appointment.requestedByUserId,
    requestedAt: decision.appointment.createdAt,
    assignedUserId: actor.userId,
    outcome: decision.outcome,
    reason: decision.reason,
    decidedByUserId: actor.userId,
    decidedAt: now,
  });
  if (!changes) {
    return;
  }
  const { authorization } = await applyReviewOutcome(ctx, tx, actor, row, { kind: 'peer_to_peer', outcome: decision.outcome, lines: decision.lines }, ADVERSE);
  await recordCaseEvent(tx, ctx.clock, {
    caseId: row.id,
    actorUserId: actor.userId,
    kind: 'post_decision_decided',
    officeVisible: true,
    details: {
      kind: 'peer_to_peer',
      label: reviewLabel('peer_to_peer'),
      outcome: POST_DECISION_OUTCOME_LABELS[decision.outcome].toLowerCase(),
      reason: decision.reason ?? '',
      ...(authorization ? { authorizationNumber: authorization.number } : {}),
    },
  });
  await recordAudit(tx, ctx.clock, caseAuditEntry('p2p.decide', actor, row, { outcome: decision.outcome, ...(authorization ?? {}) }));
  await refreshWorklistColumns(tx, [row.id]);
}
