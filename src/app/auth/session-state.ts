import type { SessionState } from '../../contracts/auth.ts';
import { actorMay, allActions } from '../../domain/access/policy.ts';
import { roleLabels } from '../../domain/accounts/roles.ts';
import { allowedMethods, maskedDestination, mustEnrol } from '../../domain/accounts/second-factor.ts';
import type { AppContext } from '../context.ts';
import { sessionEnd, type LoadedSession } from './sessions.ts';

/** What the web app needs to know about the person's session, and nothing secret. */
export function describeSession(ctx: AppContext, session: LoadedSession | null): SessionState {
  const now = ctx.clock.now();
  if (!session) {
    return { stage: 'anonymous', serverTime: now.toISOString() };
  }
  const { user } = session;
  const enrolling = mustEnrol(user.role, user.mfaMethod);
  const state: SessionState = {
    stage: session.stage === 'authenticated' ? 'authenticated' : 'mfa',
    user: {
      id: user.id,
      userName: user.userName,
      firstName: user.firstName,
      lastName: user.lastName,
      email: user.email,
      role: user.role,
      roleLabel: roleLabels[user.role],
      officeId: user.officeId,
      officeName: user.officeName,
    },
    idleExpiresAt: sessionEnd(ctx, session).toISOString(),
    absoluteExpiresAt: session.expiresAt.toISOString(),
    idleTimeoutSeconds: ctx.config.SESSION_IDLE_MINUTES * 60,
    serverTime: now.toISOString(),
  };
  if (session.stage === 'password_verified') {
    state.mfa = {
      enrolling,
      allowedMethods: allowedMethods(user.role),
      method: enrolling ? null : user.mfaMethod,
      maskedDestination: enrolling ? null : maskedDestination(user.mfaMethod, user.email, user.mfaPhone),
    };
  } else {
    const actor = { role: user.role, officeId: user.officeId ?? session.actingOffice?.id ?? null };
    state.permissions = allActions.filter((action) => actorMay(actor, action));
    state.actingOffice = session.actingOffice;
  }
  return state;
}
