import type { z } from 'zod';
import type { preDecisionNoticeSchema, ReviewCaseView } from '../../contracts/review.ts';
import type { SubmissionResult } from '../../contracts/cases.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError, invalid } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { caseAuditEntry, recordAudit } from '../audit/record-audit.ts';
import { notifyStatusChange } from '../cases/case-outcome.ts';
import { policyOfCase } from '../cases/case-policy.ts';
import type { AppContext } from '../context.ts';
import { sendCaseLetters } from '../letters/send-case-letters.ts';
import { recordCaseEvent } from './case-events.ts';
import { placeOnHold } from './holds.ts';
import { onOrdinaryReview } from './review-actions.ts';

const SYSTEM: { kind: 'system' } = { kind: 'system' };

/**
 * The Medicare pre-decision notice (C5): a medical director who intends to deny tells the
 * provider (by phone and in writing) what is intended and why. The case waits on hold until the
 * policy's hold date for more information or a request for a clinical consultation; information
 * received brings it back at once, and after the date it returns to be decided. Only then may the
 * adverse decision be made (determinations.ts checks `pre_decision_notice_at`).
 */
export async function sendPreDecisionNotice(ctx: AppContext, actor: Actor, caseId: string, input: z.output<typeof preDecisionNoticeSchema>): Promise<ReviewCaseView> {
  await authorize(ctx, actor, 'review.deny', SYSTEM);
  return onOrdinaryReview(ctx, actor, caseId, input.version, async (tx, row) => {
    const policy = await policyOfCase(ctx, tx, row);
    if (!policy.peerToPeer.preDecision) {
      throw new DomainError('conflict', "This plan does not use pre-decision notices: decide the case directly.");
    }
    if (row.preDecisionNoticeAt) {
      throw new DomainError('conflict', 'The pre-decision notice was already sent for this case.');
    }
    const evaluated = (row.submissionResult as SubmissionResult | null)?.criteria ?? [];
    const criteria = evaluated.filter((criterion) => input.criteriaIds.includes(criterion.id));
    if (criteria.length === 0) {
      throw invalid('Choose the criteria the intended denial rests on.', { criteriaIds: 'Choose the criteria that are not met.' });
    }
    const now = ctx.clock.now();
    const { dueAt, dueDate } = await placeOnHold(ctx, tx, actor, row, { kind: 'pre_decision', items: criteria.map((criterion) => criterion.text), note: input.reason }, { preDecisionNoticeAt: now });
    await recordCaseEvent(tx, ctx.clock, {
      caseId: row.id,
      actorUserId: actor.userId,
      kind: 'pre_decision_notice',
      officeVisible: true,
      details: { dueDate, dueAt: dueAt.toISOString(), calledProvider: input.calledProvider },
    });
    await notifyStatusChange(ctx, tx, row, row.caseNumber ?? '', `given a pre-decision notice: more information or a clinical consultation may be asked for by ${dueDate}`);
    await sendCaseLetters(ctx, tx, { caseId: row.id, type: 'pre_decision_notice', actor });
    await recordAudit(tx, ctx.clock, caseAuditEntry('review.pre_decision_notice', actor, row, { criteria: criteria.map((criterion) => criterion.id), holdDueAt: dueAt.toISOString(), calledProvider: input.calledProvider }));
  });
}
