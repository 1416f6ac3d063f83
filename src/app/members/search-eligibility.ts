import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { EligibilityResult, eligibilitySearchSchema } from '../../contracts/cases.ts';
import type { Queryable } from '../../db/client.ts';
import { memberEligibility, members } from '../../db/schema/members.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';

/** The coverage span of a member in force on a date, if any. */
export async function coverageOn(db: Queryable, memberId: string, onDate: string) {
  const [coverage] = await db
    .select({ lineOfBusiness: memberEligibility.lineOfBusiness, startDate: memberEligibility.startDate, endDate: memberEligibility.endDate })
    .from(memberEligibility)
    .where(
      and(
        eq(memberEligibility.memberId, memberId),
        lte(memberEligibility.startDate, onDate),
        or(isNull(memberEligibility.endDate), gte(memberEligibility.endDate, onDate)),
      ),
    )
    .orderBy(asc(memberEligibility.startDate))
    .limit(1);
  return coverage ?? null;
}

/**
 * Eligibility lookup (C3 step 5): all three of patient ID, date of birth and last name must
 * match, so the search cannot be used to browse members. Each member shown is an audited
 * read of PHI, and so is a search that finds nobody.
 */
export async function searchEligibility(
  ctx: AppContext,
  actor: Actor,
  input: z.output<typeof eligibilitySearchSchema>,
): Promise<EligibilityResult[]> {
  await authorize(ctx, actor, 'members.search', ownOffice(actor));
  const onDate = input.onDate ?? ctx.clock.now().toISOString().slice(0, 10);
  const found = await ctx.db
    .select()
    .from(members)
    .where(
      and(
        eq(members.planId, input.planId),
        eq(members.patientId, input.patientId),
        eq(members.dateOfBirth, input.dateOfBirth),
        eq(sql`lower(${members.lastName})`, input.lastName.toLowerCase()),
      ),
    );
  const results: EligibilityResult[] = [];
  for (const member of found) {
    results.push({
      memberId: member.id,
      patientId: member.patientId,
      memberCode: member.memberCode,
      firstName: member.firstName,
      lastName: member.lastName,
      dateOfBirth: member.dateOfBirth,
      gender: member.gender,
      address: member.address,
      city: member.city,
      state: member.state,
      zip: member.zip,
      coverage: await coverageOn(ctx.db, member.id, onDate),
    });
  }
  await ctx.db.transaction(async (tx) => {
    if (results.length === 0) {
      await recordAudit(tx, ctx.clock, { action: 'member.search', outcome: 'failure', actor, objectType: 'plan', objectId: input.planId, details: { found: 0 } });
    }
    for (const result of results) {
      await recordAudit(tx, ctx.clock, { action: 'member.search', outcome: 'success', actor, objectType: 'member', objectId: result.memberId, memberId: result.memberId });
    }
  });
  return results;
}
