import { asc } from 'drizzle-orm';
import type { OfficeOption } from '../../contracts/admin.ts';
import { offices } from '../../db/schema/offices.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';

/** The offices a system administrator can place a new office user in. */
export async function listOffices(ctx: AppContext, actor: Actor): Promise<OfficeOption[]> {
  await authorize(ctx, actor, 'staff.users.manage', { kind: 'system' });
  return ctx.db
    .select({ id: offices.id, name: offices.name, city: offices.city, state: offices.state })
    .from(offices)
    .orderBy(asc(offices.name))
    .limit(2000);
}
