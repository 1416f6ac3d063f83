import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { REVIEW_STATUSES } from '../../contracts/case-status.ts';
import type { holdCaseSchema, ReviewCaseView } from '../../contracts/review.ts';
import type { Transaction } from '../../db/client.ts';
import { cases, type CaseStatus, type HoldRequest } from '../../db/schema/cases.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { holdDueAt } from '../../domain/policies/deadlines.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { caseAuditEntry, recordAudit, recordAudits } from '../audit/record-audit.ts';
import { notifyStatusChange } from '../cases/case-outcome.ts';
import type { AppContext } from '../context.ts';
import { sendCaseLetters } from '../letters/send-case-letters.ts';
import { dateWords } from '../letters/letter-words.ts';
import { dateInZone } from '../../domain/calendar/time-zone.ts';
import { recordCaseEvent } from './case-events.ts';
import { restartDecisionClock } from './decision-due.ts';
import { holdItemWords } from './hold-view.ts';
import { policyOfCase } from '../cases/case-policy.ts';
import { onOrdinaryReview, requireOpen } from './review-actions.ts';
import type { ReviewCaseRow } from './review-case-view.ts';

const SYSTEM: { kind: 'system' } = { kind: 'system' };

/** The case as the hold found it, and the due date the policy gives the provider to answer. */
export interface PlacedHold {
  dueAt: Date;
  /** The last day to answer, as letters print it, in the plan's time zone. */
  dueDate: string;
}

/**
 * Puts a case the reviewer holds on hold until the policy's holdForInformation date: a
 * compare-and-set on the version and a review status, so a hold never lands on a decided case.
 * Shared by the request for information and the Medicare pre-decision notice.
 */
export async function placeOnHold(ctx: AppContext, tx: Transaction, actor: Actor, row: ReviewCaseRow, request: Omit<HoldRequest, 'previousStatus'>, changes: Partial<typeof cases.$inferInsert> = {}): Promise<PlacedHold> {
  requireOpen(row);
  if (row.assignedUserId !== actor.userId) {
    throw new DomainError('conflict', 'Claim the case before putting it on hold.');
  }
  if (row.status === 'pending_medical_review' && actor.role !== 'medical_director') {
    throw new DomainError('forbidden', 'This case waits for a medical director.');
  }
  const now = ctx.clock.now();
  const policy = await policyOfCase(ctx, tx, row);
  const dueAt = holdDueAt(policy, now);
  const lastDay = dateInZone(new Date(dueAt.getTime() - 1), policy.holidayCalendar.timeZone);
  const holdRequest: HoldRequest = { ...request, previousStatus: row.status as HoldRequest['previousStatus'] };
  const updated = await tx
    .update(cases)
    .set({ ...changes, status: 'on_hold', holdDueAt: dueAt, holdRequest, version: row.version + 1, updatedAt: now })
    .where(and(eq(cases.id, row.id), eq(cases.version, row.version), inArray(cases.status, [...REVIEW_STATUSES])))
    .returning({ id: cases.id });
  if (updated.length === 0) {
    throw new DomainError('conflict', `Case ${row.caseNumber ?? ''} was changed by someone else. Reload it to see where it stands.`);
  }
  return { dueAt, dueDate: dateWords(lastDay) };
}

/**
 * Hold / request for information (issue 5): the assigned reviewer names what is missing; the
 * case waits on hold until the policy's holdForInformation date, and the provider gets the notice.
 */
export async function holdCase(ctx: AppContext, actor: Actor, caseId: string, input: z.output<typeof holdCaseSchema>): Promise<ReviewCaseView> {
  await authorize(ctx, actor, 'review.decide', SYSTEM);
  return onOrdinaryReview(ctx, actor, caseId, input.version, async (tx, row) => {
    const { dueAt, dueDate } = await placeOnHold(ctx, tx, actor, row, { kind: 'information', items: [...input.items], note: input.note ?? '' });
    const words = holdItemWords(input.items);
    await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'hold', officeVisible: true, details: { items: words, dueDate, dueAt: dueAt.toISOString() } });
    await recordAudit(tx, ctx.clock, caseAuditEntry('review.hold', actor, row, { items: input.items, holdDueAt: dueAt.toISOString(), previousStatus: row.status }));
    // The hold letter goes to the provider (fax, or e-notification when asked for) and the member.
    await sendCaseLetters(ctx, tx, { caseId: row.id, type: 'hold', actor });
  });
}

/**
 * Housekeeping: holds past their due date with nothing received go back to the status they had
 * (and the reviewer who held them), to be decided on what was submitted. The UPDATE … RETURNING
 * claims each row atomically, so several processes sweeping at once return each case once.
 */
export async function returnExpiredHolds(ctx: AppContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const returned = await tx
      .update(cases)
      .set({
        status: sql<CaseStatus>`coalesce(${cases.holdRequest}->>'previousStatus', 'pending_clinical_review')`,
        holdDueAt: null,
        version: sql`${cases.version} + 1`,
        updatedAt: now,
      })
      .where(and(eq(cases.status, 'on_hold'), lte(cases.holdDueAt, now)))
      .returning({ id: cases.id, caseNumber: cases.caseNumber, officeId: cases.officeId, memberId: cases.memberId, contact: cases.contact });
    for (const row of returned) {
      await restartDecisionClock(ctx, tx, row.id);
      await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: null, kind: 'hold_expired', officeVisible: true });
      await notifyStatusChange(ctx, tx, row, row.caseNumber ?? '', 'returned to review: no information was received by the due date');
    }
    await recordAudits(
      tx,
      ctx.clock,
      returned.map((row) => ({ action: 'case.hold.expire', outcome: 'success' as const, officeId: row.officeId, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined })),
    );
    return returned.length;
  });
}
