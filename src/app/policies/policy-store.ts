import { and, eq, isNull, or } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { healthPlans, planLinesOfBusiness, planProgramContracts, programs } from '../../db/schema/plans.ts';
import { policyVersions } from '../../db/schema/policies.ts';
import type { LineOfBusiness, PolicyVersion } from '../../domain/policies/policy-types.ts';
import { resolvePolicy, type PolicyQuery } from '../../domain/policies/resolve-policy.ts';
import type { PolicyCatalogue } from '../../domain/policies/validate-policies.ts';

type PolicyRow = typeof policyVersions.$inferSelect;

export function toPolicyVersion(row: PolicyRow): PolicyVersion {
  return {
    versionId: row.versionId,
    scope: { planCode: row.planCode, lineOfBusiness: row.lineOfBusiness, programCode: row.programCode },
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    values: row.values,
  };
}

/** Every version in force or planned (withdrawn ones are history only). */
export async function activePolicyVersions(db: Queryable): Promise<PolicyVersion[]> {
  const rows = await db.select().from(policyVersions).where(eq(policyVersions.status, 'active'));
  return rows.map(toPolicyVersion);
}

/**
 * The version that applies to a plan, line of business and program on a date: the most
 * specific active one in force (PRODUCT.md C11). Reads only the candidate scopes, so it stays
 * one small indexed query however many plans are configured.
 */
export async function resolveStoredPolicy(db: Queryable, query: PolicyQuery): Promise<PolicyVersion> {
  const rows = await db
    .select()
    .from(policyVersions)
    .where(
      and(
        eq(policyVersions.status, 'active'),
        or(isNull(policyVersions.planCode), eq(policyVersions.planCode, query.planCode)),
        or(isNull(policyVersions.lineOfBusiness), eq(policyVersions.lineOfBusiness, query.lineOfBusiness)),
        or(isNull(policyVersions.programCode), eq(policyVersions.programCode, query.programCode)),
      ),
    );
  const version = resolvePolicy(rows.map(toPolicyVersion), query);
  if (!version) {
    throw new Error(`No policy version is in force on ${query.on}: the global default is missing.`);
  }
  return version;
}

/** The plans, lines of business, contracts and programs policies may name, as stored now. */
export async function storedPolicyCatalogue(db: Queryable): Promise<PolicyCatalogue> {
  const [plans, lines, contracts, programRows] = await Promise.all([
    db.select({ id: healthPlans.id, code: healthPlans.code }).from(healthPlans),
    db.select({ planId: planLinesOfBusiness.planId, lineOfBusiness: planLinesOfBusiness.lineOfBusiness }).from(planLinesOfBusiness),
    db.select({ planId: planProgramContracts.planId, programCode: planProgramContracts.programCode, lineOfBusiness: planProgramContracts.lineOfBusiness }).from(planProgramContracts),
    db.select({ code: programs.code }).from(programs),
  ]);
  return {
    plans: plans.map((plan) => ({
      code: plan.code,
      linesOfBusiness: lines.filter((line) => line.planId === plan.id),
      contracts: contracts.filter((contract) => contract.planId === plan.id),
    })),
    programCodes: programRows.map((program) => program.code),
  };
}

export type { LineOfBusiness };
