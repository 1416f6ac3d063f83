import { and, eq, gt, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/client.ts';
import { cases } from '../../db/schema/cases.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { caseAuditEntry, recordAudit } from '../audit/record-audit.ts';
import { notifyStatusChange } from '../cases/case-outcome.ts';
import type { AppContext } from '../context.ts';
import { recordCaseEvent } from './case-events.ts';
import { restartDecisionClock } from './decision-due.ts';

/**
 * Additional clinicals uploaded while the case is on hold and before its due date: the case moves
 * to "Additional Information Received, Pending Medical Director Review", back in the queue
 * unassigned. A compare-and-set on the status and the due date, so a hold the expiry sweep has
 * already returned stays where it is. Runs in the upload's transaction.
 */
export async function informationReceived(ctx: AppContext, tx: Transaction, actor: Actor, caseId: string): Promise<boolean> {
  const now = ctx.clock.now();
  const [moved] = await tx
    .update(cases)
    .set({ status: 'additional_information_received', holdDueAt: null, assignedUserId: null, assignedAt: null, version: sql`${cases.version} + 1`, updatedAt: now })
    .where(and(eq(cases.id, caseId), eq(cases.status, 'on_hold'), gt(cases.holdDueAt, now)))
    .returning({ id: cases.id, caseNumber: cases.caseNumber, officeId: cases.officeId, memberId: cases.memberId, contact: cases.contact });
  if (!moved) {
    return false;
  }
  await restartDecisionClock(ctx, tx, moved.id);
  await recordCaseEvent(tx, ctx.clock, { caseId: moved.id, actorUserId: actor.userId, kind: 'information_received', officeVisible: true });
  await recordAudit(tx, ctx.clock, caseAuditEntry('case.hold.information_received', actor, moved));
  await notifyStatusChange(ctx, tx, moved, moved.caseNumber ?? '', 'received the additional information and is pending medical director review');
  return true;
}
