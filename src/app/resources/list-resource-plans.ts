import { asc } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import type { ResourcePlan, ResourceProgram } from '../../contracts/resources.ts';
import { healthPlans, programs, type LineOfBusiness } from '../../db/schema/plans.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';
import { contractsInForce, LINE_OF_BUSINESS_ORDER, lineOfBusinessLabels, resourcesDay } from './plan-contracts.ts';

const lineOption = (value: LineOfBusiness) => ({ value, label: lineOfBusinessLabels[value] });

/**
 * The health plans for the resource pages' plan pickers, each with the programs it contracts
 * today and for which lines of business. Published information, so not audited.
 */
export async function listResourcePlans(ctx: AppContext, actor: Actor): Promise<ResourcePlan[]> {
  await authorize(ctx, actor, 'resources.read', { kind: 'system' });
  const [plans, contracts] = await Promise.all([
    ctx.db
      .select({ code: healthPlans.code, name: healthPlans.name, phone: healthPlans.phone, fax: healthPlans.fax })
      .from(healthPlans)
      .orderBy(asc(healthPlans.name)),
    contractsInForce(ctx.db, resourcesDay(ctx)),
  ]);
  return plans.map((plan) => {
    const own = contracts.filter((contract) => contract.planCode === plan.code);
    const programsOfPlan: ResourcePlan['programs'] = [];
    for (const contract of own) {
      let entry = programsOfPlan.find((program) => program.code === contract.programCode);
      if (!entry) {
        entry = { code: contract.programCode, name: contract.programName, linesOfBusiness: [] };
        programsOfPlan.push(entry);
      }
      entry.linesOfBusiness.push(lineOption(contract.lineOfBusiness));
    }
    const lines = LINE_OF_BUSINESS_ORDER.filter((line) => own.some((contract) => contract.lineOfBusiness === line));
    return { ...plan, programs: programsOfPlan, linesOfBusiness: lines.map(lineOption) };
  });
}

/** Every program Priora runs, in the wizard's order, for the guideline filter. */
export async function listResourcePrograms(ctx: AppContext, actor: Actor): Promise<ResourceProgram[]> {
  await authorize(ctx, actor, 'resources.read', { kind: 'system' });
  return readPrograms(ctx.db);
}

/** The programs in the wizard's order (for use cases that have already authorized). */
export function readPrograms(db: Queryable): Promise<ResourceProgram[]> {
  return db.select({ code: programs.code, name: programs.name }).from(programs).orderBy(asc(programs.sortOrder), asc(programs.code));
}
