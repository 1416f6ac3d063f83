import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { REVIEW_STATUSES } from '../../contracts/case-status.ts';
import type { SubmissionResult } from '../../contracts/cases.ts';
import type { assignCaseSchema, decisionSchema, ReviewCaseView } from '../../contracts/review.ts';
import type { Transaction } from '../../db/client.ts';
import { executeRows } from '../../db/execute-rows.ts';
import { cases, caseServiceLines, type CaseStatus } from '../../db/schema/cases.ts';
import { caseDeterminations, caseNotes } from '../../db/schema/review.ts';
import { policyVersions } from '../../db/schema/policies.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { approvedLines } from '../../domain/criteria/approved-lines.ts';
import { criteriaFor } from '../../content/criteria/criteria-registry.ts';
import type { ServiceLine } from '../../domain/criteria/criteria-types.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { authorizationValidity } from '../../domain/policies/authorization-validity.ts';
import type { PolicyValues } from '../../domain/policies/policy-types.ts';
import { DomainError, invalid } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { policyForCase } from '../cases/case-policy.ts';
import { notifyStatusChange, writeApprovedLines } from '../cases/case-outcome.ts';
import { questionnaireOfCase } from '../cases/questionnaire-step.ts';
import { validityKind } from '../cases/submission-rules.ts';
import { refreshWorklistColumns } from '../cases/worklist-columns.ts';
import type { AppContext } from '../context.ts';
import { recordCaseEvent } from './case-events.ts';
import { readDocumentOfCase } from '../documents/attach-documents.ts';
import { activeReviewers, loadReviewCase, reviewCaseView, type ReviewCaseRow } from './review-case-view.ts';

const SYSTEM: { kind: 'system' } = { kind: 'system' };

const staleCase = (row: ReviewCaseRow) =>
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
  return onCase(ctx, actor, caseId, version, async (tx, row) => {
    requireOpen(row);
    if (row.status === 'pending_medical_review' && actor.role !== 'medical_director') {
      throw new DomainError('forbidden', 'This case waits for a medical director.');
    }
    await assignTo(ctx, tx, row, actor.userId);
    await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'claimed', officeVisible: false });
    await recordAudit(tx, ctx.clock, { action: 'review.claim', outcome: 'success', actor, officeId: row.officeId, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined });
  });
}

/** Hands a case to another reviewer (a medical director for an escalated case). */
export async function assignCase(ctx: AppContext, actor: Actor, caseId: string, input: z.output<typeof assignCaseSchema>): Promise<ReviewCaseView> {
  await authorize(ctx, actor, 'review.decide', SYSTEM);
  return onCase(ctx, actor, caseId, input.version, async (tx, row) => {
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
    await recordAudit(tx, ctx.clock, { action: 'review.note', outcome: 'success', actor, officeId: row.officeId, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined });
    return reviewCaseView(ctx, actor, tx, row);
  });
}

/** The policy the case was submitted under (its recorded version), so a later change cannot move its dates. */
export async function policyOfCase(ctx: AppContext, tx: Transaction, row: ReviewCaseRow): Promise<PolicyValues> {
  if (row.policyVersionId) {
    const [version] = await tx.select({ values: policyVersions.values }).from(policyVersions).where(eq(policyVersions.versionId, row.policyVersionId));
    if (version) {
      return version.values;
    }
  }
  return policyForCase(ctx, tx, row);
}

/** The lines the request asks for: from its answers when it has a questionnaire, else as entered in the service step. */
async function requestedLines(tx: Transaction, row: ReviewCaseRow): Promise<ServiceLine[]> {
  const questionnaire = questionnaireOfCase(row);
  const criteria = questionnaire ? criteriaFor(questionnaire) : undefined;
  if (questionnaire && criteria && row.dateOfService && row.procedureCode) {
    const lines = approvedLines(criteria, (row.answers ?? {}) as Answers, { questionnaire, dateOfService: row.dateOfService, procedureCode: row.procedureCode });
    if (lines.length > 0) {
      return [...lines];
    }
  }
  const entered = await tx.select().from(caseServiceLines).where(eq(caseServiceLines.caseId, row.id));
  return entered.map((line) => ({ code: line.code, codeSystem: line.codeSystem, description: line.description, units: line.unitsRequested, decidedBy: [] }));
}

async function finalStatus(tx: Transaction, row: ReviewCaseRow, status: CaseStatus, changes: Partial<typeof cases.$inferInsert>, now: Date): Promise<void> {
  // Compare-and-set on the status as well: exactly one final determination, whoever commits first.
  const updated = await tx
    .update(cases)
    .set({ ...changes, status, version: row.version + 1, updatedAt: now })
    .where(and(eq(cases.id, row.id), eq(cases.version, row.version), inArray(cases.status, [...REVIEW_STATUSES])))
    .returning({ id: cases.id });
  if (updated.length === 0) {
    throw staleCase(row);
  }
}

async function nextAuthorizationNumber(tx: Transaction): Promise<string> {
  const [row] = await executeRows<{ value: string | number }>(tx, sql`select nextval('authorization_number_seq') as value`);
  return `A${String(row?.value)}`;
}

/**
 * A reviewer's decision on a case they hold (C5): a nurse approves or escalates to a medical
 * director; a medical director approves or denies. Approval gives an authorization number, the
 * lines and the validity from the policy the case was submitted under; a denial states its
 * specific reason and the criteria it rests on. One transaction each, with the history event, the
 * audit event and the office's e-notification.
 */
export async function decideCase(ctx: AppContext, actor: Actor, caseId: string, input: z.output<typeof decisionSchema>): Promise<ReviewCaseView> {
  await authorize(ctx, actor, input.action === 'deny' ? 'review.deny' : 'review.decide', SYSTEM);
  return onCase(ctx, actor, caseId, input.version, async (tx, row) => {
    requireOpen(row);
    if (row.assignedUserId !== actor.userId) {
      throw new DomainError('conflict', 'Claim the case before deciding it.');
    }
    if (row.status === 'pending_medical_review' && actor.role !== 'medical_director') {
      throw new DomainError('forbidden', 'This case waits for a medical director.');
    }
    const now = ctx.clock.now();
    const caseNumber = row.caseNumber ?? '';
    const audit = (details: Record<string, unknown>) =>
      recordAudit(tx, ctx.clock, { action: `review.${input.action}`, outcome: 'success', actor, officeId: row.officeId, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined, details });

    if (input.action === 'escalate') {
      if (actor.role === 'medical_director') {
        throw invalid('A medical director decides the case rather than escalating it.');
      }
      await finalStatus(tx, row, 'pending_medical_review', { assignedUserId: null, assignedAt: null }, now);
      await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'escalated', officeVisible: true, details: { reason: input.reason } });
      await notifyStatusChange(ctx, tx, row, caseNumber, 'sent to a medical director for review');
      await audit({ reason: input.reason });
      return;
    }

    if (input.action === 'approve') {
      const lines = await requestedLines(tx, row);
      const validity = authorizationValidity(await policyOfCase(ctx, tx, row), { dateOfService: row.dateOfService ?? now.toISOString().slice(0, 10), ...validityKind(lines) });
      const authorizationNumber = await nextAuthorizationNumber(tx);
      await finalStatus(tx, row, 'approved', { authorizationNumber, validFrom: validity.start, validTo: validity.end }, now);
      await writeApprovedLines(tx, row.id, lines);
      await tx.insert(caseDeterminations).values({ caseId: row.id, outcome: 'approved', reason: input.reason ?? null, criteria: [], decidedByUserId: actor.userId, decidedByRole: actor.role, decidedAt: now });
      await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'approved', officeVisible: true, details: { authorizationNumber } });
      await notifyStatusChange(ctx, tx, row, caseNumber, 'approved');
      await audit({ authorizationNumber, validFrom: validity.start, validTo: validity.end, lines: lines.length });
    } else {
      const evaluated = (row.submissionResult as SubmissionResult | null)?.criteria ?? [];
      const chosen = evaluated.filter((criterion) => (input.criteriaIds ?? []).includes(criterion.id));
      if (chosen.length === 0) {
        throw invalid('Choose the criteria the denial rests on.', { criteriaIds: 'Choose the criteria that are not met.' });
      }
      await finalStatus(tx, row, 'denied', {}, now);
      await tx.update(caseServiceLines).set({ status: 'denied', unitsApproved: 0 }).where(eq(caseServiceLines.caseId, row.id));
      await tx.insert(caseDeterminations).values({
        caseId: row.id,
        outcome: 'denied',
        reason: input.reason ?? null,
        criteria: chosen.map(({ id, text, guideline, version, section }) => ({ id, text, guideline, version, section })),
        decidedByUserId: actor.userId,
        decidedByRole: actor.role,
        decidedAt: now,
      });
      await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'denied', officeVisible: true, details: { reason: input.reason } });
      await notifyStatusChange(ctx, tx, row, caseNumber, 'denied');
      await audit({ reason: input.reason, criteria: chosen.map((criterion) => criterion.id) });
    }
    await refreshWorklistColumns(tx, [row.id]);
  });
}

/** A document of the case, for a reviewer to read in the browser (an audited, integrity-checked read). */
export async function readReviewDocument(ctx: AppContext, actor: Actor, caseId: string, documentId: string) {
  await authorize(ctx, actor, 'review.read', SYSTEM);
  return readDocumentOfCase(ctx, actor, await loadReviewCase(ctx.db, caseId), documentId);
}
