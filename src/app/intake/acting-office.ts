import { eq } from 'drizzle-orm';
import type { ActingOffice } from '../../contracts/intake.ts';
import { sessions } from '../../db/schema/auth.ts';
import { offices } from '../../db/schema/offices.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { LoadedSession } from '../auth/sessions.ts';
import type { AppContext } from '../context.ts';

/**
 * A call starts (C10): the intake agent's session acts for the caller's office until the call
 * ends, so the portal's use cases answer for that office and no other. Audited: who, which office.
 * Starting a call for another office ends the one before.
 */
export async function startCall(ctx: AppContext, actor: Actor, session: LoadedSession, officeId: string): Promise<LoadedSession> {
  await authorize(ctx, actor, 'intake.calls', { kind: 'system' });
  const [office] = await ctx.db.select({ id: offices.id, name: offices.name, npi: offices.npi, tin: offices.tin }).from(offices).where(eq(offices.id, officeId));
  if (!office) {
    throw notFound('The office');
  }
  await ctx.db.transaction(async (tx) => {
    await tx.update(sessions).set({ actingOfficeId: office.id }).where(eq(sessions.tokenHash, session.tokenHash));
    await recordAudit(tx, ctx.clock, {
      action: 'intake.call.start',
      outcome: 'success',
      actor,
      officeId: office.id,
      objectType: 'office',
      objectId: office.id,
      details: session.actingOffice && session.actingOffice.id !== office.id ? { endedCallFor: session.actingOffice.id } : {},
    });
  });
  return withActingOffice(session, office);
}

/** The call ends: the session no longer acts for any office. */
export async function endCall(ctx: AppContext, actor: Actor, session: LoadedSession): Promise<LoadedSession> {
  await authorize(ctx, actor, 'intake.calls', { kind: 'system' });
  const ended = session.actingOffice;
  if (!ended) {
    return session;
  }
  await ctx.db.transaction(async (tx) => {
    await tx.update(sessions).set({ actingOfficeId: null }).where(eq(sessions.tokenHash, session.tokenHash));
    await recordAudit(tx, ctx.clock, { action: 'intake.call.end', outcome: 'success', actor, officeId: ended.id, objectType: 'office', objectId: ended.id });
  });
  return withActingOffice(session, null);
}

function withActingOffice(session: LoadedSession, office: ActingOffice | null): LoadedSession {
  return { ...session, actingOffice: office };
}
