import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { healthPlans, planLinesOfBusiness, planProgramContracts, programProcedures, programs } from '../schema/plans.ts';
import { policyVersions } from '../schema/policies.ts';
import { planPolicies } from '../../content/policies/plan-policies.ts';
import { healthPlans as planContent } from '../../content/catalogue/health-plans.ts';
import { programProcedures as procedureContent } from '../../content/catalogue/program-procedures.ts';
import { programs as programContent } from '../../content/catalogue/programs.ts';

export interface CatalogueSeedResult {
  programs: number;
  procedures: number;
  plans: number;
  planLinesOfBusiness: number;
  contracts: number;
  policyVersions: number;
}

/**
 * Writes the catalogue content (src/content/catalogue) and the shipped plan policies
 * (src/content/policies) into the database; runs at every start-up. Programs and procedures
 * are Priora's own wording and are upserted, so edited wording reaches the database. Plans,
 * their lines of business, contracts and policy versions are only inserted when missing:
 * after the first start they belong to the plan administrators, whose edits a restart must
 * not undo. Nothing is deleted, because cases point at them; retiring one is a configuration
 * change (an end date), not a seed's job.
 */
export async function seedCatalogue(db: Database): Promise<CatalogueSeedResult> {
  return db.transaction(async (tx) => {
    await tx
      .insert(programs)
      .values(programContent.map((program) => ({ ...program })))
      .onConflictDoUpdate({
        target: programs.code,
        set: { name: sql`excluded.name`, description: sql`excluded.description`, sortOrder: sql`excluded.sort_order` },
      });

    await tx
      .insert(programProcedures)
      .values(procedureContent.map((procedure) => ({ ...procedure })))
      .onConflictDoUpdate({
        target: [programProcedures.programCode, programProcedures.code],
        set: { codeSystem: sql`excluded.code_system`, description: sql`excluded.description` },
      });

    await tx
      .insert(healthPlans)
      .values(planContent.map(({ code, name, phone, fax }) => ({ code, name, phone, fax })))
      .onConflictDoNothing({ target: healthPlans.code });
    const planRows = await tx.select({ id: healthPlans.id, code: healthPlans.code }).from(healthPlans);
    const planIdByCode = new Map(planRows.map((row) => [row.code, row.id]));
    const planId = (code: string): string => {
      const id = planIdByCode.get(code);
      if (!id) {
        throw new Error(`seedCatalogue: plan ${code} was not written`);
      }
      return id;
    };

    const lineRows = planContent.flatMap((plan) =>
      plan.linesOfBusiness.flatMap(({ lineOfBusiness, states }) => states.map((state) => ({ planId: planId(plan.code), lineOfBusiness, state }))),
    );
    await tx.insert(planLinesOfBusiness).values(lineRows).onConflictDoNothing();

    const contractRows = planContent.flatMap((plan) =>
      plan.contracts.map((contract) => ({
        planId: planId(plan.code),
        programCode: contract.programCode,
        lineOfBusiness: contract.lineOfBusiness,
        effectiveFrom: contract.effectiveFrom,
        effectiveTo: contract.effectiveTo ?? null,
      })),
    );
    await tx
      .insert(planProgramContracts)
      .values(contractRows)
      .onConflictDoNothing({
        target: [planProgramContracts.planId, planProgramContracts.programCode, planProgramContracts.lineOfBusiness, planProgramContracts.effectiveFrom],
      });

    await tx
      .insert(policyVersions)
      .values(
        planPolicies.map((version) => ({
          versionId: version.versionId,
          ...version.scope,
          effectiveFrom: version.effectiveFrom,
          effectiveTo: version.effectiveTo,
          values: version.values,
          note: 'Shipped with Priora (src/content/policies).',
          createdAt: new Date(0),
        })),
      )
      .onConflictDoNothing({ target: policyVersions.versionId });

    return {
      programs: programContent.length,
      procedures: procedureContent.length,
      plans: planRows.length,
      planLinesOfBusiness: lineRows.length,
      contracts: contractRows.length,
      policyVersions: planPolicies.length,
    };
  });
}
