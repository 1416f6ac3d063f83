import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { SubmissionResult, submitCaseSchema } from '../../contracts/cases.ts';
import type { Transaction } from '../../db/client.ts';
import { cases } from '../../db/schema/cases.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorizationValidity } from '../../domain/policies/authorization-validity.ts';
import { decisionDueAt } from '../../domain/policies/deadlines.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { isComplete } from '../../domain/questionnaires/progress.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { runIdempotent, type IdempotentResponse } from '../idempotency/run-idempotent.ts';
import { loadOfficeCase, type CaseRow } from './case-view.ts';
import { policyVersionForCase } from './case-policy.ts';
import { memberFacts } from './member-history.ts';
import { questionnaireOfCase } from './questionnaire-step.ts';
import { outlookView, serviceLineView, submissionOutlook, validityKind } from './submission-rules.ts';
import { executeRows } from '../../db/execute-rows.ts';
import { refreshWorklistColumns } from './worklist-columns.ts';
import { notifyStatusChange, writeApprovedLines } from './case-outcome.ts';
import { caseDeterminations } from '../../db/schema/review.ts';
import { sendCaseLetters } from '../letters/send-case-letters.ts';
import { recordCaseEvent } from '../review/case-events.ts';

type SubmitInput = z.output<typeof submitCaseSchema>;

const statusWords: Record<SubmissionResult['status'], string> = {
  approved: 'approved',
  pending_clinical_review: 'sent to clinical review',
  administratively_denied: 'administratively denied',
};

/** The next case or authorization number; numbers are never reused. */
export async function nextNumber(tx: Transaction, sequence: 'case_number_seq' | 'authorization_number_seq'): Promise<string> {
  const [row] = await executeRows<{ value: string | number }>(tx, sql`select nextval(${sequence}) as value`);
  return String(row?.value);
}

function requireReadyToSubmit(row: CaseRow, complete: boolean): void {
  if (row.status !== 'in_progress') {
    throw new DomainError('conflict', 'This request has already been submitted or has expired.');
  }
  if (!row.lockedAt || !row.urgency) {
    throw new DomainError('conflict', 'Finish the earlier steps first.');
  }
  if (!complete) {
    throw new DomainError('validation', 'Answer the remaining clinical questions first.');
  }
}

async function decide(ctx: AppContext, tx: Transaction, row: CaseRow, input: SubmitInput): Promise<{ status: number; body: SubmissionResult }> {
  const questionnaire = questionnaireOfCase(row);
  requireReadyToSubmit(row, questionnaire ? isComplete(questionnaire, (row.answers ?? {}) as Answers) : true);
  const now = ctx.clock.now();
  const { versionId: policyVersionId, values: policy } = await policyVersionForCase(ctx, tx, row);
  const outlook = submissionOutlook(row, questionnaire, policy, now, await memberFacts(tx, row));
  if (outlook.kind === 'refer' && outlook.evaluation && !input.criteriaNotMet) {
    throw new DomainError('validation', 'The criteria are not met: choose whether to upload documents, add notes, both, or neither.', {
      criteriaNotMet: 'Choose an option.',
    });
  }
  const caseNumber = await nextNumber(tx, 'case_number_seq');
  let result: SubmissionResult;
  if (outlook.kind === 'approve') {
    const authorizationNumber = `A${await nextNumber(tx, 'authorization_number_seq')}`;
    const validity = authorizationValidity(policy, { dateOfService: row.dateOfService as string, ...validityKind(outlook.lines) });
    await writeApprovedLines(tx, row.id, outlook.lines);
    await tx
      .update(cases)
      .set({ status: 'approved', caseNumber, authorizationNumber, policyVersionId, submittedAt: now, validFrom: validity.start, validTo: validity.end, notes: input.criteriaNotMet?.notes ?? row.notes, expiresAt: null, version: row.version + 1, updatedAt: now })
      .where(eq(cases.id, row.id));
    result = {
      caseId: row.id,
      caseNumber,
      status: 'approved',
      authorizationNumber,
      approvedLines: outlook.lines.map((line) => ({
        ...serviceLineView(line),
        // Approved lines also carry the DME purchase or rental terms, which an alternative's lines do not show.
        ...(line.acquisition ? { acquisition: line.acquisition } : {}),
        ...(line.rentalMonths ? { rentalMonths: line.rentalMonths } : {}),
      })),
      validFrom: validity.start,
      validTo: validity.end,
      decisionDueAt: null,
      ...outlookView(outlook),
      message: `Your case has been approved. Authorization number ${authorizationNumber}, valid ${validity.start} through ${validity.end}.`,
    };
  } else {
    const status = outlook.kind === 'administrative_denial' ? 'administratively_denied' : 'pending_clinical_review';
    const due = status === 'pending_clinical_review' ? decisionDueAt(policy, { urgency: row.urgency ?? 'standard', completeAt: now, receivedAt: now, lineOfBusiness: row.lineOfBusiness ?? 'commercial' }).dueAt : null;
    await tx
      .update(cases)
      .set({ status, caseNumber, policyVersionId, submittedAt: now, decisionDueAt: due, notes: input.criteriaNotMet?.notes ?? row.notes, expiresAt: null, version: row.version + 1, updatedAt: now })
      .where(eq(cases.id, row.id));
    result = {
      caseId: row.id,
      caseNumber,
      status,
      authorizationNumber: null,
      approvedLines: [],
      validFrom: null,
      validTo: null,
      decisionDueAt: due?.toISOString() ?? null,
      ...outlookView(outlook),
      message:
        outlook.kind === 'administrative_denial'
          ? `Case ${caseNumber}: ${outlook.reason} The request is administratively denied; a letter explains the options.`
          : `Your case ${caseNumber} has been sent to clinical review. ${outlook.reason}`,
    };
  }
  await tx.update(cases).set({ submissionResult: result as unknown as Record<string, unknown> }).where(eq(cases.id, row.id));
  await refreshWorklistColumns(tx, [row.id]);
  await notifyStatusChange(ctx, tx, row, caseNumber, statusWords[result.status]);
  await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: null, kind: 'submitted', officeVisible: true, details: { outcome: result.status } });
  await recordAutomaticDetermination(ctx, tx, row.id, result, outlook.kind === 'administrative_denial' ? outlook.reason : null);
  return { status: 201, body: result };
}

/**
 * A decision the guideline rules made at submission is a determination like a reviewer's (no
 * person), with its letters: an approval, or the administrative denial of a request made too late.
 */
async function recordAutomaticDetermination(ctx: AppContext, tx: Transaction, caseId: string, result: SubmissionResult, reason: string | null): Promise<void> {
  if (result.status !== 'approved' && result.status !== 'administratively_denied') {
    return;
  }
  await tx.insert(caseDeterminations).values({ caseId, outcome: result.status, reason, criteria: [], decidedByUserId: null, decidedByRole: 'guideline_rules', decidedAt: ctx.clock.now() });
  await sendCaseLetters(ctx, tx, { caseId, type: result.status === 'approved' ? 'approval' : 'administrative_denial', actor: null });
}

/**
 * SUBMIT CASE (C3 steps 12-13): one transaction that numbers the case, approves it when every
 * criterion is met (authorization number, lines, validity from the plan's policy) or sends it
 * to clinical review with its decision due date, and queues the notification. Idempotent per
 * Idempotency-Key, and a second submission of the same case is refused by its status.
 */
export async function submitCase(ctx: AppContext, actor: Actor, caseId: string, input: SubmitInput, idempotencyKey: string): Promise<IdempotentResponse<SubmissionResult>> {
  await authorize(ctx, actor, 'cases.update', ownOffice(actor));
  return runIdempotent(ctx.db, actor.userId, idempotencyKey, { caseId, input }, ctx.clock.now(), async (tx) => {
    // Lock the row so two submissions of the same case are serialised, whatever their keys.
    await tx.execute(sql`select id from cases where id = ${caseId} for update`);
    const row = await loadOfficeCase(tx, actor.officeId as string, caseId);
    if (row.version !== input.version) {
      throw new DomainError('conflict', 'This request was changed in another window. Reload it before submitting.');
    }
    const response = await decide(ctx, tx, row, input);
    await recordAudit(tx, ctx.clock, {
      action: 'case.submit',
      outcome: 'success',
      actor,
      objectType: 'case',
      objectId: row.id,
      memberId: row.memberId ?? undefined,
      details: { status: response.body.status, caseNumber: response.body.caseNumber, criteria: response.body.criteria.map((criterion) => `${criterion.id}:${criterion.result}`) },
    });
    return response;
  });
}

/**
 * Open or approved requests for the same member and service whose dates overlap this one's
 * (within the 180-day validity window): shown as a warning before submission.
 */
export async function findDuplicates(ctx: AppContext, tx: Transaction | AppContext['db'], row: CaseRow) {
  if (!row.memberId || !row.procedureCode || !row.dateOfService) {
    return [];
  }
  return tx
    .select({ id: cases.id, caseNumber: cases.caseNumber, status: cases.status, dateOfService: cases.dateOfService, authorizationNumber: cases.authorizationNumber })
    .from(cases)
    .where(
      and(
        ne(cases.id, row.id),
        eq(cases.memberId, row.memberId),
        eq(cases.procedureCode, row.procedureCode),
        inArray(cases.status, ['approved', 'partially_approved', 'pending_clinical_review', 'pending_medical_review', 'additional_information_received', 'on_hold']),
        sql`${cases.dateOfService} between ${row.dateOfService}::date - 180 and ${row.dateOfService}::date + 180`,
      ),
    )
    .limit(10);
}
