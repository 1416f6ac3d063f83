import { and, asc, eq, gte, ilike, isNull, like, lte, or, sql } from 'drizzle-orm';
import { sites } from '../../db/schema/members.ts';
import { healthPlans, planProgramContracts, programProcedures, programs } from '../../db/schema/plans.ts';
import { practitionerLocations } from '../../db/schema/practitioners.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';
import { loadOfficeCase } from './case-view.ts';

/** Wildcards typed by a person are matched literally in LIKE patterns. */
const literal = (value: string) => value.replace(/[\\%_]/g, (match) => `\\${match}`);

/** Contracts in force on a date: the plan offers the program then. */
const contractInForce = (today: string) =>
  and(lte(planProgramContracts.effectiveFrom, today), or(isNull(planProgramContracts.effectiveTo), gte(planProgramContracts.effectiveTo, today)));

/** The health plans, for lookups that start from a plan (Authorization and Eligibility Lookup). */
export async function listPlans(ctx: AppContext, actor: Actor) {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  return ctx.db.select({ id: healthPlans.id, code: healthPlans.code, name: healthPlans.name }).from(healthPlans).orderBy(asc(healthPlans.name));
}

/** Step 1: the programs at least one plan contracts today, in the seeds' order. */
export async function programOptions(ctx: AppContext, actor: Actor) {
  await authorize(ctx, actor, 'cases.create', ownOffice(actor));
  const today = ctx.clock.now().toISOString().slice(0, 10);
  return ctx.db
    .selectDistinct({ code: programs.code, name: programs.name, description: programs.description, sortOrder: programs.sortOrder })
    .from(programs)
    .innerJoin(planProgramContracts, eq(planProgramContracts.programCode, programs.code))
    .where(contractInForce(today))
    .orderBy(asc(programs.sortOrder));
}

/** Step 7: the case program's procedures matching a code prefix or words of the description. */
export async function procedureOptions(ctx: AppContext, actor: Actor, caseId: string, query: string) {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  const row = await loadOfficeCase(ctx.db, actor.officeId as string, caseId);
  const words = query.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  return ctx.db
    .select({ code: programProcedures.code, codeSystem: programProcedures.codeSystem, description: programProcedures.description })
    .from(programProcedures)
    .where(
      and(
        eq(programProcedures.programCode, row.programCode),
        ...words.map((word) => or(ilike(programProcedures.code, `${literal(word)}%`), ilike(programProcedures.description, `%${literal(word)}%`))),
      ),
    )
    .orderBy(sql`${programProcedures.codeSystem} = 'PROGRAM' desc`, asc(programProcedures.code))
    .limit(50);
}

export interface PlanOption {
  id: string;
  name: string;
  /** The ordering provider's addresses registered with this plan (or with no plan). */
  providerAddresses: Array<{ locationId: string; address: string; city: string; state: string; zip: string; phone: string; fax: string }>;
}

/** Step 3: the insurers that contract the case's program today, each with the provider's addresses. */
export async function planOptions(ctx: AppContext, actor: Actor, caseId: string): Promise<PlanOption[]> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  const row = await loadOfficeCase(ctx.db, actor.officeId as string, caseId);
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const contracted = await ctx.db
    .selectDistinct({ id: healthPlans.id, name: healthPlans.name })
    .from(planProgramContracts)
    .innerJoin(healthPlans, eq(healthPlans.id, planProgramContracts.planId))
    .where(
      and(eq(planProgramContracts.programCode, row.programCode), contractInForce(today)),
    )
    .orderBy(asc(healthPlans.name));
  const locations = row.orderingNpi ? await ctx.db.select().from(practitionerLocations).where(eq(practitionerLocations.npi, row.orderingNpi)) : [];
  return contracted.map((plan) => ({
    ...plan,
    providerAddresses: locations
      .filter((location) => location.planId === null || location.planId === plan.id)
      .map((location) => ({ locationId: location.id, address: location.address, city: location.city, state: location.state, zip: location.zip, phone: location.phone, fax: location.fax })),
  }));
}

export interface SiteSearch {
  npi?: string | undefined;
  tin?: string | undefined;
  zip?: string | undefined;
  city?: string | undefined;
  name?: string | undefined;
  nameMatch: 'exact' | 'starts_with';
}

/** Step 8: sites of service by NPI, TIN, zip, city or name (exact or starts-with). */
export async function searchSites(ctx: AppContext, actor: Actor, search: SiteSearch) {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  if (!search.npi && !search.tin && !search.zip && !search.city && !search.name) {
    throw new DomainError('validation', 'Search by NPI, TIN, zip, city or name.');
  }
  return ctx.db
    .select({ id: sites.id, npi: sites.npi, tin: sites.tin, name: sites.name, address: sites.address, city: sites.city, state: sites.state, zip: sites.zip, phone: sites.phone, fax: sites.fax })
    .from(sites)
    .where(
      and(
        search.npi ? eq(sites.npi, search.npi) : undefined,
        search.tin ? eq(sites.tin, search.tin) : undefined,
        search.zip ? like(sites.zip, `${literal(search.zip)}%`) : undefined,
        search.city ? ilike(sites.city, literal(search.city)) : undefined,
        search.name ? ilike(sites.name, search.nameMatch === 'exact' ? literal(search.name) : `${literal(search.name)}%`) : undefined,
      ),
    )
    .orderBy(asc(sites.name))
    .limit(50);
}
