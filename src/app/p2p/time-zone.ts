import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { isValidTimeZone } from '../../domain/calendar/time-zone.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';

/** The zone the scheduler shows times in; null until the person confirms it on first use (seed 003). */
export async function getSchedulerTimeZone(ctx: AppContext, actor: Actor): Promise<{ timeZone: string | null }> {
  await authorize(ctx, actor, 'p2p.request', ownOffice(actor));
  const [user] = await ctx.db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, actor.userId));
  return { timeZone: user?.timeZone ?? null };
}

export async function confirmSchedulerTimeZone(ctx: AppContext, actor: Actor, timeZone: string): Promise<{ timeZone: string }> {
  await authorize(ctx, actor, 'p2p.request', ownOffice(actor));
  if (!isValidTimeZone(timeZone)) {
    throw invalid('Choose your time zone from the list.', { timeZone: 'Choose your time zone from the list.' });
  }
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ timeZone }).where(eq(users.id, actor.userId));
    await recordAudit(tx, ctx.clock, { action: 'p2p.time_zone_confirmed', outcome: 'success', actor, objectType: 'user', objectId: actor.userId, details: { timeZone } });
  });
  return { timeZone };
}

/** The actor's confirmed zone; scheduling waits for it, since every time shown depends on it. */
export async function requireSchedulerTimeZone(ctx: AppContext, actor: Actor): Promise<string> {
  const [user] = await ctx.db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, actor.userId));
  if (!user?.timeZone) {
    throw invalid('Confirm your time zone first.', { timeZone: 'Confirm your time zone first.' });
  }
  return user.timeZone;
}
