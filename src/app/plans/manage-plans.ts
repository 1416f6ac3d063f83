import { and, asc, desc, eq } from 'drizzle-orm';
import { auditEvents } from '../../db/schema/audit.ts';
import { users } from '../../db/schema/users.ts';
import type { z } from 'zod';
import type { addContractSchema, addPlanLineSchema, addProcedureSchema, createPlanSchema, PlanChange, PlanDetail, PlanSummary, ProcedureRow, updatePlanSchema } from '../../contracts/plan-admin.ts';
import type { Queryable } from '../../db/client.ts';
import { healthPlans, planLinesOfBusiness, planProgramContracts, programProcedures, programs, type LineOfBusiness } from '../../db/schema/plans.ts';
import { usStates } from '../../db/schema/reference.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError, invalid, notFound } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { planPolicyVersions } from '../policies/manage-policies.ts';

const SYSTEM: { kind: 'system' } = { kind: 'system' };

async function planByCode(db: Queryable, code: string) {
  const [plan] = await db.select().from(healthPlans).where(eq(healthPlans.code, code));
  if (!plan) {
    throw notFound('The health plan');
  }
  return plan;
}

async function summaries(db: Queryable, planFilter?: string): Promise<PlanSummary[]> {
  const plans = await db.select().from(healthPlans).where(planFilter ? eq(healthPlans.code, planFilter) : undefined).orderBy(asc(healthPlans.name));
  const lines = await db.select().from(planLinesOfBusiness).orderBy(asc(planLinesOfBusiness.state));
  const contracts = await db.select({ planId: planProgramContracts.planId, programCode: planProgramContracts.programCode }).from(planProgramContracts);
  return plans.map((plan) => {
    const ownLines = lines.filter((line) => line.planId === plan.id);
    return {
      code: plan.code,
      name: plan.name,
      phone: plan.phone,
      fax: plan.fax,
      linesOfBusiness: [...new Set(ownLines.map((line) => line.lineOfBusiness))].map((lineOfBusiness) => ({
        lineOfBusiness,
        states: ownLines.filter((line) => line.lineOfBusiness === lineOfBusiness).map((line) => line.state),
      })),
      programCodes: [...new Set(contracts.filter((contract) => contract.planId === plan.id).map((contract) => contract.programCode))].sort(),
    };
  });
}

async function detail(db: Queryable, code: string): Promise<PlanDetail> {
  const plan = await planByCode(db, code);
  const [summary] = await summaries(db, code);
  const contracts = await db
    .select({
      id: planProgramContracts.id,
      programCode: planProgramContracts.programCode,
      programName: programs.name,
      lineOfBusiness: planProgramContracts.lineOfBusiness,
      effectiveFrom: planProgramContracts.effectiveFrom,
      effectiveTo: planProgramContracts.effectiveTo,
    })
    .from(planProgramContracts)
    .innerJoin(programs, eq(programs.code, planProgramContracts.programCode))
    .where(eq(planProgramContracts.planId, plan.id))
    .orderBy(asc(programs.sortOrder), asc(planProgramContracts.lineOfBusiness), asc(planProgramContracts.effectiveFrom));
  return { ...summary!, contracts, policyVersions: await planPolicyVersions(db, code) };
}

/** Words for the plan's change history. */
function describeChange(action: string, details: Record<string, unknown>): string {
  const text = (key: string) => (typeof details[key] === 'string' ? details[key] : '');
  switch (action) {
    case 'plan.create':
      return `Added the plan (${text('name')}).`;
    case 'plan.update': {
      const before = (details['before'] ?? {}) as Record<string, unknown>;
      const after = (details['after'] ?? {}) as Record<string, unknown>;
      const shown = (value: unknown) => (typeof value === 'string' ? value : '');
      const changed = ['name', 'phone', 'fax'].filter((key) => before[key] !== after[key]);
      return changed.length ? `Changed ${changed.map((key) => `${key} from “${shown(before[key])}” to “${shown(after[key])}”`).join(', ')}.` : 'Saved the plan without changes.';
    }
    case 'plan.line.add':
      return `Added ${text('state')} to ${text('lineOfBusiness')}.`;
    case 'plan.line.remove':
      return `Removed ${text('state')} from ${text('lineOfBusiness')}.`;
    case 'plan.contract.add':
      return `Contracted ${text('programCode')} for ${text('lineOfBusiness')} from ${text('effectiveFrom')}${text('effectiveTo') ? ` to ${text('effectiveTo')}` : ''}.`;
    case 'plan.contract.end':
      return `Set the end of the ${text('programCode')} ${text('lineOfBusiness')} contract to ${text('after') || 'open-ended'} (was ${text('before') || 'open-ended'}).`;
    default:
      return action;
  }
}

/** Who changed the plan itself (name, numbers, states, contracts) and when; policy versions have their own history. */
export async function planChangeHistory(ctx: AppContext, actor: Actor, code: string): Promise<PlanChange[]> {
  await authorize(ctx, actor, 'plans.read', SYSTEM);
  await planByCode(ctx.db, code);
  const rows = await ctx.db
    .select({ occurredAt: auditEvents.occurredAt, action: auditEvents.action, details: auditEvents.details, firstName: users.firstName, lastName: users.lastName, userName: users.userName })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.objectType, 'health_plan'), eq(auditEvents.objectId, code), eq(auditEvents.outcome, 'success')))
    .orderBy(desc(auditEvents.sequence))
    .limit(200);
  return rows.map((row) => ({
    at: row.occurredAt.toISOString(),
    by: row.userName ? `${row.firstName ?? ''} ${row.lastName ?? ''} (${row.userName})`.trim() : 'Priora',
    change: describeChange(row.action, row.details),
  }));
}

export async function listPlans(ctx: AppContext, actor: Actor): Promise<PlanSummary[]> {
  await authorize(ctx, actor, 'plans.read', SYSTEM);
  return summaries(ctx.db);
}

export async function getPlan(ctx: AppContext, actor: Actor, code: string): Promise<PlanDetail> {
  await authorize(ctx, actor, 'plans.read', SYSTEM);
  return detail(ctx.db, code);
}

export async function createPlan(ctx: AppContext, actor: Actor, input: z.output<typeof createPlanSchema>): Promise<PlanDetail> {
  await authorize(ctx, actor, 'plans.manage', SYSTEM);
  return ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(healthPlans)
      .values({ code: input.code, name: input.name, phone: input.phone ?? null, fax: input.fax ?? null })
      .onConflictDoNothing({ target: healthPlans.code })
      .returning({ id: healthPlans.id });
    if (!created) {
      throw invalid('That plan code is taken.', { code: `${input.code} is already a plan.` });
    }
    await recordAudit(tx, ctx.clock, { action: 'plan.create', outcome: 'success', actor, objectType: 'health_plan', objectId: input.code, details: { name: input.name } });
    return detail(tx, input.code);
  });
}

export async function updatePlan(ctx: AppContext, actor: Actor, code: string, input: z.output<typeof updatePlanSchema>): Promise<PlanDetail> {
  await authorize(ctx, actor, 'plans.manage', SYSTEM);
  return ctx.db.transaction(async (tx) => {
    const before = await planByCode(tx, code);
    const after = { name: input.name, phone: input.phone ?? null, fax: input.fax ?? null };
    await tx.update(healthPlans).set(after).where(eq(healthPlans.id, before.id));
    await recordAudit(tx, ctx.clock, {
      action: 'plan.update',
      outcome: 'success',
      actor,
      objectType: 'health_plan',
      objectId: code,
      details: { before: { name: before.name, phone: before.phone, fax: before.fax }, after },
    });
    return detail(tx, code);
  });
}

export async function addPlanLine(ctx: AppContext, actor: Actor, code: string, input: z.output<typeof addPlanLineSchema>): Promise<PlanDetail> {
  await authorize(ctx, actor, 'plans.manage', SYSTEM);
  return ctx.db.transaction(async (tx) => {
    const plan = await planByCode(tx, code);
    const [state] = await tx.select({ code: usStates.abbreviation }).from(usStates).where(eq(usStates.abbreviation, input.state));
    if (!state) {
      throw invalid('Choose a state from the list.', { state: 'Choose a state from the list.' });
    }
    await tx.insert(planLinesOfBusiness).values({ planId: plan.id, lineOfBusiness: input.lineOfBusiness, state: input.state }).onConflictDoNothing();
    await recordAudit(tx, ctx.clock, { action: 'plan.line.add', outcome: 'success', actor, objectType: 'health_plan', objectId: code, details: input });
    return detail(tx, code);
  });
}

export async function removePlanLine(ctx: AppContext, actor: Actor, code: string, lineOfBusiness: LineOfBusiness, state: string): Promise<PlanDetail> {
  await authorize(ctx, actor, 'plans.manage', SYSTEM);
  return ctx.db.transaction(async (tx) => {
    const plan = await planByCode(tx, code);
    const removed = await tx
      .delete(planLinesOfBusiness)
      .where(and(eq(planLinesOfBusiness.planId, plan.id), eq(planLinesOfBusiness.lineOfBusiness, lineOfBusiness), eq(planLinesOfBusiness.state, state)))
      .returning({ state: planLinesOfBusiness.state });
    if (removed.length === 0) {
      throw notFound('That state for the line of business');
    }
    await recordAudit(tx, ctx.clock, { action: 'plan.line.remove', outcome: 'success', actor, objectType: 'health_plan', objectId: code, details: { lineOfBusiness, state } });
    return detail(tx, code);
  });
}

export async function addContract(ctx: AppContext, actor: Actor, code: string, input: z.output<typeof addContractSchema>): Promise<PlanDetail> {
  await authorize(ctx, actor, 'plans.manage', SYSTEM);
  return ctx.db.transaction(async (tx) => {
    const plan = await planByCode(tx, code);
    const [program] = await tx.select({ code: programs.code }).from(programs).where(eq(programs.code, input.programCode));
    if (!program) {
      throw invalid('Choose a program from the list.', { programCode: 'Choose a program from the list.' });
    }
    const [line] = await tx.select({ state: planLinesOfBusiness.state }).from(planLinesOfBusiness).where(and(eq(planLinesOfBusiness.planId, plan.id), eq(planLinesOfBusiness.lineOfBusiness, input.lineOfBusiness)));
    if (!line) {
      throw invalid('Add the line of business to the plan (with a state) before contracting a program for it.', { lineOfBusiness: 'The plan has no states for this line of business.' });
    }
    const existing = await tx
      .select()
      .from(planProgramContracts)
      .where(and(eq(planProgramContracts.planId, plan.id), eq(planProgramContracts.programCode, input.programCode), eq(planProgramContracts.lineOfBusiness, input.lineOfBusiness)));
    const end = input.effectiveTo ?? null;
    const overlapping = existing.find((contract) => (contract.effectiveTo === null || contract.effectiveTo >= input.effectiveFrom) && (end === null || contract.effectiveFrom <= end));
    if (overlapping) {
      throw invalid(`The plan already contracts this program for this line of business from ${overlapping.effectiveFrom}${overlapping.effectiveTo ? ` to ${overlapping.effectiveTo}` : ''}. End that contract first.`, {
        effectiveFrom: 'Overlaps an existing contract.',
      });
    }
    const [created] = await tx
      .insert(planProgramContracts)
      .values({ planId: plan.id, programCode: input.programCode, lineOfBusiness: input.lineOfBusiness, effectiveFrom: input.effectiveFrom, effectiveTo: end })
      .returning({ id: planProgramContracts.id });
    await recordAudit(tx, ctx.clock, { action: 'plan.contract.add', outcome: 'success', actor, objectType: 'health_plan', objectId: code, details: { contractId: created?.id, ...input } });
    return detail(tx, code);
  });
}

export async function endContract(ctx: AppContext, actor: Actor, code: string, contractId: string, effectiveTo: string | null): Promise<PlanDetail> {
  await authorize(ctx, actor, 'plans.manage', SYSTEM);
  return ctx.db.transaction(async (tx) => {
    const plan = await planByCode(tx, code);
    const [contract] = await tx.select().from(planProgramContracts).where(and(eq(planProgramContracts.id, contractId), eq(planProgramContracts.planId, plan.id)));
    if (!contract) {
      throw notFound('The contract');
    }
    if (effectiveTo !== null && effectiveTo < contract.effectiveFrom) {
      throw invalid('The end date cannot be before the start date.', { effectiveTo: `Choose ${contract.effectiveFrom} or later.` });
    }
    await tx.update(planProgramContracts).set({ effectiveTo }).where(eq(planProgramContracts.id, contract.id));
    await recordAudit(tx, ctx.clock, {
      action: 'plan.contract.end',
      outcome: 'success',
      actor,
      objectType: 'health_plan',
      objectId: code,
      details: { contractId: contract.id, programCode: contract.programCode, lineOfBusiness: contract.lineOfBusiness, before: contract.effectiveTo, after: effectiveTo },
    });
    return detail(tx, code);
  });
}

/** The programs Priora runs, for the contract and code-list forms. */
export async function listPrograms(ctx: AppContext, actor: Actor): Promise<{ code: string; name: string }[]> {
  await authorize(ctx, actor, 'plans.read', SYSTEM);
  return ctx.db.select({ code: programs.code, name: programs.name }).from(programs).orderBy(asc(programs.sortOrder));
}

async function procedureRows(db: Queryable, programCode: string): Promise<ProcedureRow[]> {
  return db
    .select({ code: programProcedures.code, codeSystem: programProcedures.codeSystem, description: programProcedures.description })
    .from(programProcedures)
    .where(eq(programProcedures.programCode, programCode))
    .orderBy(asc(programProcedures.code));
}

/** The program's code list: what may be requested under it (and needs authorization unless a plan exempts it). */
export async function listProgramProcedures(ctx: AppContext, actor: Actor, programCode: string): Promise<ProcedureRow[]> {
  await authorize(ctx, actor, 'plans.read', SYSTEM);
  const [program] = await ctx.db.select({ code: programs.code }).from(programs).where(eq(programs.code, programCode));
  if (!program) {
    throw notFound('The program');
  }
  return procedureRows(ctx.db, programCode);
}

/**
 * Adds a code to a program's list. CPT numbers must carry the administrator's own wording
 * (CPT descriptors are © AMA): the form says so, and the description is stored as typed.
 */
export async function addProgramProcedure(ctx: AppContext, actor: Actor, programCode: string, input: z.output<typeof addProcedureSchema>): Promise<ProcedureRow[]> {
  await authorize(ctx, actor, 'plans.manage', SYSTEM);
  return ctx.db.transaction(async (tx) => {
    const [program] = await tx.select({ code: programs.code }).from(programs).where(eq(programs.code, programCode));
    if (!program) {
      throw notFound('The program');
    }
    const [created] = await tx.insert(programProcedures).values({ programCode, ...input }).onConflictDoNothing().returning({ code: programProcedures.code });
    if (!created) {
      throw new DomainError('validation', `${input.code} is already on the ${programCode} list.`, { code: 'Already on the list.' });
    }
    await recordAudit(tx, ctx.clock, { action: 'program.procedure.add', outcome: 'success', actor, objectType: 'program', objectId: programCode, details: input });
    return procedureRows(tx, programCode);
  });
}
