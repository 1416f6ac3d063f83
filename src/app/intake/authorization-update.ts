import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { statusLabel } from '../../contracts/case-status.ts';
import { isUpdatable, UPDATABLE_STATUSES, type AuthorizationUpdateOptions, type AuthorizationUpdateResult, type authorizationUpdateSchema } from '../../contracts/intake.ts';
import type { Queryable, Transaction } from '../../db/client.ts';
import { cases, caseServiceLines } from '../../db/schema/cases.ts';
import { sites } from '../../db/schema/members.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError, invalid } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notifyStatusChange } from '../cases/case-outcome.ts';
import { loadOfficeCase, type CaseRow } from '../cases/case-view.ts';
import { questionnaireFor } from '../../content/questionnaires/questionnaire-registry.ts';
import { questionnaireOfCase } from '../cases/questionnaire-step.ts';
import { programProcedure } from '../cases/save-case-step.ts';
import { refreshWorklistColumns } from '../cases/worklist-columns.ts';
import type { AppContext } from '../context.ts';
import { recordCaseEvent } from '../review/case-events.ts';
import { checkTreatmentChange, createReplacementCase, treatmentItems } from './treatment-change.ts';

type UpdateInput = z.output<typeof authorizationUpdateSchema>;

function notUpdatable(row: CaseRow): string | null {
  return isUpdatable(row.status) ? null : `A request that is ${statusLabel(row.status).toLowerCase()} cannot be updated.`;
}

async function siteOf(tx: Queryable, siteId: string | null) {
  if (!siteId) {
    return null;
  }
  const [site] = await tx.select({ id: sites.id, name: sites.name, npi: sites.npi }).from(sites).where(eq(sites.id, siteId));
  return site ?? null;
}

/** What the Update authorization form offers for one of the caller's cases (an audited read of the case). */
export async function authorizationUpdateOptions(ctx: AppContext, actor: Actor, caseId: string): Promise<AuthorizationUpdateOptions> {
  await authorize(ctx, actor, 'cases.amend', ownOffice(actor));
  return ctx.db.transaction(async (tx) => {
    const row = await loadOfficeCase(tx, actor.officeId as string, caseId);
    await recordAudit(tx, ctx.clock, { action: 'case.read', outcome: 'success', actor, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined, details: { for: 'authorization_update' } });
    return {
      caseId: row.id,
      caseNumber: row.caseNumber,
      version: row.version,
      status: row.status,
      notUpdatable: notUpdatable(row),
      site: await siteOf(tx, row.siteId),
      procedure: row.procedureCode ? { code: row.procedureCode, description: row.serviceDescription ?? '' } : null,
      treatment: treatmentItems(row),
    };
  });
}

/** The case as it is after the change, the version the caller saw checked (409 if it moved on). */
async function saveChange(ctx: AppContext, tx: Transaction, row: CaseRow, version: number, changes: Partial<typeof cases.$inferInsert>): Promise<void> {
  const [updated] = await tx
    .update(cases)
    .set({ ...changes, version: sql`${cases.version} + 1`, updatedAt: ctx.clock.now() })
    .where(and(eq(cases.id, row.id), eq(cases.version, version)))
    .returning({ id: cases.id });
  if (!updated) {
    throw new DomainError('conflict', 'This case was changed meanwhile. Reload it to see the latest version.');
  }
}

interface Applied {
  /** What changed, in words: "site A → B", "Boost fractions 5 → 8". */
  summary: string;
  /** Old and new values for the audit trail. */
  from: unknown;
  to: unknown;
  /** For the e-notification: what changed, in words without PHI. */
  notice: string;
  newCase: CaseRow | null;
}

async function changeSite(ctx: AppContext, tx: Transaction, row: CaseRow, input: Extract<UpdateInput, { change: 'site' }>): Promise<Applied> {
  const site = await siteOf(tx, input.siteId);
  if (!site) {
    throw invalid('Search for the site and choose it from the results.', { siteId: 'Search for the site and choose it from the results.' });
  }
  if (site.id === row.siteId) {
    throw invalid('This is already the site of the case.', { siteId: 'This is already the site of the case: choose another.' });
  }
  const before = await siteOf(tx, row.siteId);
  await saveChange(ctx, tx, row, input.version, { siteId: site.id });
  const from = before ? `${before.name} (NPI ${before.npi})` : 'none';
  const to = `${site.name} (NPI ${site.npi})`;
  return { summary: `site ${from} → ${to}`, from, to, notice: 'site of service changed', newCase: null };
}

async function changeProcedure(ctx: AppContext, tx: Transaction, row: CaseRow, input: Extract<UpdateInput, { change: 'procedure' }>): Promise<Applied> {
  const procedure = await programProcedure(tx, row.programCode, input.procedureCode);
  if (procedure.code === row.procedureCode) {
    throw invalid('This is already the procedure of the case.', { procedureCode: 'This is already the procedure of the case: choose another.' });
  }
  // The answers were given to the case's clinical questions: a code asked other questions is a new request.
  if (questionnaireFor(row.programCode, procedure.code)?.id !== questionnaireOfCase(row)?.id) {
    const message = `${procedure.code} is asked other clinical questions than ${row.procedureCode ?? 'this case'}: request it as a new case.`;
    throw invalid(message, { procedureCode: message });
  }
  const from = `${row.procedureCode ?? ''} ${row.serviceDescription ?? ''}`.trim();
  await tx
    .update(caseServiceLines)
    .set({ code: procedure.code, codeSystem: procedure.codeSystem, description: procedure.description })
    .where(and(eq(caseServiceLines.caseId, row.id), eq(caseServiceLines.code, row.procedureCode ?? '')));
  await saveChange(ctx, tx, row, input.version, {});
  const to = `${procedure.code} ${procedure.description}`;
  return { summary: `procedure ${from} → ${to}`, from, to, notice: 'procedure code changed', newCase: null };
}

async function changeTreatment(ctx: AppContext, tx: Transaction, actor: Actor, row: CaseRow, input: Extract<UpdateInput, { change: 'treatment' }>): Promise<Applied> {
  const change = checkTreatmentChange(row, input.answers);
  const [pending] = await tx
    .select({ caseNumber: cases.caseNumber })
    .from(cases)
    .where(and(eq(cases.supersedesCaseId, row.id), inArray(cases.status, [...UPDATABLE_STATUSES])));
  if (pending) {
    throw new DomainError('conflict', `Case ${pending.caseNumber ?? ''} already replaces this case; update that case instead.`);
  }
  // The original stays as it is until the new case is approved; its version moves so a second click is refused.
  await saveChange(ctx, tx, row, input.version, {});
  const newCase = await createReplacementCase(ctx, tx, actor, row, change);
  return { summary: change.summary, from: change.before, to: change.after, notice: 'treatment plan changed, reviewed as a new case', newCase };
}

/**
 * Authorization update by phone (C5): an intake agent changes the site or the procedure code of
 * one of the caller's submitted cases, with a reason; or, for radiation oncology, changes the
 * technique or fractions, which makes a new case for review (the original is withdrawn once that
 * is approved). Recorded in the case's history, audited with the reason and the old and new
 * values, and e-notified when the contact opted in.
 */
export async function updateAuthorization(ctx: AppContext, actor: Actor, caseId: string, input: UpdateInput): Promise<AuthorizationUpdateResult> {
  await authorize(ctx, actor, 'cases.amend', ownOffice(actor));
  return ctx.db.transaction(async (tx) => {
    const row = await loadOfficeCase(tx, actor.officeId as string, caseId);
    const refusal = notUpdatable(row);
    if (refusal) {
      throw new DomainError('conflict', refusal);
    }
    const applied =
      input.change === 'site'
        ? await changeSite(ctx, tx, row, input)
        : input.change === 'procedure'
          ? await changeProcedure(ctx, tx, row, input)
          : await changeTreatment(ctx, tx, actor, row, input);
    await refreshWorklistColumns(tx, [row.id]);
    const caseNumber = row.caseNumber ?? '';
    const byPhone = (summary: string) => ({ summary: `${summary} (by phone). Reason: ${input.reason}` });
    const newCaseWords = applied.newCase ? `; reviewed as new case ${applied.newCase.caseNumber ?? ''}` : '';
    await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'authorization_updated', officeVisible: true, details: byPhone(`${applied.summary}${newCaseWords}`) });
    await recordAudit(tx, ctx.clock, {
      action: 'case.authorization_update',
      outcome: 'success',
      actor,
      objectType: 'case',
      objectId: row.id,
      memberId: row.memberId ?? undefined,
      details: { change: input.change, reason: input.reason, from: applied.from, to: applied.to, channel: 'phone', ...(applied.newCase ? { newCaseId: applied.newCase.id } : {}) },
    });
    await notifyStatusChange(ctx, tx, row, caseNumber, `updated by phone (${applied.notice})`);
    if (applied.newCase) {
      const newCase = applied.newCase;
      await recordCaseEvent(tx, ctx.clock, {
        caseId: newCase.id,
        actorUserId: actor.userId,
        kind: 'authorization_updated',
        officeVisible: true,
        details: byPhone(`replaces case ${caseNumber}: ${applied.summary}`),
      });
      await recordAudit(tx, ctx.clock, {
        action: 'case.submit',
        outcome: 'success',
        actor,
        objectType: 'case',
        objectId: newCase.id,
        memberId: newCase.memberId ?? undefined,
        details: { status: newCase.status, caseNumber: newCase.caseNumber, supersedesCaseId: row.id, channel: 'phone' },
      });
      return {
        caseId: row.id,
        caseNumber: row.caseNumber,
        newCase: { id: newCase.id, caseNumber: newCase.caseNumber ?? '', status: newCase.status, decisionDueAt: newCase.decisionDueAt?.toISOString() ?? null },
        message: `Case ${newCase.caseNumber ?? ''} was created for the new treatment plan and sent to clinical review. Case ${caseNumber} stays as it is and is withdrawn when the new case is approved.`,
      };
    }
    return { caseId: row.id, caseNumber: row.caseNumber, newCase: null, message: `Case ${caseNumber} was updated: ${applied.summary}.` };
  });
}
