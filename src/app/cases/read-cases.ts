import { and, desc, eq } from 'drizzle-orm';
import type { CaseView } from '../../contracts/cases.ts';
import { cases } from '../../db/schema/cases.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit, recordAudits } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { describeCase, loadOfficeCase } from './case-view.ts';

/** Opens one of the office's cases; reading a case with a member on it is an audited PHI read. */
export async function getCase(ctx: AppContext, actor: Actor, caseId: string): Promise<CaseView> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  return ctx.db.transaction(async (tx) => {
    const row = await loadOfficeCase(tx, actor.officeId as string, caseId);
    await recordAudit(tx, ctx.clock, { action: 'case.read', outcome: 'success', actor, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined });
    return describeCase(tx, row);
  });
}

/** Certification Requests In Progress: the office's unsubmitted requests, newest first. */
export async function listInProgress(ctx: AppContext, actor: Actor): Promise<CaseView[]> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.officeId, actor.officeId as string), eq(cases.status, 'in_progress')))
      .orderBy(desc(cases.updatedAt))
      .limit(200);
    const views: CaseView[] = [];
    for (const row of rows) {
      views.push(await describeCase(tx, row));
    }
    await recordAudits(
      tx,
      ctx.clock,
      rows.flatMap((row) => (row.memberId ? [{ action: 'case.list', outcome: 'success' as const, actor, objectType: 'case', objectId: row.id, memberId: row.memberId }] : [])),
    );
    return views;
  });
}
