import { and, eq, lte } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { cases } from '../../db/schema/cases.ts';
import { healthPlans } from '../../db/schema/plans.ts';
import { policyVersions } from '../../db/schema/policies.ts';
import { inProgressExpiresAt } from '../../domain/policies/deadlines.ts';
import { dateInZone } from '../../domain/calendar/time-zone.ts';
import type { PolicyValues, PolicyVersion } from '../../domain/policies/policy-types.ts';
import { resolveStoredPolicy } from '../policies/policy-store.ts';
import { recordAudits } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import type { CaseRow } from './case-view.ts';

/**
 * The policy version a case is handled under: the most specific version for its plan, line
 * of business and program in force today, or the global default while those are unknown.
 * Read from the database at each use, so a plan administrator's change applies to the next
 * case at once; a submitted case records the version id it was decided under.
 */
export async function policyVersionForCase(ctx: AppContext, db: Queryable, row: Pick<CaseRow, 'planId' | 'lineOfBusiness' | 'programCode'>): Promise<PolicyVersion> {
  const [plan] = row.planId ? await db.select({ code: healthPlans.code }).from(healthPlans).where(eq(healthPlans.id, row.planId)) : [];
  return resolveStoredPolicy(db, {
    planCode: plan?.code ?? '',
    lineOfBusiness: row.lineOfBusiness ?? 'commercial',
    programCode: row.programCode,
    on: ctx.clock.now().toISOString().slice(0, 10),
  });
}

/** The policy a submitted case was handled under (its recorded version), so a later change cannot move its dates. */
export async function policyOfCase(ctx: AppContext, db: Queryable, row: Pick<CaseRow, 'planId' | 'lineOfBusiness' | 'programCode' | 'policyVersionId'>): Promise<PolicyValues> {
  if (row.policyVersionId) {
    const [version] = await db.select({ values: policyVersions.values }).from(policyVersions).where(eq(policyVersions.versionId, row.policyVersionId));
    if (version) {
      return version.values;
    }
  }
  return policyForCase(ctx, db, row);
}

export async function policyForCase(ctx: AppContext, db: Queryable, row: Pick<CaseRow, 'planId' | 'lineOfBusiness' | 'programCode'>): Promise<PolicyValues> {
  return (await policyVersionForCase(ctx, db, row)).values;
}

/**
 * "Today" for a case: the calendar date in the plan's time zone (the global default's until
 * the plan is known), not in UTC, so an evening request in Chicago is not dated tomorrow.
 */
export async function todayForCase(ctx: AppContext, db: Queryable, row: Pick<CaseRow, 'planId' | 'lineOfBusiness' | 'programCode'>): Promise<string> {
  const policy = await policyForCase(ctx, db, row);
  return dateInZone(ctx.clock.now(), policy.holidayCalendar.timeZone);
}

/** An in-progress request may be resumed for the plan's window (2 business days) after its last save. */
export async function inProgressExpiry(ctx: AppContext, db: Queryable, row: Pick<CaseRow, 'planId' | 'lineOfBusiness' | 'programCode'>): Promise<Date> {
  return inProgressExpiresAt(await policyForCase(ctx, db, row), ctx.clock.now());
}

/** Housekeeping: unsubmitted requests past their window expire, without any correspondence. */
export async function expireInProgressRequests(ctx: AppContext): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const expired = await tx
      .update(cases)
      .set({ status: 'expired', updatedAt: ctx.clock.now() })
      .where(and(eq(cases.status, 'in_progress'), lte(cases.expiresAt, ctx.clock.now())))
      .returning({ id: cases.id, officeId: cases.officeId, memberId: cases.memberId });
    await recordAudits(
      tx,
      ctx.clock,
      expired.map((row) => ({ action: 'case.expire', outcome: 'success' as const, officeId: row.officeId, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined })),
    );
    return expired.length;
  });
}
