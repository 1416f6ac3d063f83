import { desc, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { chainHash, GENESIS_HASH } from '../../domain/audit/hash-chain.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Clock } from '../../domain/shared/clock.ts';

export interface AuditEntry {
  action: string;
  outcome: 'success' | 'failure' | 'denied';
  actor?: Actor | null;
  /** For events before anyone is signed in (failed login of an unknown name …). */
  ipAddress?: string | null;
  officeId?: string | null;
  objectType?: string;
  objectId?: string;
  memberId?: string;
  details?: Record<string, unknown>;
}

/** The audit entry of an action on a case: who did it, the office it belongs to, the case and its member. */
export function caseAuditEntry(action: string, actor: Actor | null, row: { id: string; officeId: string; memberId: string | null }, details?: Record<string, unknown>): AuditEntry {
  return { action, outcome: 'success', actor, officeId: row.officeId, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined, ...(details ? { details } : {}) };
}

// Any constant works; it names the advisory lock that serialises appends to the chain.
const AUDIT_CHAIN_LOCK = 724_611;

/**
 * Appends one event to the hash chain inside the caller's transaction, so the event and
 * the change it describes commit (or roll back) together.
 */
export async function recordAudit(tx: Transaction, clock: Clock, entry: AuditEntry): Promise<void> {
  await recordAudits(tx, clock, [entry]);
}

/**
 * Appends several events at once (a list page showing 25 members is 25 reads): one lock,
 * one look at the chain head, one insert.
 */
export async function recordAudits(tx: Transaction, clock: Clock, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) {
    return;
  }
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ sequence: auditEvents.sequence, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.sequence))
    .limit(1);
  let previousHash = last?.hash ?? GENESIS_HASH;
  let sequence = last?.sequence ?? 0;
  const occurredAt = clock.now();
  const rows = entries.map((entry) => {
    sequence += 1;
    const content = {
      sequence,
      occurredAt: occurredAt.toISOString(),
      actorUserId: entry.actor?.userId ?? null,
      actorRole: entry.actor?.role ?? null,
      officeId: entry.officeId ?? entry.actor?.officeId ?? null,
      action: entry.action,
      outcome: entry.outcome,
      objectType: entry.objectType ?? null,
      objectId: entry.objectId ?? null,
      memberId: entry.memberId ?? null,
      ipAddress: entry.ipAddress ?? entry.actor?.ipAddress ?? null,
      details: entry.details ?? {},
    };
    const hash = chainHash(previousHash, content);
    const row = { ...content, occurredAt, previousHash, hash };
    previousHash = hash;
    return row;
  });
  await tx.insert(auditEvents).values(rows);
}

/** For events that change nothing else (a failed sign-in, a read): a transaction of its own. */
export function recordAuditAlone(db: Database, clock: Clock, entry: AuditEntry): Promise<void> {
  return db.transaction((tx) => recordAudit(tx, clock, entry));
}
