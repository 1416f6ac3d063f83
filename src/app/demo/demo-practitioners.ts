import { eq, inArray } from 'drizzle-orm';
import { offices } from '../../db/schema/offices.ts';
import { officePractitioners } from '../../db/schema/practitioners.ts';
import { users } from '../../db/schema/users.ts';
import { demoPainPhysicianIllinois, demoRadiationOncologist } from '../../content/catalogue/demo-fixtures.ts';
import type { AppContext } from '../context.ts';

/**
 * Puts one practitioner on each demo office's account, so the demo offices look lived-in;
 * the others stay in the registry for people to add themselves. Safe to run on every start.
 */
export async function addDemoPractitioners(ctx: AppContext): Promise<void> {
  const plan = [
    { officeName: 'Riverside Oncology Associates', admin: 'demo.office', practitioner: demoRadiationOncologist },
    { officeName: 'Lakeside Orthopedics', admin: 'demo.lakeside', practitioner: demoPainPhysicianIllinois },
  ];
  const adminRows = await ctx.db
    .select({ id: users.id, userName: users.userName, officeId: users.officeId })
    .from(users)
    .where(inArray(users.userName, plan.map((entry) => entry.admin)));
  for (const entry of plan) {
    const admin = adminRows.find((row) => row.userName === entry.admin);
    const location = entry.practitioner.locations[0];
    if (!admin?.officeId || !location) {
      continue;
    }
    const [office] = await ctx.db.select({ name: offices.name }).from(offices).where(eq(offices.id, admin.officeId));
    if (office?.name !== entry.officeName) {
      continue; // renamed or replaced by a person: leave their account alone
    }
    await ctx.db
      .insert(officePractitioners)
      .values({ officeId: admin.officeId, npi: entry.practitioner.npi, locationId: location.id, addedByUserId: admin.id, addedAt: ctx.clock.now() })
      .onConflictDoNothing();
  }
}
