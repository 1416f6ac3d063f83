import { and, asc, eq, like } from 'drizzle-orm';
import type { OfficePractitioner, PractitionerMatch } from '../../contracts/account.ts';
import { officePractitioners, practitionerLocations, practitioners } from '../../db/schema/practitioners.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { isValidNpi } from '../../domain/practitioners/npi.ts';
import { DomainError, notFound } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';

/** The columns both the registry search and the account's list show for a practitioner at an address. */
const practitionerAtLocation = {
  npi: practitioners.npi,
  firstName: practitioners.firstName,
  lastName: practitioners.lastName,
  credential: practitioners.credential,
  specialty: practitioners.specialty,
  address: practitionerLocations.address,
  city: practitionerLocations.city,
  state: practitionerLocations.state,
  zip: practitionerLocations.zip,
  phone: practitionerLocations.phone,
  fax: practitionerLocations.fax,
};

const displayName = (p: { firstName: string; lastName: string; credential: string }) =>
  `${p.lastName}, ${p.firstName}${p.credential ? ` ${p.credential}` : ''}`;

/** Add Practitioner: the registry records matching an NPI at a state and zip. */
export async function searchPractitioners(
  ctx: AppContext,
  actor: Actor,
  input: { npi: string; state: string; zip: string },
): Promise<PractitionerMatch[]> {
  await authorize(ctx, actor, 'account.practitioners.manage', ownOffice(actor));
  if (!isValidNpi(input.npi)) {
    const message = 'This NPI is not valid: its last digit does not match (check digit). Check the number and try again.';
    throw new DomainError('validation', message, { npi: message });
  }
  const rows = await ctx.db
    .select({
      locationId: practitionerLocations.id,
      ...practitionerAtLocation,
      onAccount: officePractitioners.id,
    })
    .from(practitionerLocations)
    .innerJoin(practitioners, eq(practitioners.npi, practitionerLocations.npi))
    .leftJoin(
      officePractitioners,
      and(eq(officePractitioners.locationId, practitionerLocations.id), eq(officePractitioners.officeId, actor.officeId as string)),
    )
    .where(
      and(
        eq(practitionerLocations.npi, input.npi),
        eq(practitionerLocations.state, input.state),
        like(practitionerLocations.zip, `${input.zip.slice(0, 5)}%`),
      ),
    )
    .orderBy(asc(practitionerLocations.address));
  return rows.map(({ onAccount, firstName, lastName, credential, ...row }) => ({
    ...row,
    credential,
    name: displayName({ firstName, lastName, credential }),
    alreadyOnAccount: onAccount !== null,
  }));
}

export async function listOfficePractitioners(ctx: AppContext, actor: Actor): Promise<OfficePractitioner[]> {
  await authorize(ctx, actor, 'account.practitioners.read', ownOffice(actor));
  const rows = await ctx.db
    .select({
      id: officePractitioners.id,
      ...practitionerAtLocation,
      addedAt: officePractitioners.addedAt,
    })
    .from(officePractitioners)
    .innerJoin(practitioners, eq(practitioners.npi, officePractitioners.npi))
    .innerJoin(practitionerLocations, eq(practitionerLocations.id, officePractitioners.locationId))
    .where(eq(officePractitioners.officeId, actor.officeId as string))
    .orderBy(asc(practitioners.lastName), asc(practitioners.firstName));
  return rows.map((row) => ({ ...row, name: displayName(row), addedAt: row.addedAt.toISOString() }));
}

export async function addOfficePractitioner(ctx: AppContext, actor: Actor, locationId: string): Promise<OfficePractitioner> {
  await authorize(ctx, actor, 'account.practitioners.manage', ownOffice(actor));
  const officeId = actor.officeId as string;
  const [location] = await ctx.db.select().from(practitionerLocations).where(eq(practitionerLocations.id, locationId));
  if (!location) {
    throw notFound('The practitioner record');
  }
  const id = await ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(officePractitioners)
      .values({ officeId, npi: location.npi, locationId, addedByUserId: actor.userId, addedAt: ctx.clock.now() })
      .onConflictDoNothing()
      .returning({ id: officePractitioners.id });
    if (inserted.length === 0) {
      throw new DomainError('conflict', 'This practitioner is already on your account.');
    }
    await recordAudit(tx, ctx.clock, {
      action: 'practitioner.add',
      outcome: 'success',
      actor,
      objectType: 'practitioner',
      objectId: location.npi,
    });
    return inserted[0]?.id;
  });
  const added = (await listOfficePractitioners(ctx, actor)).find((practitioner) => practitioner.id === id);
  if (!added) {
    throw notFound('The practitioner');
  }
  return added;
}

/** Removing a row of another office answers 404, the same as a row that does not exist. */
export async function removeOfficePractitioner(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await authorize(ctx, actor, 'account.practitioners.manage', ownOffice(actor));
  await ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(officePractitioners)
      .where(and(eq(officePractitioners.id, id), eq(officePractitioners.officeId, actor.officeId as string)))
      .returning({ npi: officePractitioners.npi });
    if (removed.length === 0) {
      throw notFound('The practitioner');
    }
    await recordAudit(tx, ctx.clock, {
      action: 'practitioner.remove',
      outcome: 'success',
      actor,
      objectType: 'practitioner',
      objectId: removed[0]?.npi,
    });
  });
}
