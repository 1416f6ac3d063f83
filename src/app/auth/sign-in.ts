import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { users } from '../../db/schema/users.ts';
import { addressBucket } from '../../domain/accounts/throttle-rules.ts';
import { mayRememberDevice, mustEnrol } from '../../domain/accounts/second-factor.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { recordAudit, recordAuditAlone } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { decoyPasswordHash, verifyPassword } from '../security/password-hashing.ts';
import { issueSession, type NewSession } from './sessions.ts';
import { assertNotThrottled, clearFailures, recordFailure, throttleKeys } from './throttle.ts';
import { redeemDevice, type DeviceCookie } from './trusted-devices.ts';

export interface RequestOrigin {
  ipAddress: string | null;
  userAgent: string | null;
}

export interface SignInResult {
  session: NewSession;
  stage: 'password_verified' | 'authenticated';
  /** A replacement remembered-device cookie when one was used. */
  device: DeviceCookie | null;
}

const WRONG_CREDENTIALS = 'The user ID or password is incorrect.';

export async function findUserByName(db: Queryable, userName: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.userName})`, userName.trim().toLowerCase()));
  return user ?? null;
}

/**
 * The password step. Unknown names, wrong passwords and disabled accounts get the same
 * answer in the same time. With a valid remembered-device cookie an office user skips
 * the second factor; otherwise the session waits for it.
 */
export async function signIn(
  ctx: AppContext,
  input: { userName: string; password: string; deviceToken?: string | undefined; replacesTokenHash?: string | undefined },
  origin: RequestOrigin,
): Promise<SignInResult> {
  const now = ctx.clock.now();
  const keys = [throttleKeys.signInName(input.userName), throttleKeys.signInAddress(addressBucket(origin.ipAddress))];
  try {
    await assertNotThrottled(ctx.db, keys, now, 'Too many unsuccessful sign-in attempts.');
  } catch (error) {
    await recordAuditAlone(ctx.db, ctx.clock, {
      action: 'auth.login',
      outcome: 'denied',
      ipAddress: origin.ipAddress,
      details: { userName: input.userName.slice(0, 50), reason: 'throttled' },
    });
    throw error;
  }

  const user = await findUserByName(ctx.db, input.userName);
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !passwordMatches || user.status !== 'active') {
    await ctx.db.transaction(async (tx) => {
      await recordFailure(tx, keys, now);
      await recordAudit(tx, ctx.clock, {
        action: 'auth.login',
        outcome: 'failure',
        ipAddress: origin.ipAddress,
        objectType: user ? 'user' : undefined,
        objectId: user?.id,
        officeId: user?.officeId ?? null,
        details: { userName: input.userName.slice(0, 50), reason: !user ? 'unknown_user' : !passwordMatches ? 'wrong_password' : user.status },
      });
    });
    throw new DomainError('invalid_credentials', WRONG_CREDENTIALS);
  }

  return ctx.db.transaction(async (tx) => {
    const nameKey = keys[0]?.key;
    await clearFailures(tx, nameKey ? [nameKey] : []);
    const canSkip =
      input.deviceToken !== undefined && mayRememberDevice(user.role) && !mustEnrol(user.role, user.mfaMethod);
    const device = canSkip && input.deviceToken ? await redeemDevice(tx, now, input.deviceToken, user) : null;
    const stage = device ? 'authenticated' : 'password_verified';
    const session = await issueSession(ctx, tx, {
      userId: user.id,
      stage,
      replacesTokenHash: input.replacesTokenHash,
      ipAddress: origin.ipAddress,
      userAgent: origin.userAgent,
    });
    await recordAudit(tx, ctx.clock, {
      action: 'auth.login',
      outcome: 'success',
      actor: { userId: user.id, role: user.role, officeId: user.officeId, ipAddress: origin.ipAddress },
      objectType: 'user',
      objectId: user.id,
      details: { step: 'password', secondFactor: device ? 'remembered_device' : 'required' },
    });
    return { session, stage, device };
  });
}
