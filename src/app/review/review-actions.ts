import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { REVIEW_STATUSES } from '../../contracts/case-status.ts';
import type { assignCaseSchema, ReviewCaseView } from '../../contracts/review.ts';
import type { Transaction } from '../../db/client.ts';
import { cases } from '../../db/schema/cases.ts';
import { caseNotes } from '../../db/schema/review.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError, invalid } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { caseAuditEntry, recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { refuseUnderPostDecisionReview } from '../post-decision/open-request.ts';
import { recordCaseEvent } from './case-events.ts';
import { readDocumentOfCase } from '../documents/attach-documents.ts';
import { activeReviewers, loadReviewCase, reviewCaseView, type ReviewCaseRow } from './review-case-view.ts';

const SYSTEM: { kind: 'system' } = { kind: 'system' };

export const staleCase = (row: ReviewCaseRow) =>
  new DomainError('conflict', `Case ${row.caseNumber ?? ''} was changed by someone else (another reviewer may have acted). Reload it to see where it stands.`);

/**
 * Runs one review action in a transaction on the case as the reviewer saw it: the row is locked,
 * and a version that moved on means someone else acted first (409, nothing written).
 */
export async function onCase(ctx: AppContext, actor: Actor, caseId: string, version: number, act: (tx: Transaction, row: ReviewCaseRow) => Promise<void>): Promise<ReviewCaseView> {
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select id from cases where id = ${caseId} for update`);
    const row = await loadReviewCase(tx, caseId);
    if (row.version !== version) {
      throw staleCase(row);
    }
    await act(tx, row);
    return reviewCaseView(ctx, actor, tx, await loadReviewCase(tx, caseId));
  });
}

/**
 * `onCase` for the ordinary review actions (claim, assign, hold, pre-decision notice, decide): a
 * case under reconsideration or appeal keeps its first determination and is reviewed only through
 * src/app/post-decision, by a medical director who did not decide it.
 */
export async function onOrdinaryReview(ctx: AppContext, actor: Actor, caseId: string, version: number, act: (tx: Transaction, row: ReviewCaseRow) => Promise<void>): Promise<ReviewCaseView> {
  return onCase(ctx, actor, caseId, version, async (tx, row) => {
    await refuseUnderPostDecisionReview(tx, row.id);
    await act(tx, row);
  });
}

export function requireOpen(row: ReviewCaseRow): void {
  if (!(REVIEW_STATUSES as readonly string[]).includes(row.status)) {
    throw new DomainError('conflict', `Case ${row.caseNumber ?? ''} is no longer waiting for review.`);
  }
}

async function assignTo(ctx: AppContext, tx: Transaction, row: ReviewCaseRow, userId: string): Promise<void> {
  await tx.update(cases).set({ assignedUserId: userId, assignedAt: ctx.clock.now(), version: row.version + 1, updatedAt: ctx.clock.now() }).where(eq(cases.id, row.id));
}

/** Takes a case from the queue to work it. */
export async function claimCase(ctx: AppContext, actor: Actor, caseId: string, version: number): Promise<ReviewCaseView> {
  await authorize(ctx, actor, 'review.decide', SYSTEM);
  return onOrdinaryReview(ctx, actor, caseId, version, async (tx, row) => {
    requireOpen(row);
    if (row.status === 'pending_medical_review' && actor.role !== 'medical_director') {
      throw new DomainError('forbidden', 'This case waits for a medical director.');
    }
    await assignTo(ctx, tx, row, actor.userId);
    await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'claimed', officeVisible: false });
    await recordAudit(tx, ctx.clock, caseAuditEntry('review.claim', actor, row));
  });
}

/** Hands a case to another reviewer (a medical director for an escalated case). */
export async function assignCase(ctx: AppContext, actor: Actor, caseId: string, input: z.output<typeof assignCaseSchema>): Promise<ReviewCaseView> {
  await authorize(ctx, actor, 'review.decide', SYSTEM);
  return onOrdinaryReview(ctx, actor, caseId, input.version, async (tx, row) => {
    requireOpen(row);
    const assignee = (await activeReviewers(tx)).find((reviewer) => reviewer.userId === input.userId);
    if (!assignee) {
      throw invalid('Choose an active nurse reviewer or medical director.', { userId: 'Choose a reviewer from the list.' });
    }
    if (row.status === 'pending_medical_review' && assignee.role !== 'medical_director') {
      throw invalid('An escalated case goes to a medical director.', { userId: 'Choose a medical director.' });
    }
    await assignTo(ctx, tx, row, assignee.userId);
    await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'assigned', officeVisible: false, details: { assigneeName: assignee.name } });
    await recordAudit(tx, ctx.clock, { action: 'review.assign', outcome: 'success', actor, officeId: row.officeId, objectType: 'case', objectId: row.id, details: { assignee: assignee.userId } });
  });
}

/** An internal note: for reviewers only, never in anything the office or the member sees. */
export async function addReviewNote(ctx: AppContext, actor: Actor, caseId: string, text: string): Promise<ReviewCaseView> {
  await authorize(ctx, actor, 'review.read', SYSTEM);
  return ctx.db.transaction(async (tx) => {
    const row = await loadReviewCase(tx, caseId);
    await tx.insert(caseNotes).values({ caseId: row.id, authorUserId: actor.userId, createdAt: ctx.clock.now(), text });
    await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'note_added', officeVisible: false });
    await recordAudit(tx, ctx.clock, caseAuditEntry('review.note', actor, row));
    return reviewCaseView(ctx, actor, tx, row);
  });
}

/** A document of the case, for a reviewer to read in the browser (an audited, integrity-checked read). */
export async function readReviewDocument(ctx: AppContext, actor: Actor, caseId: string, documentId: string) {
  await authorize(ctx, actor, 'review.read', SYSTEM);
  return readDocumentOfCase(ctx, actor, await loadReviewCase(ctx.db, caseId), documentId);
}
