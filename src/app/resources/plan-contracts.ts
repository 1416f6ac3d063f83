import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { healthPlans, planProgramContracts, programs, type LineOfBusiness } from '../../db/schema/plans.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { notFound } from '../../domain/shared/errors.ts';
import type { AppContext } from '../context.ts';

/** The order and words every resource page uses for lines of business. */
export const LINE_OF_BUSINESS_ORDER: readonly LineOfBusiness[] = ['commercial', 'medicare', 'medicaid', 'dual'];
export const lineOfBusinessLabels: Record<LineOfBusiness, string> = {
  commercial: 'Commercial',
  medicare: 'Medicare',
  medicaid: 'Medicaid',
  dual: 'Dual (Medicare and Medicaid)',
};

/** The day resources are read for: contracts and policies in force today (UTC, as the case wizard). */
export function resourcesDay(ctx: AppContext): IsoDate {
  return ctx.clock.now().toISOString().slice(0, 10);
}

export interface PlanRow {
  id: string;
  code: string;
  name: string;
  phone: string | null;
  fax: string | null;
}

export async function findPlanByCode(db: Queryable, planCode: string): Promise<PlanRow> {
  const [plan] = await db
    .select({ id: healthPlans.id, code: healthPlans.code, name: healthPlans.name, phone: healthPlans.phone, fax: healthPlans.fax })
    .from(healthPlans)
    .where(eq(healthPlans.code, planCode));
  if (!plan) {
    throw notFound('The health plan');
  }
  return plan;
}

export interface ContractInForce {
  planCode: string;
  programCode: string;
  programName: string;
  programSortOrder: number;
  lineOfBusiness: LineOfBusiness;
}

/**
 * The programs each plan contracts on a day, by line of business, in the programs' order then
 * the lines' order; one row per plan, program and line (a contract renewed on the same day
 * counts once).
 */
export async function contractsInForce(db: Queryable, on: IsoDate, planCode?: string): Promise<ContractInForce[]> {
  const rows = await db
    .selectDistinct({
      planCode: healthPlans.code,
      programCode: programs.code,
      programName: programs.name,
      programSortOrder: programs.sortOrder,
      lineOfBusiness: planProgramContracts.lineOfBusiness,
    })
    .from(planProgramContracts)
    .innerJoin(healthPlans, eq(healthPlans.id, planProgramContracts.planId))
    .innerJoin(programs, eq(programs.code, planProgramContracts.programCode))
    .where(
      and(
        lte(planProgramContracts.effectiveFrom, on),
        or(isNull(planProgramContracts.effectiveTo), gte(planProgramContracts.effectiveTo, on)),
        planCode === undefined ? undefined : eq(healthPlans.code, planCode),
      ),
    )
    .orderBy(asc(healthPlans.code), asc(programs.sortOrder), asc(programs.code));
  return rows.sort(
    (left, right) =>
      left.planCode.localeCompare(right.planCode) ||
      left.programSortOrder - right.programSortOrder ||
      left.programCode.localeCompare(right.programCode) ||
      LINE_OF_BUSINESS_ORDER.indexOf(left.lineOfBusiness) - LINE_OF_BUSINESS_ORDER.indexOf(right.lineOfBusiness),
  );
}
