import { and, eq, gt } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { trustedDevices } from '../../db/schema/auth.ts';
import { TRUSTED_DEVICE_DAYS } from '../../domain/accounts/second-factor.ts';
import { DAY } from '../../domain/shared/clock.ts';
import { hashToken, newToken } from '../security/tokens.ts';

export interface DeviceCookie {
  token: string;
  expiresAt: Date;
}

export async function rememberDevice(
  tx: Queryable,
  now: Date,
  user: { id: string; credentialGeneration: number },
  userAgent: string | null,
): Promise<DeviceCookie> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + TRUSTED_DEVICE_DAYS * DAY);
  await tx.insert(trustedDevices).values({
    tokenHash: hashToken(token),
    userId: user.id,
    credentialGeneration: user.credentialGeneration,
    createdAt: now,
    expiresAt,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

/**
 * Uses a remembered-device cookie: valid only for the same user, before it expires, and
 * while the user's password and MFA settings are unchanged. A valid one is replaced by a
 * new token (same expiry), so a copied cookie works at most once.
 */
export async function redeemDevice(
  tx: Queryable,
  now: Date,
  token: string,
  user: { id: string; credentialGeneration: number },
): Promise<DeviceCookie | null> {
  const [device] = await tx
    .delete(trustedDevices)
    .where(
      and(
        eq(trustedDevices.tokenHash, hashToken(token)),
        eq(trustedDevices.userId, user.id),
        eq(trustedDevices.credentialGeneration, user.credentialGeneration),
        gt(trustedDevices.expiresAt, now),
      ),
    )
    .returning();
  if (!device) {
    return null;
  }
  const replacement = newToken();
  await tx.insert(trustedDevices).values({ ...device, tokenHash: hashToken(replacement) });
  return { token: replacement, expiresAt: device.expiresAt };
}

export async function forgetAllDevices(tx: Queryable, userId: string): Promise<void> {
  await tx.delete(trustedDevices).where(eq(trustedDevices.userId, userId));
}
