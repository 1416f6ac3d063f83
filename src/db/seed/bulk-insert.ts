import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../client.ts';
import { executeRows } from '../execute-rows.ts';

export interface BulkInsertOptions {
  /** Rows per statement. */
  batchSize?: number;
  /** Skip rows that hit a unique constraint, so re-running a seed is harmless. */
  onConflictDoNothing?: boolean;
  /** A key of the row: the call returns that value for every row actually inserted. */
  returning?: string;
}

/**
 * Inserts many rows with `insert … select * from unnest($1::text[], $2::date[], …)`: one
 * array parameter per column instead of one parameter per value. That keeps each statement
 * small for the parser (PGlite parses in WebAssembly), stays far below PostgreSQL's 65,535
 * parameter limit at any batch size, and works the same on PGlite and node-postgres, which
 * both serialise JavaScript arrays to PostgreSQL arrays.
 *
 * Every row must have the same keys (the columns of the first row are the ones inserted);
 * `undefined` becomes NULL. With `returning`, the result lists that column's value for each
 * inserted row, so a caller can tell which rows a conflict skipped.
 */
export async function bulkInsert<TTable extends PgTable>(
  db: Queryable,
  table: TTable,
  rows: readonly TTable['$inferInsert'][],
  options: BulkInsertOptions = {},
): Promise<unknown[]> {
  const first = rows[0];
  if (!first) {
    return [];
  }
  const batchSize = options.batchSize ?? 5_000;
  const columnsByKey = getTableColumns(table);
  const keys = Object.keys(first);
  const columns = keys.map((key) => {
    const column = columnsByKey[key];
    if (!column) {
      throw new Error(`bulkInsert: ${getTableName(table)} has no column for key ${key}`);
    }
    return column;
  });
  const returningColumn = options.returning === undefined ? undefined : columnsByKey[options.returning];
  if (options.returning !== undefined && !returningColumn) {
    throw new Error(`bulkInsert: ${getTableName(table)} has no column for key ${options.returning}`);
  }
  const returned: unknown[] = [];
  const columnList = sql.join(
    columns.map((column) => sql.identifier(column.name)),
    sql`, `,
  );
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const arrays: SQL[] = columns.map((column, index) => {
      const key = keys[index] as string;
      const values = batch.map((row) => (row as Record<string, unknown>)[key] ?? null);
      // The cast type comes from our own schema, never from input, so sql.raw is safe here.
      return sql`${sql.param(values)}::${sql.raw(column.getSQLType())}[]`;
    });
    const conflict = options.onConflictDoNothing ? sql` on conflict do nothing` : sql``;
    const returning = returningColumn ? sql` returning ${sql.identifier(returningColumn.name)} as value` : sql``;
    const inserted = await executeRows<{ value: unknown }>(
      db,
      sql`insert into ${table} (${columnList}) select * from unnest(${sql.join(arrays, sql`, `)})${conflict}${returning}`,
    );
    returned.push(...inserted.map((row) => row.value));
  }
  return returned;
}
