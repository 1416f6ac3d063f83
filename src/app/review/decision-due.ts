import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client.ts';
import { cases } from '../../db/schema/cases.ts';
import { decisionDueAt } from '../../domain/policies/deadlines.ts';
import { policyOfCase } from '../cases/case-policy.ts';
import type { AppContext } from '../context.ts';

/**
 * A hold ends (information received, or its due date passed): the clinical information is now as
 * complete as it will be, so the plan's turnaround starts again from now, while a regulatory cap
 * still counts from the original receipt (decisionDueAt takes the earlier). The clock does not run
 * against the reviewer while the provider is asked for what is missing.
 */
export async function restartDecisionClock(ctx: AppContext, tx: Transaction, caseId: string): Promise<void> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId));
  if (!row?.submittedAt) {
    return;
  }
  const policy = await policyOfCase(ctx, tx, row);
  const now = ctx.clock.now();
  const due = decisionDueAt(policy, { urgency: row.urgency ?? 'standard', completeAt: now, receivedAt: row.submittedAt, lineOfBusiness: row.lineOfBusiness ?? 'commercial' });
  await tx.update(cases).set({ decisionDueAt: due.dueAt, decisionClockStartedAt: now }).where(eq(cases.id, caseId));
}
