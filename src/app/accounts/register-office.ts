import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { registrationSchema } from '../../contracts/auth.ts';
import { offices } from '../../db/schema/offices.ts';
import { users } from '../../db/schema/users.ts';
import { addressBucket } from '../../domain/accounts/throttle-rules.ts';
import { DAY } from '../../domain/shared/clock.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import { assertNotThrottled, recordFailure, throttleKeys } from '../auth/throttle.ts';
import { findUserByName, type RequestOrigin } from '../auth/sign-in.ts';
import { issueEmailToken } from './email-tokens.ts';
import { messages } from './messages.ts';

export type Registration = z.output<typeof registrationSchema>;

export const REGISTRATION_ACCEPTED = (email: string) =>
  `Thank you for registering. We have sent an email to ${email} with a link to create your password. The link works for 24 hours.`;

/**
 * Registers a provider office and its first user, who becomes the office administrator.
 * The answer is the same whether or not the user name is free: when it is taken, the
 * email explains instead, so the form cannot be used to discover user names.
 */
export async function registerOffice(ctx: AppContext, input: Registration, origin: RequestOrigin): Promise<{ message: string }> {
  const now = ctx.clock.now();
  const formKey = throttleKeys.publicForm('register', addressBucket(origin.ipAddress));
  await assertNotThrottled(ctx.db, [formKey], now, 'Too many registrations from your network.');

  await ctx.db.transaction(async (tx) => {
    // Every registration counts toward the per-address limit, successful or not.
    await recordFailure(tx, [formKey], now);
    const existing = await findUserByName(tx, input.userName);
    if (existing) {
      await enqueueMessage(tx, ctx.clock, { channel: 'email', recipient: input.email, ...messages.userNameTaken(ctx.config.PUBLIC_URL, input.userName) });
      await recordAudit(tx, ctx.clock, {
        action: 'account.register',
        outcome: 'failure',
        ipAddress: origin.ipAddress,
        details: { reason: 'user_name_taken' },
      });
      return;
    }
    const [office] = await tx
      .insert(offices)
      .values({
        name: input.officeName,
        address: input.address,
        city: input.city,
        state: input.state,
        zip: input.zip,
        phone: input.phone,
        fax: input.fax ?? null,
        npi: input.npi ?? null,
        tin: input.tin ?? null,
        portalPreference: input.portalPreference,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: offices.id });
    if (!office) {
      throw new Error('office insert returned nothing');
    }
    const [user] = await tx
      .insert(users)
      .values({
        userName: input.userName,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone,
        phoneExtension: input.phoneExtension ?? null,
        role: 'office_admin',
        officeId: office.id,
        status: 'pending_verification',
        createdAt: now,
      })
      .returning({ id: users.id });
    if (!user) {
      throw new Error('user insert returned nothing');
    }
    await tx.update(offices).set({ primaryContactUserId: user.id }).where(eq(offices.id, office.id));
    const token = await issueEmailToken(tx, now, user.id, 'verify_email', DAY);
    await enqueueMessage(tx, ctx.clock, {
      channel: 'email',
      recipient: input.email,
      ...messages.verifyEmail(ctx.config.PUBLIC_URL, token, input.userName),
      relatedUserId: user.id,
      relatedOfficeId: office.id,
    });
    await recordAudit(tx, ctx.clock, {
      action: 'account.register',
      outcome: 'success',
      ipAddress: origin.ipAddress,
      officeId: office.id,
      objectType: 'user',
      objectId: user.id,
    });
  });
  return { message: REGISTRATION_ACCEPTED(input.email) };
}
