import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { cases } from '../../db/schema/cases.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import type { AppContext } from '../context.ts';
import type { CaseRow } from './case-view.ts';
import { inProgressExpiry } from './case-policy.ts';

/**
 * Every change to an in-progress request: only if the person was looking at the latest version
 * (409 otherwise, so two tabs cannot overwrite each other), and it restarts the resume window.
 */
export async function saveCaseVersion(
  ctx: AppContext,
  tx: Queryable,
  row: CaseRow,
  version: number,
  changes: Partial<typeof cases.$inferInsert>,
): Promise<CaseRow> {
  const [updated] = await tx
    .update(cases)
    .set({
      ...changes,
      expiresAt: await inProgressExpiry(ctx, tx, { ...row, ...changes }),
      version: row.version + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(and(eq(cases.id, row.id), eq(cases.version, version)))
    .returning();
  if (!updated) {
    throw new DomainError('conflict', 'This request was changed in another window. Reload it to see the latest version.');
  }
  return updated;
}
