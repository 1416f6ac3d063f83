import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createUserSchema, updateUserSchema, UserSummary } from '../../contracts/admin.ts';
import { offices } from '../../db/schema/offices.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { decide } from '../../domain/access/policy.ts';
import { isOfficeRole, roleLabels, type Role } from '../../domain/accounts/roles.ts';
import { DAY } from '../../domain/shared/clock.ts';
import { DomainError, forbidden, notFound } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import { endAllSessions } from '../auth/sessions.ts';
import { findUserByName } from '../auth/sign-in.ts';
import { issueEmailToken } from './email-tokens.ts';
import { messages } from './messages.ts';

/**
 * Who manages whom: a system administrator manages every user; an office administrator
 * manages the office roles of their own office. Users of other offices are not found.
 */
type Scope = { kind: 'everyone' } | { kind: 'office'; officeId: string };

async function scopeOf(ctx: AppContext, actor: Actor): Promise<Scope> {
  if (decide(actor, 'staff.users.manage', { kind: 'system' }) === 'allow') {
    return { kind: 'everyone' };
  }
  await authorize(ctx, actor, 'office.users.manage', ownOffice(actor));
  return { kind: 'office', officeId: actor.officeId as string };
}

function mayAssign(scope: Scope, role: Role): boolean {
  return scope.kind === 'everyone' || isOfficeRole(role);
}

const summaryColumns = {
  id: users.id,
  userName: users.userName,
  firstName: users.firstName,
  lastName: users.lastName,
  email: users.email,
  role: users.role,
  status: users.status,
  officeId: users.officeId,
  officeName: offices.name,
  mfaMethod: users.mfaMethod,
  createdAt: users.createdAt,
};

type SummaryRow = Omit<UserSummary, 'role' | 'roleLabel' | 'createdAt'> & { role: Role; createdAt: Date };

function toSummary(row: SummaryRow): UserSummary {
  return { ...row, roleLabel: roleLabels[row.role], createdAt: row.createdAt.toISOString() };
}

export async function listUsers(ctx: AppContext, actor: Actor): Promise<UserSummary[]> {
  const scope = await scopeOf(ctx, actor);
  const rows = await ctx.db
    .select(summaryColumns)
    .from(users)
    .leftJoin(offices, eq(offices.id, users.officeId))
    .where(scope.kind === 'office' ? eq(users.officeId, scope.officeId) : undefined)
    .orderBy(desc(users.createdAt))
    .limit(500);
  return rows.map(toSummary);
}

async function loadManagedUser(ctx: AppContext, scope: Scope, userId: string): Promise<UserSummary> {
  const [row] = await ctx.db.select(summaryColumns).from(users).leftJoin(offices, eq(offices.id, users.officeId)).where(eq(users.id, userId));
  if (!row || (scope.kind === 'office' && row.officeId !== scope.officeId)) {
    throw notFound('The user');
  }
  return toSummary(row);
}

/** Creates a user and emails them a link to verify their email and set a password. */
export async function createUser(ctx: AppContext, actor: Actor, input: z.output<typeof createUserSchema>): Promise<UserSummary> {
  const scope = await scopeOf(ctx, actor);
  if (!mayAssign(scope, input.role)) {
    throw forbidden();
  }
  const officeId = isOfficeRole(input.role) ? (scope.kind === 'office' ? scope.officeId : input.officeId) : null;
  if (isOfficeRole(input.role) && !officeId) {
    throw new DomainError('validation', 'Choose the office this user belongs to.', { officeId: 'Choose an office.' });
  }
  if (officeId && scope.kind === 'everyone') {
    const [office] = await ctx.db.select({ id: offices.id }).from(offices).where(eq(offices.id, officeId));
    if (!office) {
      throw new DomainError('validation', 'That office does not exist.', { officeId: 'That office does not exist.' });
    }
  }
  const now = ctx.clock.now();
  const id = await ctx.db.transaction(async (tx) => {
    // Administrators need to know a name is taken; this form is behind sign-in, so it reveals nothing to outsiders.
    if (await findUserByName(tx, input.userName)) {
      throw new DomainError('conflict', 'That user name is already in use. Choose another.', { userName: 'That user name is already in use.' });
    }
    const [created] = await tx
      .insert(users)
      .values({
        userName: input.userName,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone ?? null,
        role: input.role,
        officeId,
        status: 'pending_verification',
        createdAt: now,
        createdByUserId: actor.userId,
      })
      .returning({ id: users.id });
    if (!created) {
      throw new Error('user insert returned nothing');
    }
    const [inviter] = await tx.select({ firstName: users.firstName, lastName: users.lastName }).from(users).where(eq(users.id, actor.userId));
    const token = await issueEmailToken(tx, now, created.id, 'verify_email', 3 * DAY);
    await enqueueMessage(tx, ctx.clock, {
      channel: 'email',
      recipient: input.email,
      ...messages.invitation(ctx.config.PUBLIC_URL, token, input.userName, inviter ? `${inviter.firstName} ${inviter.lastName}` : 'An administrator'),
      relatedUserId: created.id,
      relatedOfficeId: officeId,
    });
    await recordAudit(tx, ctx.clock, {
      action: 'user.create',
      outcome: 'success',
      actor,
      officeId,
      objectType: 'user',
      objectId: created.id,
      details: { role: input.role },
    });
    return created.id;
  });
  return loadManagedUser(ctx, scope, id);
}

/** Changes a user's role or disables/enables them; disabling ends their sessions at once. */
export async function updateUser(ctx: AppContext, actor: Actor, userId: string, input: z.output<typeof updateUserSchema>): Promise<UserSummary> {
  const scope = await scopeOf(ctx, actor);
  const target = await loadManagedUser(ctx, scope, userId);
  if (userId === actor.userId) {
    throw new DomainError('validation', 'You cannot change your own role or status. Ask another administrator.');
  }
  if (input.role && (!mayAssign(scope, input.role) || isOfficeRole(input.role) !== (target.officeId !== null))) {
    throw new DomainError('validation', 'That role does not fit this user: office roles belong to office users, staff roles to staff.', {
      role: 'Choose a role of the same kind.',
    });
  }
  if (input.status && target.status === 'pending_verification') {
    throw new DomainError('validation', 'This user has not verified their email yet.');
  }
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...(input.role ? { role: input.role } : {}), ...(input.status ? { status: input.status } : {}) })
      .where(eq(users.id, userId));
    if (input.status === 'disabled' || (input.role && input.role !== target.role)) {
      // A new role means new permissions: make the user sign in again to get them.
      await endAllSessions(tx, userId);
    }
    await recordAudit(tx, ctx.clock, {
      action: 'user.update',
      outcome: 'success',
      actor,
      officeId: target.officeId,
      objectType: 'user',
      objectId: userId,
      details: { ...input, previousRole: target.role, previousStatus: target.status },
    });
  });
  return loadManagedUser(ctx, scope, userId);
}

