import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { statusLabel } from '../../contracts/case-status.ts';
import { POST_DECISION_OUTCOME_LABELS, type postDecisionDecisionSchema } from '../../contracts/post-decision.ts';
import type { ReviewCaseView } from '../../contracts/review.ts';
import type { Transaction } from '../../db/client.ts';
import { cases, type CaseStatus } from '../../db/schema/cases.ts';
import { postDecisionRequests } from '../../db/schema/post-decision.ts';
import { caseDeterminations } from '../../db/schema/review.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { decideLines, type DecidedLine } from '../../domain/cases/line-decisions.ts';
import { DomainError, invalid } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { caseAuditEntry, recordAudit } from '../audit/record-audit.ts';
import { notifyStatusChange, writeDecidedLines } from '../cases/case-outcome.ts';
import { refreshWorklistColumns } from '../cases/worklist-columns.ts';
import type { AppContext } from '../context.ts';
import { sendCaseLetters } from '../letters/send-case-letters.ts';
import { recordCaseEvent } from '../review/case-events.ts';
import { authorizationFor, finalStatus } from '../review/determinations.ts';
import { requestedLines } from '../review/requested-lines.ts';
import { onCase } from '../review/review-actions.ts';
import type { ReviewCaseRow } from '../review/review-case-view.ts';
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

interface Outcome {
  status: CaseStatus;
  lines: DecidedLine[] | null;
  authorization: { number: string; validFrom: string; validTo: string } | null;
}

/** What each outcome does to the case: upheld returns it to its adverse decision; an overturn approves all or part. */
async function outcomeOf(ctx: AppContext, tx: Transaction, row: ReviewCaseRow, input: DecisionInput): Promise<Outcome> {
  switch (input.outcome) {
    case 'upheld': {
      const [determination] = await tx.select({ outcome: caseDeterminations.outcome }).from(caseDeterminations).where(eq(caseDeterminations.caseId, row.id));
      return { status: determination!.outcome, lines: null, authorization: null };
    }
    case 'overturned': {
      const lines = (await requestedLines(tx, row)).map((line): DecidedLine => ({ ...line, unitsApproved: line.units, fractionsApproved: line.fractions, status: 'approved' }));
      return { status: 'approved', lines, authorization: await authorizationFor(ctx, tx, row, lines) };
    }
    case 'partially_overturned': {
      const result = decideLines(await requestedLines(tx, row), input.lines ?? []);
      if (!result.ok) {
        throw invalid(result.message, result.fieldErrors);
      }
      return { status: 'partially_approved', lines: result.lines, authorization: await authorizationFor(ctx, tx, row, result.lines) };
    }
  }
}

/**
 * The outcome of a reconsideration or appeal (C6), by the medical director who holds it: upheld
 * (back to the adverse decision), overturned (approved, with an authorization) or partially
 * overturned (line by line). One transaction: the case as a compare-and-set, the request's
 * outcome, the outcome letter to provider and member, the office-visible history, the
 * e-notification and the audit. The first determination is kept; the options that remain follow
 * from the request's outcome.
 */
export async function decidePostDecisionReview(ctx: AppContext, actor: Actor, caseId: string, input: DecisionInput): Promise<ReviewCaseView> {
  await authorize(ctx, actor, 'review.deny', SYSTEM);
  return onCase(ctx, actor, caseId, input.version, async (tx, row) => {
    const request = await reviewableRequest(tx, actor, row);
    if (row.assignedUserId !== actor.userId) {
      throw new DomainError('conflict', `Claim the ${reviewLabel(request.kind)} before deciding it.`);
    }
    const now = ctx.clock.now();
    const decided = await outcomeOf(ctx, tx, row, input);
    // An authorization already issued (a partial approval) keeps its number.
    const authorization = decided.authorization ? { ...decided.authorization, number: row.authorizationNumber ?? decided.authorization.number } : null;
    const changes = authorization ? { authorizationNumber: authorization.number, validFrom: authorization.validFrom, validTo: authorization.validTo } : {};
    await finalStatus(tx, row, decided.status, changes, now, ['additional_information_received']);
    if (decided.lines) {
      await writeDecidedLines(tx, row.id, decided.lines);
    }
    await tx
      .update(postDecisionRequests)
      .set({ status: 'decided', outcome: input.outcome, reason: input.reason, decidedByUserId: actor.userId, decidedAt: now })
      .where(eq(postDecisionRequests.id, request.id));
    const label = reviewLabel(request.kind);
    const outcomeWords = POST_DECISION_OUTCOME_LABELS[input.outcome].toLowerCase();
    await recordCaseEvent(tx, ctx.clock, {
      caseId: row.id,
      actorUserId: actor.userId,
      kind: 'post_decision_decided',
      officeVisible: true,
      details: { kind: request.kind, label, outcome: outcomeWords, reason: input.reason, ...(authorization ? { authorizationNumber: authorization.number } : {}) },
    });
    await notifyStatusChange(ctx, tx, row, row.caseNumber ?? '', `${statusLabel(decided.status).toLowerCase()} on ${label.toLowerCase()}`);
    await sendCaseLetters(ctx, tx, { caseId: row.id, type: request.kind === 'reconsideration' ? 'reconsideration_outcome' : 'appeal_outcome', actor });
    await recordAudit(tx, ctx.clock, caseAuditEntry('post_decision.decide', actor, row, { requestId: request.id, kind: request.kind, outcome: input.outcome, reason: input.reason, ...(authorization ?? {}) }));
    await refreshWorklistColumns(tx, [row.id]);
  });
}
