import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { LegacyCaseDetail, LegacyCasePage, legacyCaseQuerySchema, LegacyPortalSummary } from '../../contracts/legacy.ts';
import type { Queryable } from '../../db/client.ts';
import { caseDiagnoses, cases, caseServiceLines } from '../../db/schema/cases.ts';
import { members, sites } from '../../db/schema/members.ts';
import { healthPlans, programs } from '../../db/schema/plans.ts';
import { practitionerLocations, practitioners } from '../../db/schema/practitioners.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import type { LineOfBusiness } from '../../domain/policies/policy-types.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadOfficeCase } from '../cases/case-view.ts';
import { caseDocumentList } from '../cases/lookups.ts';
import { auditListedMembers, caseListColumns, searchQuery, startsWith } from '../cases/worklist.ts';
import type { AppContext } from '../context.ts';
import { resolveStoredPolicy } from '../policies/policy-store.ts';

type LegacyQuery = z.output<typeof legacyCaseQuerySchema>;

/** Some procedure line of the case has a code starting with the text (legacy requests have several). */
const hasCodeStartingWith = (value: string) =>
  sql`exists (select 1 from ${caseServiceLines} where ${caseServiceLines.caseId} = ${cases.id} and ${caseServiceLines.code} ilike ${startsWith(value)})`;

/** Today for policy look-ups: the migration dates in force now (UTC, as the case wizard). */
const today = (ctx: AppContext): IsoDate => ctx.clock.now().toISOString().slice(0, 10);

/** The day a plan, line of business and program moved to the current portal, by the policy in force today. */
async function currentPortalFrom(ctx: AppContext, db: Queryable, planCode: string, lineOfBusiness: LineOfBusiness, programCode: string): Promise<IsoDate | null> {
  const policy = await resolveStoredPolicy(db, { planCode, lineOfBusiness, programCode, on: today(ctx) });
  return policy.values.currentPortalFrom;
}

/**
 * The legacy portal's list (C8): the office's requests made before their programs moved to the
 * current portal, newest first, with filters, a search and paging. Every member shown is an
 * audited read, as in the Certification Summary.
 */
export async function listLegacyCases(ctx: AppContext, actor: Actor, query: LegacyQuery): Promise<LegacyCasePage> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  const filters: Array<SQL | undefined> = [eq(cases.officeId, actor.officeId as string), eq(cases.portal, 'legacy')];
  if (query.status) {
    filters.push(eq(cases.status, query.status));
  }
  if (query.caseNumber) {
    filters.push(ilike(cases.caseNumber, startsWith(query.caseNumber)));
  }
  if (query.authorizationNumber) {
    filters.push(ilike(cases.authorizationNumber, startsWith(query.authorizationNumber)));
  }
  if (query.memberLastName) {
    filters.push(ilike(cases.memberLastName, startsWith(query.memberLastName)));
  }
  if (query.code) {
    filters.push(hasCodeStartingWith(query.code));
  }
  if (query.planCode) {
    filters.push(sql`${cases.planId} in (select ${healthPlans.id} from ${healthPlans} where upper(${healthPlans.code}) = ${query.planCode.toUpperCase()})`);
  }
  if (query.q) {
    const words = query.q.split(/\s+/).filter(Boolean);
    filters.push(words.length === 1 && words[0] ? or(searchQuery(query.q), hasCodeStartingWith(words[0])) : searchQuery(query.q));
  }
  const where = and(...filters);
  const [totalRow] = await ctx.db.select({ n: count() }).from(cases).where(where);
  const rows = await ctx.db
    .select({
      ...caseListColumns,
      planName: healthPlans.name,
      programName: programs.name,
      submittedAt: cases.submittedAt,
      simulationDate: cases.simulationDate,
      dateOfService: cases.dateOfService,
      validTo: cases.validTo,
      codes: sql<string[]>`(select coalesce(array_agg(${caseServiceLines.code} order by ${caseServiceLines.lineNumber}), '{}') from ${caseServiceLines} where ${caseServiceLines.caseId} = ${cases.id})`,
    })
    .from(cases)
    .innerJoin(programs, eq(programs.code, cases.programCode))
    .leftJoin(healthPlans, eq(healthPlans.id, cases.planId))
    .where(where)
    .orderBy(desc(cases.submittedAt), desc(cases.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);

  await auditListedMembers(ctx, actor, rows, { portal: 'legacy' });
  return {
    total: totalRow?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    rows: rows.map(({ memberId: _memberId, submittedAt, codes, ...row }) => ({ ...row, requestedAt: submittedAt?.toISOString() ?? null, codes: Array.isArray(codes) ? codes : [] })),
  };
}

/**
 * One legacy request on one screen: member, provider, plan, every code with its units, the
 * simulation date, status, numbers, dates and documents. An audited read of member data. A
 * request of the current portal, like another office's, is simply not found here.
 */
export async function getLegacyCase(ctx: AppContext, actor: Actor, caseId: string): Promise<LegacyCaseDetail> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  return ctx.db.transaction(async (tx) => {
    const row = await loadOfficeCase(tx, actor.officeId as string, caseId);
    if (row.portal !== 'legacy') {
      throw notFound('The legacy request');
    }
    const [program] = await tx.select({ code: programs.code, name: programs.name }).from(programs).where(eq(programs.code, row.programCode));
    const [plan] = row.planId ? await tx.select({ code: healthPlans.code, name: healthPlans.name }).from(healthPlans).where(eq(healthPlans.id, row.planId)) : [];
    const [member] = row.memberId ? await tx.select().from(members).where(eq(members.id, row.memberId)) : [];
    const [provider] = row.orderingNpi ? await tx.select().from(practitioners).where(eq(practitioners.npi, row.orderingNpi)) : [];
    const [location] = row.orderingLocationId ? await tx.select().from(practitionerLocations).where(eq(practitionerLocations.id, row.orderingLocationId)) : [];
    const [site] = row.siteId ? await tx.select().from(sites).where(eq(sites.id, row.siteId)) : [];
    const lines = await tx.select().from(caseServiceLines).where(eq(caseServiceLines.caseId, row.id)).orderBy(asc(caseServiceLines.lineNumber));
    const diagnoses = await tx.select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, row.id));
    const documents = await caseDocumentList(tx, row.id);
    const movedOn = plan && row.lineOfBusiness ? await currentPortalFrom(ctx, tx, plan.code, row.lineOfBusiness, row.programCode) : null;
    await recordAudit(tx, ctx.clock, { action: 'case.read', outcome: 'success', actor, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined, details: { portal: 'legacy' } });
    return {
      id: row.id,
      caseNumber: row.caseNumber,
      authorizationNumber: row.authorizationNumber,
      status: row.status,
      urgency: row.urgency,
      program: { code: row.programCode, name: program?.name ?? row.programCode },
      plan: plan ?? null,
      lineOfBusiness: row.lineOfBusiness,
      member: member
        ? { name: `${member.lastName}, ${member.firstName}`, patientId: member.patientId, memberCode: member.memberCode, dateOfBirth: member.dateOfBirth, gender: member.gender }
        : null,
      orderingProvider: provider
        ? {
            name: `${provider.lastName}, ${provider.firstName}${provider.credential ? ` ${provider.credential}` : ''}`,
            npi: provider.npi,
            specialty: provider.specialty,
            address: location ? `${location.address}, ${location.city}, ${location.state} ${location.zip}` : null,
            phone: location?.phone ?? null,
            fax: location?.fax ?? null,
          }
        : null,
      site: site ? { name: site.name, npi: site.npi, address: site.address, city: site.city, state: site.state, zip: site.zip, phone: site.phone } : null,
      simulationDate: row.simulationDate,
      dateOfService: row.dateOfService,
      requestedAt: row.submittedAt?.toISOString() ?? null,
      lastUpdated: row.updatedAt.toISOString(),
      validFrom: row.validFrom,
      validTo: row.validTo,
      diagnoses: diagnoses
        .sort((a, b) => (a.rank === b.rank ? 0 : a.rank === 'primary' ? -1 : 1))
        .map((diagnosis) => ({ rank: diagnosis.rank, code: diagnosis.code, description: diagnosis.description })),
      procedures: lines.map((line) => ({
        lineNumber: line.lineNumber,
        code: line.code,
        codeSystem: line.codeSystem,
        description: line.description,
        modifiers: line.modifiers ?? [],
        unitsRequested: line.unitsRequested,
        unitsApproved: line.unitsApproved,
        status: line.status,
      })),
      documents,
      notes: row.notes,
      currentPortalFrom: movedOn,
    };
  });
}

/**
 * Whether the office has legacy requests, and for which plans and programs with which migration
 * day: the header offers the toggle only when there are some, and the legacy portal's banner
 * names each migration. No member data, so not an audited read.
 */
export async function legacyPortalSummary(ctx: AppContext, actor: Actor): Promise<LegacyPortalSummary> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  const scopes = await ctx.db
    .select({
      planCode: healthPlans.code,
      planName: healthPlans.name,
      programCode: programs.code,
      programName: programs.name,
      lineOfBusiness: cases.lineOfBusiness,
      n: count(),
    })
    .from(cases)
    .innerJoin(programs, eq(programs.code, cases.programCode))
    .innerJoin(healthPlans, eq(healthPlans.id, cases.planId))
    .where(and(eq(cases.officeId, actor.officeId as string), eq(cases.portal, 'legacy')))
    .groupBy(healthPlans.code, healthPlans.name, programs.code, programs.name, cases.lineOfBusiness)
    .orderBy(asc(healthPlans.name), asc(programs.name), asc(cases.lineOfBusiness));
  const migrations: LegacyPortalSummary['migrations'] = [];
  for (const scope of scopes) {
    if (!scope.lineOfBusiness) {
      continue;
    }
    const movedOn = await currentPortalFrom(ctx, ctx.db, scope.planCode, scope.lineOfBusiness, scope.programCode);
    if (movedOn === null) {
      continue;
    }
    const same = migrations.find((entry) => entry.planCode === scope.planCode && entry.programCode === scope.programCode && entry.currentPortalFrom === movedOn);
    if (same) {
      same.linesOfBusiness.push(scope.lineOfBusiness);
    } else {
      migrations.push({ planCode: scope.planCode, planName: scope.planName, programCode: scope.programCode, programName: scope.programName, linesOfBusiness: [scope.lineOfBusiness], currentPortalFrom: movedOn });
    }
  }
  const caseCount = scopes.reduce((total, scope) => total + scope.n, 0);
  return { caseCount, migrations };
}
