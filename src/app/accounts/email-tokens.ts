import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { userTokens } from '../../db/schema/auth.ts';
import { users } from '../../db/schema/users.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { hashToken, newToken } from '../security/tokens.ts';

export type TokenPurpose = 'verify_email' | 'reset_password';

/** Creates a single-use emailed token and retires any earlier unused one for the same purpose. */
export async function issueEmailToken(tx: Queryable, now: Date, userId: string, purpose: TokenPurpose, lifetimeMs: number): Promise<string> {
  await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt)));
  const token = newToken();
  await tx.insert(userTokens).values({
    tokenHash: hashToken(token),
    userId,
    purpose,
    createdAt: now,
    expiresAt: new Date(now.getTime() + lifetimeMs),
  });
  return token;
}

const INVALID_LINK = 'This link is not valid any more: it may have expired or been used already. Ask for a new one with Forgot Password.';

/** Finds the user a live token belongs to, or throws invalid_token. Does not use the token up. */
export async function findTokenUser(db: Queryable, now: Date, token: string, purpose: TokenPurpose) {
  const [row] = await db
    .select({ tokenHash: userTokens.tokenHash, user: users })
    .from(userTokens)
    .innerJoin(users, eq(users.id, userTokens.userId))
    .where(
      and(
        eq(userTokens.tokenHash, hashToken(token)),
        eq(userTokens.purpose, purpose),
        isNull(userTokens.usedAt),
        gt(userTokens.expiresAt, now),
      ),
    );
  if (!row || row.user.status === 'disabled') {
    throw new DomainError('invalid_token', INVALID_LINK);
  }
  return row;
}

/** Marks a token used; fails if another request used it first (single use under concurrency). */
export async function consumeToken(tx: Queryable, now: Date, tokenHash: string): Promise<void> {
  const used = await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.tokenHash, tokenHash), isNull(userTokens.usedAt)))
    .returning({ tokenHash: userTokens.tokenHash });
  if (used.length === 0) {
    throw new DomainError('invalid_token', INVALID_LINK);
  }
}
