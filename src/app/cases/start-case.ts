import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { CaseView, startCaseSchema } from '../../contracts/cases.ts';
import { cases } from '../../db/schema/cases.ts';
import { programs } from '../../db/schema/plans.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { describeCase } from './case-view.ts';
import { inProgressExpiry } from './case-policy.ts';
import { requestChannel } from '../intake/channel.ts';

/** Step 1 of Clinical Certification: choosing the program starts an in-progress request. */
export async function startCase(ctx: AppContext, actor: Actor, input: z.output<typeof startCaseSchema>): Promise<CaseView> {
  await authorize(ctx, actor, 'cases.create', ownOffice(actor));
  const [program] = await ctx.db.select({ code: programs.code }).from(programs).where(eq(programs.code, input.programCode));
  if (!program) {
    throw new DomainError('validation', 'Choose one of the programs listed.', { programCode: 'Choose one of the programs listed.' });
  }
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(cases)
      .values({
        officeId: actor.officeId as string,
        createdByUserId: actor.userId,
        channel: requestChannel(actor),
        status: 'in_progress',
        programCode: input.programCode,
        programPath: input.programPath ?? null,
        currentStep: 'provider',
        expiresAt: await inProgressExpiry(ctx, tx, { planId: null, lineOfBusiness: null, programCode: input.programCode }),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) {
      throw new Error('case insert returned nothing');
    }
    await recordAudit(tx, ctx.clock, { action: 'case.start', outcome: 'success', actor, objectType: 'case', objectId: row.id, details: { programCode: input.programCode, channel: requestChannel(actor) } });
    return describeCase(tx, row);
  });
}
