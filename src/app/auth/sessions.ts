import { and, eq, lt, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ActingOffice } from '../../contracts/intake.ts';
import type { Queryable } from '../../db/client.ts';
import { sessions } from '../../db/schema/auth.ts';
import { offices } from '../../db/schema/offices.ts';
import { users } from '../../db/schema/users.ts';
import type { Role } from '../../domain/accounts/roles.ts';
import { absoluteEnd, isSessionLive, MFA_STEP_MINUTES, sessionEndsAt, type SessionLimits } from '../../domain/accounts/session-rules.ts';
import { MINUTE } from '../../domain/shared/clock.ts';
import type { AppContext } from '../context.ts';
import { hashToken, newToken } from '../security/tokens.ts';

export interface LoadedSession {
  tokenHash: string;
  stage: 'password_verified' | 'authenticated';
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  user: {
    id: string;
    userName: string;
    firstName: string;
    lastName: string;
    email: string;
    role: Role;
    officeId: string | null;
    officeName: string | null;
    mfaMethod: 'totp' | 'sms' | 'email' | null;
    mfaPhone: string | null;
  };
  /** An intake agent on a call: the caller's office, whose cases the agent works (C10); null otherwise. */
  actingOffice: ActingOffice | null;
}

const actingOffices = alias(offices, 'acting_office');

export function sessionLimits(ctx: AppContext): SessionLimits {
  return { idleMinutes: ctx.config.SESSION_IDLE_MINUTES, absoluteHours: ctx.config.SESSION_ABSOLUTE_HOURS };
}

export function sessionEnd(ctx: AppContext, session: Pick<LoadedSession, 'lastSeenAt' | 'expiresAt'>): Date {
  return sessionEndsAt(session, sessionLimits(ctx));
}

/**
 * Finds the live session for a cookie token. An expired session is deleted on sight, so
 * a stale cookie can never be revived. `touch` records activity (extends the idle timer).
 */
export async function loadSession(ctx: AppContext, token: string, touch: boolean): Promise<LoadedSession | null> {
  const tokenHash = hashToken(token);
  const [row] = await ctx.db
    .select({
      tokenHash: sessions.tokenHash,
      stage: sessions.stage,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: {
        id: users.id,
        userName: users.userName,
        firstName: users.firstName,
        lastName: users.lastName,
        email: users.email,
        role: users.role,
        officeId: users.officeId,
        status: users.status,
        mfaMethod: users.mfaMethod,
        mfaPhone: users.mfaPhone,
      },
      officeName: offices.name,
      actingOffice: { id: actingOffices.id, name: actingOffices.name, npi: actingOffices.npi, tin: actingOffices.tin },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(offices, eq(offices.id, users.officeId))
    .leftJoin(actingOffices, eq(actingOffices.id, sessions.actingOfficeId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) {
    return null;
  }
  const now = ctx.clock.now();
  if (row.user.status !== 'active' || !isSessionLive(row, sessionLimits(ctx), now)) {
    await ctx.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  let lastSeenAt = row.lastSeenAt;
  // Writing on every request would be wasteful; a few seconds of idle-timer slack is harmless.
  if (touch && now.getTime() - row.lastSeenAt.getTime() > 5_000) {
    lastSeenAt = now;
    await ctx.db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  const { status: _status, ...user } = row.user;
  return {
    tokenHash,
    stage: row.stage,
    createdAt: row.createdAt,
    lastSeenAt,
    expiresAt: row.expiresAt,
    user: { ...user, officeName: row.officeName },
    // Only an intake agent ever acts for an office; anyone else's session ignores the column.
    actingOffice: user.role === 'intake_agent' && row.actingOffice?.id ? row.actingOffice : null,
  };
}

export interface NewSession {
  token: string;
  tokenHash: string;
}

/**
 * Issues a fresh session token for a step of sign-in and deletes the one it replaces,
 * so the identifier changes at the password step and again at the second factor.
 */
export async function issueSession(
  ctx: AppContext,
  tx: Queryable,
  input: {
    userId: string;
    stage: 'password_verified' | 'authenticated';
    replacesTokenHash?: string | undefined;
    /** Kept across rotation so the absolute limit counts from the start of sign-in. */
    startedAt?: Date | undefined;
    ipAddress: string | null;
    userAgent: string | null;
  },
): Promise<NewSession> {
  const now = ctx.clock.now();
  if (input.replacesTokenHash) {
    await tx.delete(sessions).where(eq(sessions.tokenHash, input.replacesTokenHash));
  }
  const token = newToken();
  const tokenHash = hashToken(token);
  const startedAt = input.startedAt ?? now;
  const expiresAt =
    input.stage === 'authenticated' ? absoluteEnd(startedAt, sessionLimits(ctx)) : new Date(now.getTime() + MFA_STEP_MINUTES * MINUTE);
  await tx.insert(sessions).values({
    tokenHash,
    userId: input.userId,
    stage: input.stage,
    createdAt: startedAt,
    lastSeenAt: now,
    expiresAt,
    ipAddress: input.ipAddress,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, tokenHash };
}

export async function endSession(tx: Queryable, tokenHash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user (password change, disable), optionally sparing the current one. */
export async function endAllSessions(tx: Queryable, userId: string, exceptTokenHash?: string): Promise<void> {
  const all = await tx.select({ tokenHash: sessions.tokenHash }).from(sessions).where(eq(sessions.userId, userId));
  for (const session of all) {
    if (session.tokenHash !== exceptTokenHash) {
      await tx.delete(sessions).where(eq(sessions.tokenHash, session.tokenHash));
    }
  }
}

/** Housekeeping: removes sessions past their absolute end or idle for longer than allowed. */
export async function deleteExpiredSessions(ctx: AppContext): Promise<void> {
  const now = ctx.clock.now();
  const idleCutoff = new Date(now.getTime() - ctx.config.SESSION_IDLE_MINUTES * MINUTE);
  await ctx.db.delete(sessions).where(or(lt(sessions.expiresAt, now), and(lt(sessions.lastSeenAt, idleCutoff))));
}
