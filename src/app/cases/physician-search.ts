import { and, asc, eq, ilike, like } from 'drizzle-orm';
import type { z } from 'zod';
import type { PhysicianMatch, physicianSearchSchema } from '../../contracts/cases.ts';
import { practitionerLocations, practitioners } from '../../db/schema/practitioners.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';

/** Wildcards typed by a person are matched literally. */
const literal = (value: string) => value.replace(/[\\%_]/g, (match) => `\\${match}`);

/**
 * "Requesting Physician Information" for DME suppliers: the practitioner registry by NPI or
 * TIN, narrowed by last name, city and zip. Directory data, not PHI.
 */
export async function searchPhysicians(ctx: AppContext, actor: Actor, search: z.output<typeof physicianSearchSchema>): Promise<PhysicianMatch[]> {
  await authorize(ctx, actor, 'cases.create', ownOffice(actor));
  const rows = await ctx.db
    .select({
      locationId: practitionerLocations.id,
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
    })
    .from(practitionerLocations)
    .innerJoin(practitioners, eq(practitioners.npi, practitionerLocations.npi))
    .where(
      and(
        search.npi ? eq(practitioners.npi, search.npi) : undefined,
        search.tin ? eq(practitioners.tin, search.tin) : undefined,
        search.lastName ? ilike(practitioners.lastName, `${literal(search.lastName)}%`) : undefined,
        search.city ? ilike(practitionerLocations.city, literal(search.city)) : undefined,
        search.zip ? like(practitionerLocations.zip, `${search.zip}%`) : undefined,
      ),
    )
    .orderBy(asc(practitioners.lastName), asc(practitionerLocations.city))
    .limit(50);
  return rows.map(({ firstName, lastName, credential, ...row }) => ({ ...row, name: `${lastName}, ${firstName}${credential ? ` ${credential}` : ''}` }));
}
