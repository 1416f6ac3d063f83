import type { SQL } from 'drizzle-orm';
import type { Queryable } from './client.ts';

/**
 * Runs raw SQL and returns its rows. The shared Database type cannot know the driver's
 * result shape (PGlite and node-postgres differ), but both put the rows in `rows`.
 */
export async function executeRows<Row extends Record<string, unknown>>(db: Queryable, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as { rows?: Row[] };
  if (!Array.isArray(result.rows)) {
    throw new Error('executeRows: the driver returned no rows array');
  }
  return result.rows;
}
