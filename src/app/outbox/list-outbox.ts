import { and, desc, eq } from 'drizzle-orm';
import type { OutboxMessageView } from '../../contracts/admin.ts';
import { outboxMessages, type OutboxChannel } from '../../db/schema/outbox.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize } from '../access/authorize.ts';
import { recordAuditAlone } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';

/** The Outbox page: what Priora sent or kept, newest first. */
export async function listOutbox(
  ctx: AppContext,
  actor: Actor,
  filter: { channel?: OutboxChannel | undefined; template?: string | undefined; limit: number },
): Promise<OutboxMessageView[]> {
  await authorize(ctx, actor, 'outbox.read', { kind: 'system' });
  const rows = await ctx.db
    .select()
    .from(outboxMessages)
    .where(
      and(
        filter.channel ? eq(outboxMessages.channel, filter.channel) : undefined,
        filter.template ? eq(outboxMessages.template, filter.template) : undefined,
      ),
    )
    .orderBy(desc(outboxMessages.createdAt))
    .limit(filter.limit);
  await recordAuditAlone(ctx.db, ctx.clock, { action: 'outbox.read', outcome: 'success', actor, details: { count: rows.length } });
  return rows.map((row) => ({
    id: row.id,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
    template: row.template,
    status: row.status,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    lastError: row.lastError,
    letterId: row.letterId,
  }));
}
