import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { POST_DECISION_OUTCOME_LABELS, type postDecisionDecisionSchema } from '../../contracts/post-decision.ts';
import type { ReviewCaseView } from '../../contracts/review.ts';
import type { Transaction } from '../../db/client.ts';
import { cases } from '../../db/schema/cases.ts';
import { postDecisionRequests } from '../../db/schema/post-decision.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { caseAuditEntry, recordAudit } from '../audit/record-audit.ts';
import { refreshWorklistColumns } from '../cases/worklist-columns.ts';
import type { AppContext } from '../context.ts';
import { recordCaseEvent } from '../review/case-events.ts';
import { onCase } from '../review/review-actions.ts';
import type { ReviewCaseRow } from '../review/review-case-view.ts';
import { applyReviewOutcome } from './apply-outcome.ts';
import { excludedReviewerIds, openPostDecisionRequest, requireOtherReviewer, reviewLabel, type PostDecisionRequestRow } from './open-request.ts';

const SYSTEM: { kind: 'system' } = { kind: 'system' };

type DecisionInput = z.output<typeof postDecisionDecisionSchema>;

/** The open request, for a medical director who made no decision under review. */
async function reviewableRequest(tx: Transaction, actor: Actor, row: ReviewCaseRow): Promise<PostDecisionRequestRow> {
  const request = await openPostDecisionRequest(tx, row.id);
  if (!request) {
    throw new DomainError('conflict', `Case ${row.caseNumber ?? ''} is not under reconsideration or appeal.`);
  }
  requireOtherReviewer(actor, await excludedReviewerIds(tx, row.id), request.kind);
  return request;
}

/** A medical director takes the reconsideration or appeal (only one who did not make a decision under review). */
export async function claimPostDecisionReview(ctx: AppContext, actor: Actor, caseId: string, version: number): Promise<ReviewCaseView> {
  await authorize(ctx, actor, 'review.deny', SYSTEM);
  return onCase(ctx, actor, caseId, version, async (tx, row) => {
    const request = await reviewableRequest(tx, actor, row);
    const now = ctx.clock.now();
    await tx.update(cases).set({ assignedUserId: actor.userId, assignedAt: now, version: row.version + 1, updatedAt: now }).where(eq(cases.id, row.id));
    await tx.update(postDecisionRequests).set({ assignedUserId: actor.userId }).where(eq(postDecisionRequests.id, request.id));
    await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'claimed', officeVisible: false });
    await recordAudit(tx, ctx.clock, caseAuditEntry('post_decision.claim', actor, row, { requestId: request.id }));
  });
}

/**
 * The outcome of a reconsideration or appeal (C6), by the medical director who holds it: upheld
 * (back to the adverse decision), overturned (approved, with an authorization) or partially
 * overturned (line by line). One transaction: the request's outcome, the case and its letters
 * (`applyReviewOutcome`), the office-visible history and the audit. The options that remain
 * follow from the request's outcome.
 */
export async function decidePostDecisionReview(ctx: AppContext, actor: Actor, caseId: string, input: DecisionInput): Promise<ReviewCaseView> {
  await authorize(ctx, actor, 'review.deny', SYSTEM);
  return onCase(ctx, actor, caseId, input.version, async (tx, row) => {
    const request = await reviewableRequest(tx, actor, row);
    if (row.assignedUserId !== actor.userId) {
      throw new DomainError('conflict', `Claim the ${reviewLabel(request.kind)} before deciding it.`);
    }
    const now = ctx.clock.now();
    await tx
      .update(postDecisionRequests)
      .set({ status: 'decided', outcome: input.outcome, reason: input.reason, decidedByUserId: actor.userId, decidedAt: now })
      .where(eq(postDecisionRequests.id, request.id));
    const { authorization } = await applyReviewOutcome(ctx, tx, actor, row, { kind: request.kind, outcome: input.outcome, lines: input.lines }, ['additional_information_received']);
    const label = reviewLabel(request.kind);
    const outcomeWords = POST_DECISION_OUTCOME_LABELS[input.outcome].toLowerCase();
    await recordCaseEvent(tx, ctx.clock, {
      caseId: row.id,
      actorUserId: actor.userId,
      kind: 'post_decision_decided',
      officeVisible: true,
      details: { kind: request.kind, label, outcome: outcomeWords, reason: input.reason, ...(authorization ? { authorizationNumber: authorization.number } : {}) },
    });
    await recordAudit(tx, ctx.clock, caseAuditEntry('post_decision.decide', actor, row, { requestId: request.id, kind: request.kind, outcome: input.outcome, reason: input.reason, ...(authorization ?? {}) }));
    await refreshWorklistColumns(tx, [row.id]);
  });
}
