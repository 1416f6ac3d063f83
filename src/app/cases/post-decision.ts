import { asc, eq } from 'drizzle-orm';
import type { PostDecisionOptionView } from '../../contracts/letters.ts';
import type { Queryable } from '../../db/client.ts';
import { healthPlans } from '../../db/schema/plans.ts';
import { postDecisionRequests } from '../../db/schema/post-decision.ts';
import { caseDeterminations } from '../../db/schema/review.ts';
import { appealRouteOf, postDecisionOptions, postDecisionOptionView, type PastPostDecisionRequest } from '../../domain/policies/post-decision-options.ts';
import type { AppContext } from '../context.ts';
import { policyOfCase } from './case-policy.ts';
import type { CaseRow } from './case-view.ts';

/** The reconsiderations and appeals asked for on a case, oldest first: they close the options they used. */
export async function postDecisionHistory(db: Queryable, caseId: string): Promise<PastPostDecisionRequest[]> {
  return db
    .select({ kind: postDecisionRequests.kind, status: postDecisionRequests.status, outcome: postDecisionRequests.outcome })
    .from(postDecisionRequests)
    .where(eq(postDecisionRequests.caseId, caseId))
    .orderBy(asc(postDecisionRequests.requestedAt));
}

/**
 * "All post decision options" of a decided case (C6), from the policy it was decided under, its
 * line of business, its determination and what was already asked for: what the office may still
 * do and until when, or why not. Empty before a decision and after one that leaves nothing to ask
 * for (an approval, or an overturn on reconsideration or appeal).
 */
export async function postDecisionOptionsOfCase(
  ctx: AppContext,
  db: Queryable,
  row: Pick<CaseRow, 'id' | 'planId' | 'lineOfBusiness' | 'programCode' | 'policyVersionId' | 'urgency' | 'retrospective'>,
): Promise<PostDecisionOptionView[]> {
  const [determination] = await db.select({ outcome: caseDeterminations.outcome, decidedAt: caseDeterminations.decidedAt }).from(caseDeterminations).where(eq(caseDeterminations.caseId, row.id));
  if (!determination) {
    return [];
  }
  const [plan] = row.planId ? await db.select({ name: healthPlans.name, phone: healthPlans.phone, fax: healthPlans.fax }).from(healthPlans).where(eq(healthPlans.id, row.planId)) : [];
  const policy = await policyOfCase(ctx, db, row);
  const options = postDecisionOptions(policy, {
    lineOfBusiness: row.lineOfBusiness ?? 'commercial',
    outcome: determination.outcome,
    determinedAt: determination.decidedAt,
    now: ctx.clock.now(),
    plan: { name: plan?.name ?? 'your health plan', phone: plan?.phone ?? null, fax: plan?.fax ?? null },
    history: await postDecisionHistory(db, row.id),
    appealRoute: appealRouteOf(row),
  });
  return options.map((option) => postDecisionOptionView(option, policy.holidayCalendar.timeZone));
}
