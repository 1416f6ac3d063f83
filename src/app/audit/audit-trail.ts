import { and, asc, desc, eq, gt, gte, lte } from 'drizzle-orm';
import type { AuditChainVerification, AuditEventView } from '../../contracts/admin.ts';
import type { Database } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { findFirstChainProblem, GENESIS_HASH } from '../../domain/audit/hash-chain.ts';
import { authorize } from '../access/authorize.ts';
import { recordAuditAlone } from './record-audit.ts';
import type { AppContext } from '../context.ts';

export interface AuditFilter {
  actorUserName?: string | undefined;
  action?: string | undefined;
  memberId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
}

/** The audit report (HIPAA 164.308(a)(1)(ii)(D) activity review): newest first, filtered. */
export async function listAuditEvents(ctx: AppContext, actor: Actor, filter: AuditFilter): Promise<AuditEventView[]> {
  await authorize(ctx, actor, 'audit.read', { kind: 'system' });
  const rows = await ctx.db
    .select({
      sequence: auditEvents.sequence,
      occurredAt: auditEvents.occurredAt,
      actorUserId: auditEvents.actorUserId,
      actorUserName: users.userName,
      actorRole: auditEvents.actorRole,
      officeId: auditEvents.officeId,
      action: auditEvents.action,
      outcome: auditEvents.outcome,
      objectType: auditEvents.objectType,
      objectId: auditEvents.objectId,
      memberId: auditEvents.memberId,
      ipAddress: auditEvents.ipAddress,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        filter.actorUserName ? eq(users.userName, filter.actorUserName) : undefined,
        filter.action ? eq(auditEvents.action, filter.action) : undefined,
        filter.memberId ? eq(auditEvents.memberId, filter.memberId) : undefined,
        filter.from ? gte(auditEvents.occurredAt, filter.from) : undefined,
        filter.to ? lte(auditEvents.occurredAt, filter.to) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.sequence))
    .limit(filter.limit);
  await recordAuditAlone(ctx.db, ctx.clock, { action: 'audit.read', outcome: 'success', actor, details: { count: rows.length } });
  return rows.map((row) => ({ ...row, occurredAt: row.occurredAt.toISOString() }));
}

export type ChainVerification = AuditChainVerification;

const PAGE = 5_000;

/** Re-computes the whole hash chain page by page and reports the first broken row. */
export async function verifyAuditChain(db: Database): Promise<ChainVerification> {
  let checked = 0;
  let start = { sequence: 0, hash: GENESIS_HASH };
  for (;;) {
    const page = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.sequence, start.sequence))
      .orderBy(asc(auditEvents.sequence))
      .limit(PAGE);
    const problem = findFirstChainProblem(
      page.map((row) => ({
        previousHash: row.previousHash,
        hash: row.hash,
        content: {
          sequence: row.sequence,
          occurredAt: row.occurredAt.toISOString(),
          actorUserId: row.actorUserId,
          actorRole: row.actorRole,
          officeId: row.officeId,
          action: row.action,
          outcome: row.outcome,
          objectType: row.objectType,
          objectId: row.objectId,
          memberId: row.memberId,
          ipAddress: row.ipAddress,
          details: row.details,
        },
      })),
      start,
    );
    if (problem) {
      return { ok: false, checked: checked + Math.max(0, ('sequence' in problem ? problem.sequence : problem.expectedSequence) - start.sequence - 1), problem };
    }
    checked += page.length;
    const last = page.at(-1);
    if (!last || page.length < PAGE) {
      return { ok: true, checked, problem: null };
    }
    start = { sequence: last.sequence, hash: last.hash };
  }
}

export async function verifyAuditChainAs(ctx: AppContext, actor: Actor): Promise<ChainVerification> {
  await authorize(ctx, actor, 'audit.read', { kind: 'system' });
  const result = await verifyAuditChain(ctx.db);
  await recordAuditAlone(ctx.db, ctx.clock, { action: 'audit.verify', outcome: result.ok ? 'success' : 'failure', actor, details: { checked: result.checked } });
  return result;
}
