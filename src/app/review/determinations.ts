import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { QUEUE_STATUSES, REVIEW_STATUSES, statusLabel } from '../../contracts/case-status.ts';
import type { SubmissionResult } from '../../contracts/cases.ts';
import { isAdverseClinical, type decisionSchema, type ReviewCaseView } from '../../contracts/review.ts';
import type { Transaction } from '../../db/client.ts';
import { executeRows } from '../../db/execute-rows.ts';
import { cases, caseServiceLines, type CaseStatus } from '../../db/schema/cases.ts';
import { caseDeterminations, type DeterminationOutcome } from '../../db/schema/review.ts';
import type { LetterType } from '../../db/schema/letters.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { decideLines, type DecidedLine } from '../../domain/cases/line-decisions.ts';
import type { ServiceLine } from '../../domain/criteria/criteria-types.ts';
import { authorizationValidity } from '../../domain/policies/authorization-validity.ts';
import { DomainError, invalid } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { caseAuditEntry, recordAudit } from '../audit/record-audit.ts';
import { notifyStatusChange, writeDecidedLines } from '../cases/case-outcome.ts';
import { policyOfCase } from '../cases/case-policy.ts';
import { validityKind } from '../cases/submission-rules.ts';
import { refreshWorklistColumns } from '../cases/worklist-columns.ts';
import type { AppContext } from '../context.ts';
import { withdrawSupersededCase } from '../intake/withdraw-superseded.ts';
import { sendCaseLetters } from '../letters/send-case-letters.ts';
import { recordCaseEvent } from './case-events.ts';
import { requestedLines } from './requested-lines.ts';
import { onOrdinaryReview, staleCase } from './review-actions.ts';
import type { ReviewCaseRow } from './review-case-view.ts';

const SYSTEM: { kind: 'system' } = { kind: 'system' };

type DecisionInput = z.output<typeof decisionSchema>;

/** The letters each determination sends (C5). */
export const LETTER_OF_OUTCOME: Record<DeterminationOutcome, LetterType> = {
  approved: 'approval',
  partially_approved: 'partial_approval',
  denied: 'denial',
  administratively_denied: 'administrative_denial',
  alternative_recommended: 'alternative_recommendation',
  withdrawn: 'withdrawal',
  cancelled: 'cancellation',
};

/** Withdraw and cancel also close a case that waits on hold; every other decision needs it in review. */
const CLOSABLE_ON_HOLD: readonly DecisionInput['action'][] = ['withdraw', 'cancel'];

interface Decided {
  outcome: DeterminationOutcome;
  reason: string | null;
  criteria: Array<{ id: string; text: string; guideline: string; version: string; section: string }>;
  alternative: { id: string | null; text: string } | null;
  /** The case's lines after the decision; null leaves them as they are. */
  lines: DecidedLine[] | null;
  /** Approval and partial approval: the authorization and its validity. */
  authorization: { number: string; validFrom: string; validTo: string } | null;
  eventDetails: Record<string, unknown>;
}

export function requireDecidable(row: ReviewCaseRow, action: DecisionInput['action']): void {
  const statuses: readonly string[] = CLOSABLE_ON_HOLD.includes(action) ? QUEUE_STATUSES : REVIEW_STATUSES;
  if (!statuses.includes(row.status)) {
    throw new DomainError('conflict', `Case ${row.caseNumber ?? ''} is no longer waiting for review.`);
  }
}

export async function finalStatus(tx: Transaction, row: ReviewCaseRow, status: CaseStatus, changes: Partial<typeof cases.$inferInsert>, now: Date, from: readonly string[]): Promise<void> {
  // Compare-and-set on the status as well: exactly one final determination, whoever commits first.
  const updated = await tx
    .update(cases)
    .set({ ...changes, status, version: row.version + 1, updatedAt: now })
    .where(and(eq(cases.id, row.id), eq(cases.version, row.version), inArray(cases.status, [...from] as CaseStatus[])))
    .returning({ id: cases.id });
  if (updated.length === 0) {
    throw staleCase(row);
  }
}

async function nextAuthorizationNumber(tx: Transaction): Promise<string> {
  const [row] = await executeRows<{ value: string | number }>(tx, sql`select nextval('authorization_number_seq') as value`);
  return `A${String(row?.value)}`;
}

/** The criteria (as evaluated at submission) that the reviewer says the decision rests on. */
function chosenCriteria(row: ReviewCaseRow, ids: readonly string[] | undefined): Decided['criteria'] {
  const evaluated = (row.submissionResult as SubmissionResult | null)?.criteria ?? [];
  const chosen = evaluated.filter((criterion) => (ids ?? []).includes(criterion.id));
  if (chosen.length === 0) {
    throw invalid('Choose the criteria the decision rests on.', { criteriaIds: 'Choose the criteria that are not met.' });
  }
  return chosen.map(({ id, text, guideline, version, section }) => ({ id, text, guideline, version, section }));
}

export async function authorizationFor(ctx: AppContext, tx: Transaction, row: ReviewCaseRow, lines: readonly DecidedLine[]): Promise<NonNullable<Decided['authorization']>> {
  const approved = lines.filter((line) => line.status !== 'denied');
  const validity = authorizationValidity(await policyOfCase(ctx, tx, row), { dateOfService: row.dateOfService ?? ctx.clock.now().toISOString().slice(0, 10), ...validityKind(approved) });
  return { number: await nextAuthorizationNumber(tx), validFrom: validity.start, validTo: validity.end };
}

const deniedLines = (lines: readonly ServiceLine[]) =>
  lines.map((line): DecidedLine => ({ ...line, unitsApproved: 0, fractionsApproved: line.fractions === undefined ? undefined : 0, status: 'denied' }));

/**
 * Medicare (the plan's policy): an adverse decision only after the provider has had the
 * pre-decision notice and its chance to answer (C5).
 */
async function requirePreDecisionNotice(ctx: AppContext, tx: Transaction, row: ReviewCaseRow): Promise<void> {
  const policy = await policyOfCase(ctx, tx, row);
  if (policy.peerToPeer.preDecision && !row.preDecisionNoticeAt) {
    throw new DomainError(
      'conflict',
      'This plan requires the pre-decision notice before a denial, partial approval or alternative recommendation: send it first. The provider may then send more information or ask for a clinical consultation by its due date.',
    );
  }
}

/** What each decision does to the case, before it is written. */
async function decision(ctx: AppContext, tx: Transaction, row: ReviewCaseRow, input: DecisionInput): Promise<Decided> {
  const reason = input.reason ?? null;
  const base = { reason, criteria: [], alternative: null, lines: null, authorization: null } satisfies Partial<Decided>;
  switch (input.action) {
    case 'approve': {
      const lines = (await requestedLines(tx, row)).map((line): DecidedLine => ({ ...line, unitsApproved: line.units, fractionsApproved: line.fractions, status: 'approved' }));
      const authorization = await authorizationFor(ctx, tx, row, lines);
      return { ...base, outcome: 'approved', lines, authorization, eventDetails: { authorizationNumber: authorization.number } };
    }
    case 'partially_approve': {
      const criteria = chosenCriteria(row, input.criteriaIds);
      const result = decideLines(await requestedLines(tx, row), input.lines ?? []);
      if (!result.ok) {
        throw invalid(result.message, result.fieldErrors);
      }
      const authorization = await authorizationFor(ctx, tx, row, result.lines);
      return { ...base, outcome: 'partially_approved', criteria, lines: result.lines, authorization, eventDetails: { authorizationNumber: authorization.number, reason } };
    }
    case 'deny':
      return { ...base, outcome: 'denied', criteria: chosenCriteria(row, input.criteriaIds), lines: deniedLines(await requestedLines(tx, row)), eventDetails: { reason } };
    case 'recommend_alternative': {
      const offered = (row.submissionResult as SubmissionResult | null)?.alternatives ?? [];
      const picked = input.alternativeId ? offered.find((alternative) => alternative.id === input.alternativeId) : undefined;
      if (input.alternativeId && !picked) {
        throw invalid('That alternative is not one the guideline offers for this request.', { alternativeId: 'Choose one of the listed alternatives, or describe your own.' });
      }
      const alternative = picked ? { id: picked.id, text: input.alternativeText ? `${picked.text} ${input.alternativeText}` : picked.text } : { id: null, text: input.alternativeText ?? '' };
      return { ...base, outcome: 'alternative_recommended', alternative, lines: deniedLines(await requestedLines(tx, row)), eventDetails: { alternative: alternative.text, reason } };
    }
    case 'administrative_deny':
      return { ...base, outcome: 'administratively_denied', lines: deniedLines(await requestedLines(tx, row)), eventDetails: { reason } };
    case 'withdraw':
      return { ...base, outcome: 'withdrawn', eventDetails: { reason } };
    case 'cancel':
      return { ...base, outcome: 'cancelled', eventDetails: { reason } };
    case 'escalate':
      throw new Error('escalation is not a final decision');
  }
}

async function escalate(ctx: AppContext, tx: Transaction, actor: Actor, row: ReviewCaseRow, reason: string): Promise<void> {
  if (actor.role === 'medical_director') {
    throw invalid('A medical director decides the case rather than escalating it.');
  }
  const now = ctx.clock.now();
  await finalStatus(tx, row, 'pending_medical_review', { assignedUserId: null, assignedAt: null }, now, REVIEW_STATUSES);
  await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'escalated', officeVisible: true, details: { reason } });
  await notifyStatusChange(ctx, tx, row, row.caseNumber ?? '', 'sent to a medical director for review');
  await recordAudit(tx, ctx.clock, caseAuditEntry('review.escalate', actor, row, { reason }));
}

/**
 * A reviewer's decision on a case they hold (C5). Nurses approve, escalate, or close a case
 * administratively (administrative denial, withdrawal, cancellation); a medical director also
 * denies, partially approves (line by line, units and fractions) and recommends alternatives,
 * and (Medicare) only after the pre-decision notice. One transaction each: the status as a
 * compare-and-set, one determination per case, the lines, the history and audit events, and the
 * office's e-notification.
 */
export async function decideCase(ctx: AppContext, actor: Actor, caseId: string, input: DecisionInput): Promise<ReviewCaseView> {
  await authorize(ctx, actor, isAdverseClinical(input.action) ? 'review.deny' : 'review.decide', SYSTEM);
  return onOrdinaryReview(ctx, actor, caseId, input.version, async (tx, row) => {
    requireDecidable(row, input.action);
    if (row.assignedUserId !== actor.userId) {
      throw new DomainError('conflict', 'Claim the case before deciding it.');
    }
    if (row.status === 'pending_medical_review' && actor.role !== 'medical_director') {
      throw new DomainError('forbidden', 'This case waits for a medical director.');
    }
    if (input.action === 'escalate') {
      await escalate(ctx, tx, actor, row, input.reason ?? '');
      return;
    }
    if (isAdverseClinical(input.action)) {
      await requirePreDecisionNotice(ctx, tx, row);
    }
    const now = ctx.clock.now();
    const decided = await decision(ctx, tx, row, input);
    const from = CLOSABLE_ON_HOLD.includes(input.action) ? QUEUE_STATUSES : REVIEW_STATUSES;
    const authorizationChanges = decided.authorization
      ? { authorizationNumber: decided.authorization.number, validFrom: decided.authorization.validFrom, validTo: decided.authorization.validTo }
      : {};
    await finalStatus(tx, row, decided.outcome, { ...authorizationChanges, holdDueAt: null }, now, from);
    if (decided.lines) {
      await writeDecidedLines(tx, row.id, decided.lines);
    } else {
      await tx.update(caseServiceLines).set({ status: 'denied', unitsApproved: 0 }).where(eq(caseServiceLines.caseId, row.id));
    }
    await tx.insert(caseDeterminations).values({
      caseId: row.id,
      outcome: decided.outcome,
      reason: decided.reason,
      criteria: decided.criteria,
      alternative: decided.alternative,
      decidedByUserId: actor.userId,
      decidedByRole: actor.role,
      decidedAt: now,
    });
    await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: decided.outcome, officeVisible: true, details: decided.eventDetails });
    await notifyStatusChange(ctx, tx, row, row.caseNumber ?? '', statusLabel(decided.outcome).toLowerCase());
    await sendCaseLetters(ctx, tx, { caseId: row.id, type: LETTER_OF_OUTCOME[decided.outcome], actor });
    if (decided.authorization && row.supersedesCaseId) {
      // A change of radiation technique or fractions, reviewed as this new case: its approval replaces the original (C5).
      await withdrawSupersededCase(ctx, tx, { newCaseId: row.id, actor });
    }
    await recordAudit(tx, ctx.clock, caseAuditEntry(`review.${input.action}`, actor, row, {
        reason: decided.reason,
        criteria: decided.criteria.map((criterion) => criterion.id),
        ...(decided.authorization ?? {}),
        ...(decided.lines ? { lines: decided.lines.map((line) => ({ code: line.code, status: line.status, unitsApproved: line.unitsApproved, fractionsApproved: line.fractionsApproved })) } : {}),
        ...(decided.alternative ? { alternative: decided.alternative.id ?? 'own words' } : {}),
      }));
    await refreshWorklistColumns(tx, [row.id]);
  });
}
