import { and, asc, count, desc, eq, gte, ilike, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { statusTabs, type CaseWorklistPage, type worklistQuerySchema } from '../../contracts/cases.ts';
import { cases } from '../../db/schema/cases.ts';
import { caseDocuments } from '../../db/schema/documents.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudits } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';

type WorklistQuery = z.output<typeof worklistQuerySchema>;

/**
 * The columns every list of an office's cases shows (CaseListRow: Certification Summary,
 * Authorization Lookup, legacy portal), read from the case's copies, with the member id for the audit.
 */
export const caseListColumns = {
  id: cases.id,
  caseNumber: cases.caseNumber,
  authorizationNumber: cases.authorizationNumber,
  status: cases.status,
  memberId: cases.memberId,
  memberLastName: cases.memberLastName,
  memberFirstName: cases.memberFirstName,
  providerLastName: cases.providerLastName,
  providerNpi: cases.orderingNpi,
};

/** The columns of a worklist row (with the member id, for the audit), read from the case's copies. */
export const worklistRowColumns = {
  ...caseListColumns,
  submittedAt: cases.submittedAt,
  procedureCode: cases.procedureCode,
  serviceDescription: cases.serviceDescription,
  siteName: cases.siteName,
  validTo: cases.validTo,
  documentCount: sql<number>`(select count(*)::int from ${caseDocuments} where ${caseDocuments.caseId} = ${cases.id})`,
};

/** An ilike pattern for "starts with the text"; wildcards typed by a person are matched literally. */
export const startsWith = (value: string) => `${value.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;

const columns = {
  submittedAt: cases.submittedAt,
  caseNumber: cases.caseNumber,
  authorizationNumber: cases.authorizationNumber,
  memberLastName: cases.memberLastName,
  providerLastName: cases.providerLastName,
  status: cases.status,
  procedureCode: cases.procedureCode,
  siteName: cases.siteName,
  validTo: cases.validTo,
} as const;

/** "knee repl" → knee:* & repl:* over the worklist search vector; punctuation is dropped. */
export function searchQuery(text: string): SQL | undefined {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 6);
  if (words.length === 0) {
    return sql`false`;
  }
  return sql`${cases.worklistSearch} @@ to_tsquery('simple', ${words.map((word) => `${word}:*`).join(' & ')})`;
}

/**
 * Certification Summary (C4): the office's submitted cases with a filter per column, a
 * search over all of them, sorting and paging. Every member shown is an audited read.
 */
export async function listCaseWorklist(ctx: AppContext, actor: Actor, query: WorklistQuery): Promise<CaseWorklistPage> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  // Requests made in the legacy portal are shown in the legacy view only (C8, app/legacy).
  const filters: Array<SQL | undefined> = [eq(cases.officeId, actor.officeId as string), ne(cases.status, 'in_progress'), eq(cases.portal, 'current')];
  if (query.tab !== 'all') {
    filters.push(inArray(cases.status, [...statusTabs[query.tab]]));
  }
  const columnFilters: Array<[keyof typeof columns, string | undefined]> = [
    ['caseNumber', query.caseNumber],
    ['authorizationNumber', query.authorizationNumber],
    ['memberLastName', query.memberLastName],
    ['providerLastName', query.providerLastName],
    ['procedureCode', query.procedureCode],
    ['siteName', query.siteName],
  ];
  for (const [column, value] of columnFilters) {
    if (value) {
      filters.push(ilike(columns[column], startsWith(value)));
    }
  }
  if (query.npi) {
    filters.push(ilike(cases.orderingNpi, startsWith(query.npi)));
  }
  if (query.submittedFrom) {
    filters.push(gte(cases.submittedAt, new Date(`${query.submittedFrom}T00:00:00Z`)));
  }
  if (query.submittedTo) {
    filters.push(lt(cases.submittedAt, new Date(new Date(`${query.submittedTo}T00:00:00Z`).getTime() + 86_400_000)));
  }
  if (query.q) {
    filters.push(searchQuery(query.q));
  }
  const where = and(...filters);
  const [totalRow] = await ctx.db.select({ n: count() }).from(cases).where(where);
  const column = columns[query.sort];
  const direction = query.direction === 'asc' ? asc(column) : desc(column);
  // Submitted cases always have a submission time, so that sort can walk its index as is.
  const order = query.sort === 'submittedAt' ? direction : sql`${direction} nulls last`;
  const rows = await ctx.db
    .select(worklistRowColumns)
    .from(cases)
    .where(where)
    .orderBy(order, desc(cases.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  await auditListedMembers(ctx, actor, rows);
  return {
    total: totalRow?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    rows: rows.map(({ memberId: _memberId, ...row }) => ({ ...row, submittedAt: row.submittedAt?.toISOString() ?? null })),
  };
}

/**
 * Every member a list page shows is an audited read: one `case.list` event per member (not per
 * row), in one transaction. `details` tells the lists apart in the audit (the legacy portal's).
 */
export async function auditListedMembers(ctx: AppContext, actor: Actor, rows: ReadonlyArray<{ memberId: string | null }>, details?: Record<string, unknown>): Promise<void> {
  const shownMembers = [...new Set(rows.map((row) => row.memberId).filter((id): id is string => id !== null))];
  await ctx.db.transaction((tx) =>
    recordAudits(
      tx,
      ctx.clock,
      shownMembers.map((memberId) => ({ action: 'case.list', outcome: 'success' as const, actor, objectType: 'member', objectId: memberId, memberId, ...(details ? { details } : {}) })),
    ),
  );
}
