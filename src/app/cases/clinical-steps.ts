import { and, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { CaseView, urgencySchema } from '../../contracts/cases.ts';
import { caseDocuments } from '../../db/schema/documents.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { stepIndex, type WizardStep } from '../../domain/cases/wizard-steps.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { describeCase, loadOfficeCase, type CaseRow } from './case-view.ts';
import { saveCaseVersion } from './save-case-version.ts';
import { questionnaireOfCase } from './questionnaire-step.ts';

function requireInProgress(row: CaseRow): void {
  if (row.status !== 'in_progress') {
    throw new DomainError('conflict', 'This request has been submitted or has expired; it can no longer be changed.');
  }
}

/**
 * "Proceed to clinical information" (C3 step 9): the person confirms provider, member and
 * service, which are then frozen for this request.
 */
export async function attestCase(ctx: AppContext, actor: Actor, caseId: string, version: number): Promise<CaseView> {
  await authorize(ctx, actor, 'cases.update', ownOffice(actor));
  return ctx.db.transaction(async (tx) => {
    const row = await loadOfficeCase(tx, actor.officeId as string, caseId);
    requireInProgress(row);
    if (row.lockedAt) {
      return describeCase(tx, row);
    }
    if (row.currentStep !== 'attestation') {
      throw new DomainError('conflict', 'Complete the earlier steps first.');
    }
    const now = ctx.clock.now();
    const updated = await saveCaseVersion(ctx, tx, row, version, { lockedAt: now, currentStep: 'urgency' });
    await recordAudit(tx, ctx.clock, { action: 'case.attest', outcome: 'success', actor, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined });
    return describeCase(tx, updated);
  });
}

/** Standard or urgent (C3 step 10). Urgent counts only with a reason and an uploaded clinical document. */
export async function setUrgency(ctx: AppContext, actor: Actor, caseId: string, input: z.output<typeof urgencySchema>): Promise<CaseView> {
  await authorize(ctx, actor, 'cases.update', ownOffice(actor));
  return ctx.db.transaction(async (tx) => {
    const row = await loadOfficeCase(tx, actor.officeId as string, caseId);
    requireInProgress(row);
    if (!row.lockedAt) {
      throw new DomainError('conflict', 'Proceed to clinical information first.');
    }
    let urgency = input.urgency;
    let notice: string | undefined;
    if (urgency === 'urgent') {
      const [uploads] = await tx
        .select({ n: count() })
        .from(caseDocuments)
        .where(and(eq(caseDocuments.caseId, row.id), eq(caseDocuments.purpose, 'urgent_clinical')));
      if ((uploads?.n ?? 0) === 0) {
        urgency = 'standard';
        notice = 'No clinical document was uploaded, so this request will be reviewed as standard. Upload clinical notes to request urgent review.';
      }
    }
    // A procedure without clinical questions goes straight to the review.
    const questionsStep: WizardStep = questionnaireOfCase(row) ? 'questionnaire' : 'review';
    const following: WizardStep = stepIndex(row.currentStep as WizardStep) > stepIndex(questionsStep) ? (row.currentStep as WizardStep) : questionsStep;
    const updated = await saveCaseVersion(ctx, tx, row, input.version, { urgency, currentStep: following });
    await recordAudit(tx, ctx.clock, {
      action: 'case.update',
      outcome: 'success',
      actor,
      objectType: 'case',
      objectId: row.id,
      memberId: row.memberId ?? undefined,
      details: { step: 'urgency', requested: input.urgency, saved: urgency },
    });
    const view = await describeCase(tx, updated);
    return notice ? { ...view, notice } : view;
  });
}
