import { and, eq, inArray, sql } from 'drizzle-orm';
import { UPDATABLE_STATUSES } from '../../contracts/intake.ts';
import type { Transaction } from '../../db/client.ts';
import { cases } from '../../db/schema/cases.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notifyStatusChange } from '../cases/case-outcome.ts';
import type { AppContext } from '../context.ts';
import { recordCaseEvent } from '../review/case-events.ts';

/**
 * A new case made for a change of radiation technique or fractions has been approved: the case it
 * replaces is withdrawn (seed 000: "If approved, the original case will be withdrawn"). Runs in the
 * approval's transaction; the caller has authorized the approval. A compare-and-set on the
 * original's status, so an original already closed (or withdrawn by an earlier call) stays as it
 * is. Returns whether a case was withdrawn.
 */
export async function withdrawSupersededCase(ctx: AppContext, tx: Transaction, input: { newCaseId: string; actor: Actor }): Promise<boolean> {
  const [replacement] = await tx.select({ caseNumber: cases.caseNumber, supersedesCaseId: cases.supersedesCaseId }).from(cases).where(eq(cases.id, input.newCaseId));
  if (!replacement?.supersedesCaseId) {
    return false;
  }
  const [withdrawn] = await tx
    .update(cases)
    .set({ status: 'withdrawn', version: sql`${cases.version} + 1`, updatedAt: ctx.clock.now() })
    .where(and(eq(cases.id, replacement.supersedesCaseId), inArray(cases.status, [...UPDATABLE_STATUSES])))
    .returning({ id: cases.id, caseNumber: cases.caseNumber, officeId: cases.officeId, memberId: cases.memberId, contact: cases.contact });
  if (!withdrawn) {
    return false;
  }
  const replacedBy = `replaced by case ${replacement.caseNumber ?? ''}`;
  await recordCaseEvent(tx, ctx.clock, { caseId: withdrawn.id, actorUserId: input.actor.userId, kind: 'withdrawn', officeVisible: true, details: { reason: replacedBy, replacedByCaseId: input.newCaseId } });
  await recordAudit(tx, ctx.clock, {
    action: 'case.withdraw',
    outcome: 'success',
    actor: input.actor,
    officeId: withdrawn.officeId,
    objectType: 'case',
    objectId: withdrawn.id,
    memberId: withdrawn.memberId ?? undefined,
    details: { replacedByCaseId: input.newCaseId, replacedByCaseNumber: replacement.caseNumber },
  });
  await notifyStatusChange(ctx, tx, withdrawn, withdrawn.caseNumber ?? '', `withdrawn: ${replacedBy}`);
  return true;
}
