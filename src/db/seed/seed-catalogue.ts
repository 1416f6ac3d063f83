import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import { healthPlans, planLinesOfBusiness, planProgramContracts, programProcedures, programs } from '../schema/plans.ts';
import { healthPlans as planContent } from '../../content/catalogue/health-plans.ts';
import { programProcedures as procedureContent } from '../../content/catalogue/program-procedures.ts';
import { programs as programContent } from '../../content/catalogue/programs.ts';

export interface CatalogueSeedResult {
  programs: number;
  procedures: number;
  plans: number;
  planLinesOfBusiness: number;
  contracts: number;
}

/**
 * Writes the catalogue content (src/content/catalogue) into the database. Upserts, so it
 * runs at every start-up: edited wording reaches the database, and rows that are already
 * there stay. Nothing is deleted, because cases will point at programs, procedures and plans;
 * retiring one is a configuration change (effective_to), not a seed's job.
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

    const planRows = await tx
      .insert(healthPlans)
      .values(planContent.map(({ code, name, phone, fax }) => ({ code, name, phone, fax })))
      .onConflictDoUpdate({
        target: healthPlans.code,
        set: { name: sql`excluded.name`, phone: sql`excluded.phone`, fax: sql`excluded.fax` },
      })
      .returning({ id: healthPlans.id, code: healthPlans.code });
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
      .onConflictDoUpdate({
        target: [planProgramContracts.planId, planProgramContracts.programCode, planProgramContracts.lineOfBusiness, planProgramContracts.effectiveFrom],
        set: { effectiveTo: sql`excluded.effective_to` },
      });

    return {
      programs: programContent.length,
      procedures: procedureContent.length,
      plans: planRows.length,
      planLinesOfBusiness: lineRows.length,
      contracts: contractRows.length,
    };
  });
}
