import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { addPolicyVersionSchema, PolicyScopeView, PolicyVersionView, policyScopeQuerySchema } from '../../contracts/plan-admin.ts';
import type { Queryable, Transaction } from '../../db/client.ts';
import { cases } from '../../db/schema/cases.ts';
import { policyVersions } from '../../db/schema/policies.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { addDays, compareIsoDates } from '../../domain/calendar/iso-date.ts';
import { dateInZone } from '../../domain/calendar/time-zone.ts';
import type { PolicyScope, PolicyValues, PolicyVersion } from '../../domain/policies/policy-types.ts';
import { isInForce, resolvePolicy } from '../../domain/policies/resolve-policy.ts';
import { findPolicyProblems } from '../../domain/policies/validate-policies.ts';
import { DomainError, invalid, notFound } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { activePolicyVersions, storedPolicyCatalogue, toPolicyVersion } from './policy-store.ts';

type PolicyRow = typeof policyVersions.$inferSelect;
type ScopeQuery = z.output<typeof policyScopeQuerySchema>;
type AddVersionInput = z.output<typeof addPolicyVersionSchema>;

const SYSTEM: { kind: 'system' } = { kind: 'system' };

function normalScope(query: ScopeQuery): PolicyScope {
  return { planCode: query.planCode ?? null, lineOfBusiness: query.lineOfBusiness ?? null, programCode: query.programCode || null };
}

function sameScope(scope: PolicyScope) {
  return and(
    scope.planCode === null ? isNull(policyVersions.planCode) : eq(policyVersions.planCode, scope.planCode),
    scope.lineOfBusiness === null ? isNull(policyVersions.lineOfBusiness) : eq(policyVersions.lineOfBusiness, scope.lineOfBusiness),
    scope.programCode === null ? isNull(policyVersions.programCode) : eq(policyVersions.programCode, scope.programCode),
  );
}

/** Dotted paths of the values that differ, so the history says what a version changed. */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  if (typeof before === 'object' && before !== null && typeof after === 'object' && after !== null && !Array.isArray(before) && !Array.isArray(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => changedPaths((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}

/** "Today" for policy changes: the date in the global default's time zone (Eastern), as the seeds count. */
async function policyToday(ctx: AppContext, db: Queryable): Promise<string> {
  const versions = await activePolicyVersions(db);
  const utcToday = ctx.clock.now().toISOString().slice(0, 10);
  const global = resolvePolicy(
    versions.filter((version) => version.scope.planCode === null),
    { planCode: '', lineOfBusiness: 'commercial', programCode: '', on: utcToday },
  );
  return global ? dateInZone(ctx.clock.now(), global.values.holidayCalendar.timeZone) : utcToday;
}

async function versionViews(db: Queryable, rows: PolicyRow[]): Promise<PolicyVersionView[]> {
  if (rows.length === 0) {
    return [];
  }
  const userIds = [...new Set(rows.flatMap((row) => [row.createdByUserId, row.withdrawnByUserId]).filter((id): id is string => id !== null))];
  const names = userIds.length
    ? new Map((await db.select({ id: users.id, firstName: users.firstName, lastName: users.lastName, userName: users.userName }).from(users).where(inArray(users.id, userIds))).map((user) => [user.id, `${user.firstName} ${user.lastName} (${user.userName})`]))
    : new Map<string, string>();
  const usage = new Map(
    (
      await db
        .select({ versionId: cases.policyVersionId, total: count() })
        .from(cases)
        .where(inArray(cases.policyVersionId, rows.map((row) => row.versionId)))
        .groupBy(cases.policyVersionId)
    ).map((row) => [row.versionId, Number(row.total)]),
  );
  // The version each one followed in its scope, to say what it changed.
  const active = (await db.select().from(policyVersions).where(eq(policyVersions.status, 'active'))).sort((a, b) => compareIsoDates(a.effectiveFrom, b.effectiveFrom));
  return rows.map((row) => {
    const earlier = active.filter((other) => other.versionId !== row.versionId && sameScopeRows(other, row) && compareIsoDates(other.effectiveFrom, row.effectiveFrom) < 0).at(-1);
    return {
      versionId: row.versionId,
      scope: { planCode: row.planCode, lineOfBusiness: row.lineOfBusiness, programCode: row.programCode },
      effectiveFrom: row.effectiveFrom,
      effectiveTo: row.effectiveTo,
      status: row.status,
      note: row.note,
      createdBy: row.createdByUserId ? (names.get(row.createdByUserId) ?? 'Unknown user') : null,
      createdAt: row.createdByUserId ? row.createdAt.toISOString() : null,
      withdrawnBy: row.withdrawnByUserId ? (names.get(row.withdrawnByUserId) ?? 'Unknown user') : null,
      casesDecided: usage.get(row.versionId) ?? 0,
      values: row.values as unknown as Record<string, unknown>,
      changedFields: earlier ? changedPaths(earlier.values, row.values) : [],
    };
  });
}

const sameScopeRows = (a: PolicyRow, b: PolicyRow) => a.planCode === b.planCode && a.lineOfBusiness === b.lineOfBusiness && a.programCode === b.programCode;

async function scopeView(ctx: AppContext, db: Queryable, scope: PolicyScope): Promise<PolicyScopeView> {
  const today = await policyToday(ctx, db);
  const all = await db.select().from(policyVersions).where(eq(policyVersions.status, 'active'));
  const candidates = all.filter(
    (row) =>
      (row.planCode === null || row.planCode === scope.planCode) &&
      (row.lineOfBusiness === null || row.lineOfBusiness === scope.lineOfBusiness) &&
      (row.programCode === null || row.programCode === scope.programCode),
  );
  const inForceVersion = resolvePolicy(candidates.map(toPolicyVersion), {
    planCode: scope.planCode ?? '',
    lineOfBusiness: scope.lineOfBusiness ?? 'commercial',
    programCode: scope.programCode ?? '',
    on: today,
  });
  const inForceRow = candidates.find((row) => row.versionId === inForceVersion?.versionId);
  if (!inForceRow) {
    throw new Error('No policy version is in force: the global default is missing.');
  }
  const own = await db.select().from(policyVersions).where(sameScope(scope)).orderBy(desc(policyVersions.effectiveFrom), desc(policyVersions.createdAt));
  const [inForce] = await versionViews(db, [inForceRow]);
  return { scope, inForce: inForce!, versions: await versionViews(db, own), today };
}

/** The version in force for a scope today and the history of versions written for exactly that scope. */
export async function getPolicyScope(ctx: AppContext, actor: Actor, query: ScopeQuery): Promise<PolicyScopeView> {
  await authorize(ctx, actor, 'plans.read', SYSTEM);
  return scopeView(ctx, ctx.db, normalScope(query));
}

/** The policy versions of a plan (every scope under it), for the plan page. */
export async function planPolicyVersions(db: Queryable, planCode: string): Promise<PolicyVersionView[]> {
  const rows = await db.select().from(policyVersions).where(eq(policyVersions.planCode, planCode)).orderBy(policyVersions.lineOfBusiness, policyVersions.programCode, desc(policyVersions.effectiveFrom));
  return versionViews(db, rows);
}

/** Problems of the new version, keyed by field for the form (values.contact.phone …). */
function problemsAsFields(problems: ReturnType<typeof findPolicyProblems>, versionId: string): Record<string, string> {
  return Object.fromEntries(problems.filter((problem) => problem.versionId === versionId || problem.versionId === null).map((problem) => [problem.field, problem.message]));
}

async function nextVersionId(tx: Transaction, scope: PolicyScope): Promise<string> {
  const slug = [scope.planCode ?? 'global', scope.lineOfBusiness, scope.programCode].filter(Boolean).join('-').toLowerCase().replace(/[^a-z0-9-]/g, '-');
  const existing = await tx.select({ versionId: policyVersions.versionId }).from(policyVersions).where(sameScope(scope));
  let number = existing.length + 1;
  const taken = new Set(existing.map((row) => row.versionId));
  while (taken.has(`${slug}-v${number}`)) {
    number += 1;
  }
  return `${slug}-v${number}`;
}

/**
 * A new version for a scope from a date (today or later): the version of the same scope in
 * force on that date is ended the day before, and the new one runs until the next planned
 * version, if any. The whole set is validated before commit (no overlaps, no negative
 * windows, only contracted plans and programs); cases already submitted keep the version
 * they recorded, so nothing decided changes.
 */
export async function addPolicyVersion(ctx: AppContext, actor: Actor, input: AddVersionInput): Promise<PolicyScopeView> {
  await authorize(ctx, actor, 'plans.manage', SYSTEM);
  const scope: PolicyScope = { planCode: input.scope.planCode, lineOfBusiness: input.scope.lineOfBusiness, programCode: input.scope.programCode || null };
  return ctx.db.transaction(async (tx) => {
    const today = await policyToday(ctx, tx);
    if (compareIsoDates(input.effectiveFrom, today) < 0) {
      throw invalid('A policy change cannot start in the past: decided cases keep the rules they were decided under.', { effectiveFrom: `Choose ${today} or later.` });
    }
    const sameScopeRowsNow = await tx.select().from(policyVersions).where(and(sameScope(scope), eq(policyVersions.status, 'active')));
    const current = sameScopeRowsNow.find((row) => isInForce(row, input.effectiveFrom));
    const later = sameScopeRowsNow.filter((row) => compareIsoDates(row.effectiveFrom, input.effectiveFrom) > 0).sort((a, b) => compareIsoDates(a.effectiveFrom, b.effectiveFrom));

    // Carried over, not edited here: the calendar and the regulatory cap of what applies now.
    const base = await scopeView(ctx, tx, scope);
    const baseValues = base.inForce.values as unknown as PolicyValues;
    const values: PolicyValues = { ...baseValues, ...(input.values as Omit<PolicyValues, 'holidayCalendar' | 'regulatoryDecisionCap'>), holidayCalendar: baseValues.holidayCalendar, regulatoryDecisionCap: baseValues.regulatoryDecisionCap };

    const replaced: string[] = [];
    if (current && current.effectiveFrom === input.effectiveFrom) {
      // Replacing a version that starts the same day: only while no case has used it.
      const [used] = await tx.select({ total: count() }).from(cases).where(eq(cases.policyVersionId, current.versionId));
      if (Number(used?.total ?? 0) > 0) {
        throw new DomainError('conflict', `${current.versionId} has already decided cases; start the change tomorrow or later.`, { effectiveFrom: 'Choose a later date.' });
      }
      await tx.update(policyVersions).set({ status: 'withdrawn', withdrawnAt: ctx.clock.now(), withdrawnByUserId: actor.userId }).where(eq(policyVersions.id, current.id));
      replaced.push(current.versionId);
    } else if (current) {
      await tx.update(policyVersions).set({ effectiveTo: addDays(input.effectiveFrom, -1) }).where(eq(policyVersions.id, current.id));
    }
    const versionId = await nextVersionId(tx, scope);
    // Until the next planned version, or as long as the version it follows would have run.
    const effectiveTo = later[0] ? addDays(later[0].effectiveFrom, -1) : (current?.effectiveTo ?? null);
    const candidate: PolicyVersion = { versionId, scope, effectiveFrom: input.effectiveFrom, effectiveTo, values };

    const problems = findPolicyProblems([...(await activePolicyVersions(tx)), candidate], await storedPolicyCatalogue(tx));
    if (problems.length > 0) {
      throw invalid(`The policy cannot be saved: ${problems.map((problem) => `${problem.field} ${problem.message}`).join(' ')}`, problemsAsFields(problems, versionId));
    }
    await tx.insert(policyVersions).values({ versionId, ...scope, effectiveFrom: input.effectiveFrom, effectiveTo, values, note: input.note, createdByUserId: actor.userId, createdAt: ctx.clock.now() });
    await recordAudit(tx, ctx.clock, {
      action: 'policy.version.add',
      outcome: 'success',
      actor,
      objectType: 'policy_version',
      objectId: versionId,
      details: { scope, effectiveFrom: input.effectiveFrom, effectiveTo, endedVersion: current && !replaced.length ? current.versionId : null, replaced, changed: changedPaths(baseValues, values), note: input.note },
    });
    return scopeView(ctx, tx, scope);
  });
}

/**
 * Takes back a version that has not started yet (a planned change that should not happen).
 * The version before it runs on as it did before the change was planned.
 */
export async function withdrawPolicyVersion(ctx: AppContext, actor: Actor, versionId: string, note: string): Promise<PolicyScopeView> {
  await authorize(ctx, actor, 'plans.manage', SYSTEM);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(policyVersions).where(eq(policyVersions.versionId, versionId));
    if (!row || row.status !== 'active') {
      throw notFound('The policy version');
    }
    const today = await policyToday(ctx, tx);
    if (compareIsoDates(row.effectiveFrom, today) <= 0) {
      throw new DomainError('conflict', 'This version is already in force. Add a new version from a later date to change it.');
    }
    const scope: PolicyScope = { planCode: row.planCode, lineOfBusiness: row.lineOfBusiness, programCode: row.programCode };
    await tx.update(policyVersions).set({ status: 'withdrawn', withdrawnAt: ctx.clock.now(), withdrawnByUserId: actor.userId }).where(eq(policyVersions.id, row.id));
    const [previous] = await tx
      .select()
      .from(policyVersions)
      .where(and(sameScope(scope), eq(policyVersions.status, 'active'), eq(policyVersions.effectiveTo, addDays(row.effectiveFrom, -1))));
    if (previous) {
      await tx.update(policyVersions).set({ effectiveTo: row.effectiveTo }).where(eq(policyVersions.id, previous.id));
    }
    await recordAudit(tx, ctx.clock, {
      action: 'policy.version.withdraw',
      outcome: 'success',
      actor,
      objectType: 'policy_version',
      objectId: versionId,
      details: { scope, reopened: previous?.versionId ?? null, note },
    });
    return scopeView(ctx, tx, scope);
  });
}
