import { asc, eq, inArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { CallerOffice, officeSearchSchema } from '../../contracts/intake.ts';
import { offices } from '../../db/schema/offices.ts';
import { officePractitioners, practitioners } from '../../db/schema/practitioners.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';

/**
 * The offices a caller may be calling from (C10): by an NPI (the office's own, or a practitioner's
 * on its account) or a TIN (the office's, or a practitioner's on its account). Office details are
 * not PHI; the agent reads them to confirm who is calling before acting for the office.
 */
export async function findCallerOffices(ctx: AppContext, actor: Actor, input: z.output<typeof officeSearchSchema>): Promise<CallerOffice[]> {
  await authorize(ctx, actor, 'intake.calls', { kind: 'system' });
  const matches =
    input.q.length === 10
      ? or(eq(offices.npi, input.q), eq(officePractitioners.npi, input.q))
      : or(eq(offices.tin, input.q), eq(practitioners.tin, input.q));
  const found = await ctx.db
    .selectDistinct({
      id: offices.id,
      name: offices.name,
      address: offices.address,
      city: offices.city,
      state: offices.state,
      zip: offices.zip,
      phone: offices.phone,
      npi: offices.npi,
      tin: offices.tin,
    })
    .from(offices)
    .leftJoin(officePractitioners, eq(officePractitioners.officeId, offices.id))
    .leftJoin(practitioners, eq(practitioners.npi, officePractitioners.npi))
    .where(matches)
    .orderBy(asc(offices.name))
    .limit(25);
  if (found.length === 0) {
    return [];
  }
  const onAccounts = await ctx.db
    .selectDistinct({ officeId: officePractitioners.officeId, npi: officePractitioners.npi })
    .from(officePractitioners)
    .where(inArray(officePractitioners.officeId, found.map((office) => office.id)))
    .orderBy(asc(officePractitioners.npi));
  return found.map((office) => ({ ...office, practitionerNpis: onAccounts.filter((entry) => entry.officeId === office.id).map((entry) => entry.npi) }));
}
