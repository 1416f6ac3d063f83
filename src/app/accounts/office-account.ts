import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { AccountView, accountUpdateSchema } from '../../contracts/account.ts';
import { offices } from '../../db/schema/offices.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { decide } from '../../domain/access/policy.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';

/** Manage Your Account: the office, its primary contact and the signed-in user. */
export async function getAccount(ctx: AppContext, actor: Actor): Promise<AccountView> {
  await authorize(ctx, actor, 'account.read', ownOffice(actor));
  const officeId = actor.officeId as string;
  const [office] = await ctx.db.select().from(offices).where(eq(offices.id, officeId));
  const [me] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!office || !me) {
    throw notFound('The account');
  }
  const [contact] = office.primaryContactUserId
    ? await ctx.db
        .select({ firstName: users.firstName, lastName: users.lastName, email: users.email, phone: users.phone })
        .from(users)
        .where(eq(users.id, office.primaryContactUserId))
    : [];
  return {
    office: {
      id: office.id,
      name: office.name,
      address: office.address,
      city: office.city,
      state: office.state,
      zip: office.zip,
      phone: office.phone,
      fax: office.fax,
      npi: office.npi,
      tin: office.tin,
    },
    primaryContact: contact ? { name: `${contact.firstName} ${contact.lastName}`, email: contact.email, phone: contact.phone } : null,
    me: {
      userName: me.userName,
      firstName: me.firstName,
      lastName: me.lastName,
      email: me.email,
      phone: me.phone,
      role: me.role,
      mfaMethod: me.mfaMethod,
    },
    canEdit: decide(actor, 'account.update', ownOffice(actor)) === 'allow',
  };
}

/** Edit account: office name and address, and the primary contact's email. */
export async function updateAccount(ctx: AppContext, actor: Actor, input: z.output<typeof accountUpdateSchema>): Promise<AccountView> {
  await authorize(ctx, actor, 'account.update', ownOffice(actor));
  const officeId = actor.officeId as string;
  await ctx.db.transaction(async (tx) => {
    const [office] = await tx
      .update(offices)
      .set({ name: input.officeName, address: input.address, city: input.city, state: input.state, zip: input.zip, phone: input.phone, fax: input.fax ?? null, updatedAt: ctx.clock.now() })
      .where(eq(offices.id, officeId))
      .returning({ primaryContactUserId: offices.primaryContactUserId });
    if (office?.primaryContactUserId) {
      await tx.update(users).set({ email: input.contactEmail }).where(eq(users.id, office.primaryContactUserId));
    }
    await recordAudit(tx, ctx.clock, {
      action: 'account.update',
      outcome: 'success',
      actor,
      objectType: 'office',
      objectId: officeId,
      details: { fields: Object.keys(input) },
    });
  });
  return getAccount(ctx, actor);
}
