import { and, asc, desc, eq, gte, isNull, like, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';
import { clinicalCodes } from '../../db/schema/reference.ts';
import type { CodeSearchResult } from '../../contracts/reference.ts';
import { displayCode, parseCodeQuery, prefixTsQuery, type CodeSystem } from '../../domain/reference/code-query.ts';

export interface CodeSearchParams {
  system: CodeSystem;
  q: string;
  limit: number;
  /** Leave out ICD-10-CM category headers (E11), which cannot be requested or billed. */
  billableOnly: boolean;
  /**
   * A date (YYYY-MM-DD) the code must be valid on: HCPCS codes added later or terminated
   * earlier are left out. Absent: every code, current or not.
   */
  activeOn?: string | undefined;
}

/**
 * The code search as a signed-in user asks for it: every role may look codes up (the policy
 * says so), and the lookup is not PHI, so nothing is audited.
 */
export async function searchCodesAs(ctx: AppContext, actor: Actor, params: CodeSearchParams): Promise<CodeSearchResult[]> {
  await authorize(ctx, actor, 'reference.read', { kind: 'system' });
  return searchCodes(ctx.db, params);
}

/**
 * The code picker behind every "lookup by code or description" field. Not PHI, so no audit.
 * A code-shaped query ("e119") that matches nothing is retried as words, because short
 * words such as "a1c" look like codes too.
 */
export async function searchCodes(db: Queryable, params: CodeSearchParams): Promise<CodeSearchResult[]> {
  const query = parseCodeQuery(params.q);
  if (query.kind === 'code') {
    const byCode = await searchByCodePrefix(db, params, query.prefix);
    if (byCode.length > 0) {
      return byCode;
    }
    return searchByWords(db, params, [query.prefix.toLowerCase()]);
  }
  return searchByWords(db, params, query.words);
}

const resultColumns = {
  system: clinicalCodes.system,
  code: clinicalCodes.code,
  description: clinicalCodes.description,
  billable: clinicalCodes.billable,
};

function commonFilters(params: CodeSearchParams): SQL[] {
  const filters: SQL[] = [eq(clinicalCodes.system, params.system)];
  if (params.billableOnly) {
    filters.push(eq(clinicalCodes.billable, true));
  }
  if (params.activeOn) {
    filters.push(or(isNull(clinicalCodes.effectiveFrom), lte(clinicalCodes.effectiveFrom, params.activeOn)) as SQL);
    filters.push(or(isNull(clinicalCodes.terminatedOn), gte(clinicalCodes.terminatedOn, params.activeOn)) as SQL);
  }
  return filters;
}

async function searchByCodePrefix(db: Queryable, params: CodeSearchParams, prefix: string): Promise<CodeSearchResult[]> {
  // The prefix holds only letters and digits (parseCodeQuery), so it has no LIKE wildcards to escape.
  const rows = await db
    .select(resultColumns)
    .from(clinicalCodes)
    .where(and(like(clinicalCodes.code, `${prefix}%`), ...commonFilters(params)))
    .orderBy(asc(clinicalCodes.code))
    .limit(params.limit);
  return rows.map(toResult);
}

async function searchByWords(db: Queryable, params: CodeSearchParams, words: string[]): Promise<CodeSearchResult[]> {
  if (words.length === 0) {
    return [];
  }
  // The tsquery text is a bound parameter built from letters and digits only.
  const tsQuery = sql`to_tsquery('simple', ${prefixTsQuery(words)})`;
  // Normalisation 1 divides by the log of the document length, so "Type 2 diabetes mellitus
  // without complications" ranks above the long combination codes that also mention both words.
  const rank = sql<number>`ts_rank(${clinicalCodes.search}, ${tsQuery}, 1)`;
  const rows = await db
    .select(resultColumns)
    .from(clinicalCodes)
    .where(and(sql`${clinicalCodes.search} @@ ${tsQuery}`, ...commonFilters(params)))
    .orderBy(desc(rank), asc(clinicalCodes.code))
    .limit(params.limit);
  return rows.map(toResult);
}

function toResult(row: { system: CodeSystem; code: string; description: string; billable: boolean }): CodeSearchResult {
  return {
    system: row.system,
    code: row.code,
    displayCode: displayCode(row.system, row.code),
    description: row.description,
    billable: row.billable,
  };
}
