import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/client.ts';
import { users } from '../../db/schema/users.ts';
import { passwordProblem } from '../../domain/accounts/password-policy.ts';
import { addressBucket } from '../../domain/accounts/throttle-rules.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DAY, HOUR } from '../../domain/shared/clock.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import { hashPassword, verifyPassword } from '../security/password-hashing.ts';
import { endAllSessions, issueSession, type LoadedSession, type NewSession } from '../auth/sessions.ts';
import { assertNotThrottled, clearFailures, recordFailure, throttleKeys } from '../auth/throttle.ts';
import { findUserByName, type RequestOrigin } from '../auth/sign-in.ts';
import { forgetAllDevices } from '../auth/trusted-devices.ts';
import { consumeToken, findTokenUser, issueEmailToken, type TokenPurpose } from './email-tokens.ts';
import { messages } from './messages.ts';

type UserRow = typeof users.$inferSelect;

function checkPolicy(ctx: AppContext, password: string, user: Pick<UserRow, 'userName' | 'email' | 'firstName' | 'lastName'>, field: string) {
  const problem = passwordProblem(password, ctx.passwordBlocklist, user);
  if (problem) {
    throw new DomainError('validation', problem, { [field]: problem });
  }
}

/**
 * Stores a new password. Bumping the credential generation forgets remembered devices;
 * every session of the user ends (the caller may keep its own, re-issued).
 */
async function storeNewPassword(tx: Transaction, now: Date, user: UserRow, passwordHash: string, activate: boolean) {
  await tx
    .update(users)
    .set({
      passwordHash,
      passwordChangedAt: now,
      credentialGeneration: user.credentialGeneration + 1,
      ...(activate ? { status: 'active' as const } : {}),
    })
    .where(eq(users.id, user.id));
  await forgetAllDevices(tx, user.id);
  await endAllSessions(tx, user.id);
  // A reset also lifts a sign-in lock-out on the name (the 100-failure hard limit).
  await clearFailures(tx, [throttleKeys.signInName(user.userName).key]);
}

/** GET-like look at an emailed link so the page can greet the person by user ID. */
export async function inspectEmailToken(ctx: AppContext, token: string, purpose: TokenPurpose) {
  const { user } = await findTokenUser(ctx.db, ctx.clock.now(), token, purpose);
  return { userName: user.userName };
}

/** The emailed link after registration (or an invitation): verifies the email and sets the first password. */
export async function completeEmailLink(ctx: AppContext, input: { token: string; password: string }, purpose: TokenPurpose, origin: RequestOrigin) {
  const now = ctx.clock.now();
  const { tokenHash, user } = await findTokenUser(ctx.db, now, input.token, purpose);
  checkPolicy(ctx, input.password, user, 'password');
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction(async (tx) => {
    await consumeToken(tx, now, tokenHash);
    await storeNewPassword(tx, now, user, passwordHash, purpose === 'verify_email');
    if (purpose === 'reset_password') {
      await enqueueMessage(tx, ctx.clock, { channel: 'email', recipient: user.email, ...messages.passwordChanged(ctx.config.PUBLIC_URL), relatedUserId: user.id });
    }
    await recordAudit(tx, ctx.clock, {
      action: purpose === 'verify_email' ? 'account.email_verified' : 'account.password_reset',
      outcome: 'success',
      ipAddress: origin.ipAddress,
      officeId: user.officeId,
      objectType: 'user',
      objectId: user.id,
    });
  });
  return {
    message:
      purpose === 'verify_email'
        ? 'Your email is verified and your password is set. Please log in.'
        : 'Your password has been changed. Please log in with your new password.',
  };
}

const FORGOT_USER_ID_ACCEPTED = 'If an account uses that email address, we have sent its user ID there.';
const FORGOT_PASSWORD_ACCEPTED = 'If that user ID exists, we have sent a link to reset the password to the email address on the account.';

export async function forgotUserId(ctx: AppContext, email: string, origin: RequestOrigin) {
  const now = ctx.clock.now();
  const formKey = throttleKeys.publicForm('forgot', addressBucket(origin.ipAddress));
  await assertNotThrottled(ctx.db, [formKey], now, 'Too many requests from your network.');
  await ctx.db.transaction(async (tx) => {
    await recordFailure(tx, [formKey], now);
    const found = await tx
      .select({ userName: users.userName, id: users.id })
      .from(users)
      .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), eq(users.status, 'active')));
    if (found.length > 0) {
      await enqueueMessage(tx, ctx.clock, {
        channel: 'email',
        recipient: email,
        ...messages.userIdReminder(ctx.config.PUBLIC_URL, found.map((user) => user.userName)),
      });
    }
    await recordAudit(tx, ctx.clock, {
      action: 'account.forgot_user_id',
      outcome: found.length > 0 ? 'success' : 'failure',
      ipAddress: origin.ipAddress,
      details: { accounts: found.length },
    });
  });
  return { message: FORGOT_USER_ID_ACCEPTED };
}

/** Emails a reset link (or, for an account never verified, a fresh verification link). */
export async function forgotPassword(ctx: AppContext, userName: string, origin: RequestOrigin) {
  const now = ctx.clock.now();
  const formKey = throttleKeys.publicForm('forgot', addressBucket(origin.ipAddress));
  await assertNotThrottled(ctx.db, [formKey], now, 'Too many requests from your network.');
  await ctx.db.transaction(async (tx) => {
    await recordFailure(tx, [formKey], now);
    const user = await findUserByName(tx, userName);
    if (user?.status === 'active') {
      const token = await issueEmailToken(tx, now, user.id, 'reset_password', HOUR);
      await enqueueMessage(tx, ctx.clock, { channel: 'email', recipient: user.email, ...messages.passwordReset(ctx.config.PUBLIC_URL, token), relatedUserId: user.id });
    } else if (user?.status === 'pending_verification') {
      const token = await issueEmailToken(tx, now, user.id, 'verify_email', DAY);
      await enqueueMessage(tx, ctx.clock, { channel: 'email', recipient: user.email, ...messages.verifyEmail(ctx.config.PUBLIC_URL, token, user.userName), relatedUserId: user.id });
    }
    await recordAudit(tx, ctx.clock, {
      action: 'account.forgot_password',
      outcome: user && user.status !== 'disabled' ? 'success' : 'failure',
      ipAddress: origin.ipAddress,
      objectType: user ? 'user' : undefined,
      objectId: user?.id,
    });
  });
  return { message: FORGOT_PASSWORD_ACCEPTED };
}

/** Checks the current password of a signed-in user, throttled like sign-in. */
async function requireCurrentPassword(ctx: AppContext, user: UserRow, currentPassword: string) {
  const now = ctx.clock.now();
  const key = throttleKeys.currentPassword(user.id);
  await assertNotThrottled(ctx.db, [key], now, 'Too many wrong passwords.');
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    await recordFailure(ctx.db, [key], now);
    throw new DomainError('validation', 'Your current password is not correct.', { currentPassword: 'Your current password is not correct.' });
  }
  await clearFailures(ctx.db, [key.key]);
}

async function loadUser(ctx: AppContext, userId: string): Promise<UserRow> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  if (!user) {
    throw new DomainError('unauthenticated', 'Please sign in.');
  }
  return user;
}

/** Manage Your Account → Change password. Other sessions and remembered devices end; this one is re-issued. */
export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  session: LoadedSession,
  input: { currentPassword: string; newPassword: string },
  origin: RequestOrigin,
): Promise<{ message: string; session: NewSession }> {
  const user = await loadUser(ctx, actor.userId);
  await requireCurrentPassword(ctx, user, input.currentPassword);
  checkPolicy(ctx, input.newPassword, user, 'newPassword');
  if (input.newPassword === input.currentPassword) {
    throw new DomainError('validation', 'Choose a password different from your current one.', { newPassword: 'Choose a different password.' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.clock.now();
  const newSession = await ctx.db.transaction(async (tx) => {
    await storeNewPassword(tx, now, user, passwordHash, false);
    const replacement = await issueSession(ctx, tx, {
      userId: user.id,
      stage: 'authenticated',
      startedAt: session.createdAt,
      ipAddress: origin.ipAddress,
      userAgent: origin.userAgent,
    });
    await enqueueMessage(tx, ctx.clock, { channel: 'email', recipient: user.email, ...messages.passwordChanged(ctx.config.PUBLIC_URL), relatedUserId: user.id });
    await recordAudit(tx, ctx.clock, { action: 'account.password_change', outcome: 'success', actor, objectType: 'user', objectId: user.id });
    return replacement;
  });
  return { message: 'Your password has been changed. Your other sessions were signed out.', session: newSession };
}

/**
 * Manage Your Account → Reset multi-factor authentication. Forgets the second factor and
 * remembered devices, and turns this session back into a sign-in awaiting enrolment.
 */
export async function resetSecondFactor(
  ctx: AppContext,
  actor: Actor,
  input: { currentPassword: string },
  origin: RequestOrigin,
): Promise<NewSession> {
  const user = await loadUser(ctx, actor.userId);
  await requireCurrentPassword(ctx, user, input.currentPassword);
  return ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ mfaMethod: null, totpSecretEncrypted: null, totpLastTimeStep: null, mfaPhone: null, credentialGeneration: user.credentialGeneration + 1 })
      .where(eq(users.id, user.id));
    await forgetAllDevices(tx, user.id);
    await endAllSessions(tx, user.id);
    await recordAudit(tx, ctx.clock, { action: 'auth.mfa.reset', outcome: 'success', actor, objectType: 'user', objectId: user.id });
    return issueSession(ctx, tx, { userId: user.id, stage: 'password_verified', ipAddress: origin.ipAddress, userAgent: origin.userAgent });
  });
}
