import { and, count, desc, eq, gt, isNull } from 'drizzle-orm';
import { generateSecret, generateURI, verify as verifyTotpCode } from 'otplib';
import QRCode from 'qrcode';
import type { PinSent, TotpEnrolment } from '../../contracts/auth.ts';
import type { Transaction } from '../../db/client.ts';
import { mfaPins, sessions } from '../../db/schema/auth.ts';
import { users } from '../../db/schema/users.ts';
import {
  allowedMethods,
  maskedDestination,
  mayRememberDevice,
  mustEnrol,
  PIN_LIFETIME_MS,
  PIN_MAX_SENDS,
  PIN_MAX_WRONG_ATTEMPTS,
  PIN_SEND_WINDOW_MS,
  type MfaMethod,
} from '../../domain/accounts/second-factor.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import { messages } from '../accounts/messages.ts';
import { newPin, sameHash } from '../security/tokens.ts';
import { issueSession, type LoadedSession, type NewSession } from './sessions.ts';
import { assertNotThrottled, clearFailures, recordFailure, throttleKeys } from './throttle.ts';
import { rememberDevice, type DeviceCookie } from './trusted-devices.ts';
import type { RequestOrigin } from './sign-in.ts';

export interface SecondFactorResult {
  session: NewSession;
  device: DeviceCookie | null;
}

function requireSecondFactorStep(session: LoadedSession | null): LoadedSession {
  if (!session || session.stage !== 'password_verified') {
    throw new DomainError('unauthenticated', 'Your sign-in has expired. Please sign in again.');
  }
  return session;
}

async function loadUserSecrets(tx: Transaction, userId: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId));
  if (!user) {
    throw new DomainError('unauthenticated', 'Please sign in again.');
  }
  return user;
}

function actorOf(session: LoadedSession, origin: RequestOrigin) {
  return { userId: session.user.id, role: session.user.role, officeId: session.user.officeId, ipAddress: origin.ipAddress };
}

/** Finishes sign-in after a correct second factor: new session id, optional remembered device. */
async function completeSignIn(
  ctx: AppContext,
  tx: Transaction,
  session: LoadedSession,
  origin: RequestOrigin,
  wantsToRememberDevice: boolean,
  method: MfaMethod,
): Promise<SecondFactorResult> {
  const user = await loadUserSecrets(tx, session.user.id);
  const newSession = await issueSession(ctx, tx, {
    userId: user.id,
    stage: 'authenticated',
    replacesTokenHash: session.tokenHash,
    ipAddress: origin.ipAddress,
    userAgent: origin.userAgent,
  });
  const device =
    wantsToRememberDevice && mayRememberDevice(user.role) ? await rememberDevice(tx, ctx.clock.now(), user, origin.userAgent) : null;
  await clearFailures(tx, [throttleKeys.secondFactor(user.id).key]);
  await recordAudit(tx, ctx.clock, {
    action: 'auth.mfa.verify',
    outcome: 'success',
    actor: actorOf(session, origin),
    objectType: 'user',
    objectId: user.id,
    details: { method, rememberedDevice: device !== null },
  });
  return { session: newSession, device };
}

async function recordSecondFactorFailure(ctx: AppContext, session: LoadedSession, origin: RequestOrigin, method: MfaMethod, reason: string) {
  await ctx.db.transaction(async (tx) => {
    await recordFailure(tx, [throttleKeys.secondFactor(session.user.id)], ctx.clock.now());
    await recordAudit(tx, ctx.clock, {
      action: 'auth.mfa.verify',
      outcome: 'failure',
      actor: actorOf(session, origin),
      objectType: 'user',
      objectId: session.user.id,
      details: { method, reason },
    });
  });
}

/** Every code check starts the same way: a sign-in waiting for its second factor, not throttled. */
async function beginCodeCheck(ctx: AppContext, current: LoadedSession | null): Promise<{ session: LoadedSession; now: Date }> {
  const session = requireSecondFactorStep(current);
  const now = ctx.clock.now();
  await assertNotThrottled(ctx.db, [throttleKeys.secondFactor(session.user.id)], now, 'Too many wrong codes.');
  return { session, now };
}

function isEnrolling(session: LoadedSession): boolean {
  return mustEnrol(session.user.role, session.user.mfaMethod);
}

/** Starts authenticator-app enrolment: a new seed, kept sealed on the sign-in session until confirmed. */
export async function startTotpEnrolment(ctx: AppContext, current: LoadedSession | null): Promise<TotpEnrolment> {
  const session = requireSecondFactorStep(current);
  if (!isEnrolling(session)) {
    throw new DomainError('conflict', 'Multi-factor authentication is already set up for this account.');
  }
  const secret = generateSecret();
  await ctx.db
    .update(sessions)
    .set({ pendingTotpSecretEncrypted: ctx.secrets.seal(secret) })
    .where(eq(sessions.tokenHash, session.tokenHash));
  const otpauthUri = generateURI({ issuer: 'Priora', label: session.user.userName, secret });
  return { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }) };
}

/** Checks an authenticator-app code: confirms enrolment, or verifies an enrolled user. */
export async function verifyTotp(
  ctx: AppContext,
  current: LoadedSession | null,
  input: { code: string; rememberDevice: boolean },
  origin: RequestOrigin,
): Promise<SecondFactorResult> {
  const { session, now } = await beginCodeCheck(ctx, current);
  const enrolling = isEnrolling(session);
  if (!enrolling && session.user.mfaMethod !== 'totp') {
    throw new DomainError('validation', 'Your account uses a different verification method.');
  }

  const [row] = await ctx.db
    .select({ pending: sessions.pendingTotpSecretEncrypted, enrolled: users.totpSecretEncrypted, lastStep: users.totpLastTimeStep })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, session.tokenHash));
  const sealed = enrolling ? row?.pending : row?.enrolled;
  if (!sealed) {
    throw new DomainError('validation', 'Start setting up your authenticator app first.');
  }
  const result = await verifyTotpCode({
    secret: ctx.secrets.open(sealed),
    token: input.code,
    epoch: Math.floor(now.getTime() / 1000),
    // One 30-second step either side absorbs phone clock drift.
    epochTolerance: 30,
    // Refuse a code from a time step already used: a seen code cannot be replayed.
    ...(row?.lastStep !== null && row?.lastStep !== undefined ? { afterTimeStep: row.lastStep } : {}),
  });
  if (!result.valid || !('timeStep' in result)) {
    await recordSecondFactorFailure(ctx, session, origin, 'totp', 'wrong_code');
    throw new DomainError('invalid_code', 'That code is not right. Enter the current 6-digit code from your authenticator app.', {
      code: 'That code is not right.',
    });
  }

  return ctx.db.transaction(async (tx) => {
    if (enrolling) {
      await tx
        .update(users)
        .set({
          mfaMethod: 'totp',
          totpSecretEncrypted: sealed,
          totpLastTimeStep: result.timeStep,
          mfaPhone: null,
          credentialGeneration: (await loadUserSecrets(tx, session.user.id)).credentialGeneration + 1,
        })
        .where(eq(users.id, session.user.id));
      await recordAudit(tx, ctx.clock, {
        action: 'auth.mfa.enrol',
        outcome: 'success',
        actor: actorOf(session, origin),
        objectType: 'user',
        objectId: session.user.id,
        details: { method: 'totp' },
      });
    } else {
      await tx.update(users).set({ totpLastTimeStep: result.timeStep }).where(eq(users.id, session.user.id));
    }
    return completeSignIn(ctx, tx, session, origin, input.rememberDevice, 'totp');
  });
}

/** Sends a 6-digit PIN by SMS or email, replacing any PIN this sign-in had. */
export async function sendPin(
  ctx: AppContext,
  current: LoadedSession | null,
  input: { channel: 'sms' | 'email'; phone?: string | undefined },
  origin: RequestOrigin,
): Promise<PinSent> {
  const session = requireSecondFactorStep(current);
  const now = ctx.clock.now();
  const enrolling = isEnrolling(session);
  if (enrolling && !allowedMethods(session.user.role).includes(input.channel)) {
    throw new DomainError('validation', 'Your role must use an authenticator app.');
  }
  if (!enrolling && session.user.mfaMethod !== input.channel) {
    throw new DomainError('validation', 'Your account uses a different verification method.');
  }
  let destination: string;
  if (input.channel === 'sms') {
    const phone = enrolling ? input.phone : session.user.mfaPhone;
    if (!phone) {
      throw new DomainError('validation', 'Enter the mobile phone number to send the code to.', { phone: 'Enter a 10-digit mobile number.' });
    }
    destination = phone;
  } else {
    destination = session.user.email;
  }

  const [recent] = await ctx.db
    .select({ sent: count() })
    .from(mfaPins)
    .where(and(eq(mfaPins.userId, session.user.id), gt(mfaPins.createdAt, new Date(now.getTime() - PIN_SEND_WINDOW_MS))));
  if ((recent?.sent ?? 0) >= PIN_MAX_SENDS) {
    throw new DomainError('rate_limited', 'Too many codes were sent. Wait a few minutes, then ask for a new code.', undefined, {
      retryAfterSeconds: Math.ceil(PIN_SEND_WINDOW_MS / 1000),
    });
  }

  const pin = newPin();
  const expiresAt = new Date(now.getTime() + PIN_LIFETIME_MS);
  await ctx.db.transaction(async (tx) => {
    // A resend replaces the old code: close every open PIN of this sign-in first.
    await tx
      .update(mfaPins)
      .set({ closedAt: now })
      .where(and(eq(mfaPins.sessionTokenHash, session.tokenHash), isNull(mfaPins.closedAt)));
    const id = crypto.randomUUID();
    await tx.insert(mfaPins).values({
      id,
      sessionTokenHash: session.tokenHash,
      userId: session.user.id,
      channel: input.channel,
      destination,
      codeHash: ctx.secrets.mac(`${id}:${pin}`),
      enrolling,
      createdAt: now,
      expiresAt,
    });
    const message = input.channel === 'sms' ? messages.pinSms(pin) : messages.pinEmail(pin);
    await enqueueMessage(tx, ctx.clock, {
      channel: input.channel,
      recipient: destination,
      ...message,
      relatedUserId: session.user.id,
      relatedOfficeId: session.user.officeId,
    });
    await recordAudit(tx, ctx.clock, {
      action: 'auth.mfa.pin_sent',
      outcome: 'success',
      actor: actorOf(session, origin),
      objectType: 'user',
      objectId: session.user.id,
      details: { channel: input.channel, enrolling },
    });
  });
  return {
    sentTo: maskedDestination(input.channel, session.user.email, destination) ?? destination,
    expiresAt: expiresAt.toISOString(),
  };
}

/** Checks a PIN: five wrong tries burn it; a correct one completes sign-in (and enrolment). */
export async function verifyPin(
  ctx: AppContext,
  current: LoadedSession | null,
  input: { code: string; rememberDevice: boolean },
  origin: RequestOrigin,
): Promise<SecondFactorResult> {
  const { session, now } = await beginCodeCheck(ctx, current);
  // The newest PIN of this sign-in, open or not, so the message can say why it no longer works.
  const [pin] = await ctx.db
    .select()
    .from(mfaPins)
    .where(eq(mfaPins.sessionTokenHash, session.tokenHash))
    .orderBy(desc(mfaPins.createdAt))
    .limit(1);
  const unusable = !pin
    ? { reason: 'no_code', message: 'Send a code first.' }
    : pin.wrongAttempts >= PIN_MAX_WRONG_ATTEMPTS
      ? { reason: 'burned', message: 'Too many wrong codes. This code can no longer be used: send a new code.' }
      : pin.closedAt !== null
        ? { reason: 'used', message: 'This code was already used. Send a new code.' }
        : pin.expiresAt.getTime() <= now.getTime()
          ? { reason: 'expired', message: 'This code has expired. Send a new code.' }
          : null;
  if (!pin || unusable) {
    await recordSecondFactorFailure(ctx, session, origin, pin?.channel ?? 'email', unusable?.reason ?? 'no_code');
    throw new DomainError('invalid_code', unusable?.message ?? 'Send a code first.', { code: unusable?.message ?? 'Send a code first.' });
  }
  if (!sameHash(pin.codeHash, ctx.secrets.mac(`${pin.id}:${input.code}`))) {
    const wrongAttempts = pin.wrongAttempts + 1;
    const burned = wrongAttempts >= PIN_MAX_WRONG_ATTEMPTS;
    await ctx.db
      .update(mfaPins)
      .set({ wrongAttempts, closedAt: burned ? now : null })
      .where(eq(mfaPins.id, pin.id));
    await recordSecondFactorFailure(ctx, session, origin, pin.channel, burned ? 'wrong_code_burned' : 'wrong_code');
    const attemptsLeft = PIN_MAX_WRONG_ATTEMPTS - wrongAttempts;
    throw new DomainError(
      'invalid_code',
      burned
        ? 'Too many wrong codes. This code can no longer be used: send a new code.'
        : `That code is not right. You have ${attemptsLeft} ${attemptsLeft === 1 ? 'try' : 'tries'} left.`,
      { code: burned ? 'Send a new code.' : 'That code is not right.' },
      { attemptsLeft },
    );
  }

  return ctx.db.transaction(async (tx) => {
    await tx.update(mfaPins).set({ closedAt: now }).where(eq(mfaPins.id, pin.id));
    if (pin.enrolling) {
      const user = await loadUserSecrets(tx, session.user.id);
      await tx
        .update(users)
        .set({
          mfaMethod: pin.channel,
          mfaPhone: pin.channel === 'sms' ? pin.destination : null,
          totpSecretEncrypted: null,
          totpLastTimeStep: null,
          credentialGeneration: user.credentialGeneration + 1,
        })
        .where(eq(users.id, user.id));
      await recordAudit(tx, ctx.clock, {
        action: 'auth.mfa.enrol',
        outcome: 'success',
        actor: actorOf(session, origin),
        objectType: 'user',
        objectId: user.id,
        details: { method: pin.channel },
      });
    }
    return completeSignIn(ctx, tx, session, origin, input.rememberDevice, pin.channel);
  });
}
