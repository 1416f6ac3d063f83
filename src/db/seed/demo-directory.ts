import { and, eq, inArray } from 'drizzle-orm';
import type { Database, Queryable } from '../client.ts';
import { healthPlans } from '../schema/plans.ts';
import { memberEligibility, members, sites } from '../schema/members.ts';
import { practitionerLocations, practitioners } from '../schema/practitioners.ts';
import { healthPlans as planContent } from '../../content/catalogue/health-plans.ts';
import {
  demoMembers,
  demoPractitioners,
  demoSites,
  type DemoMemberFixture,
  type DemoPractitionerFixture,
} from '../../content/catalogue/demo-fixtures.ts';
import type { DemoPlan } from '../../domain/demo/demo-address.ts';
import { defaultDemoReferenceDate, generateMember, type GeneratedMember } from '../../domain/demo/generate-members.ts';
import { generatePractitioner, type GeneratedPractitioner } from '../../domain/demo/generate-practitioners.ts';
import { generateSite, type GeneratedSite } from '../../domain/demo/generate-sites.ts';
import { bulkInsert } from './bulk-insert.ts';

export interface DemoDirectoryOptions {
  /** Generated members, on top of the fixed demo members. */
  members?: number;
  practitioners?: number;
  sites?: number;
  /** Same seed, same data. */
  seed?: number;
  /** "Today" for eligibility spans and ages (see generate-members.ts). */
  referenceDate?: string;
  /** Records generated and written per transaction. */
  batchSize?: number;
  onProgress?: (progress: { kind: 'members' | 'practitioners' | 'sites'; done: number; total: number }) => void;
}

export interface DemoDirectoryResult {
  /** Generated records inserted by this call (0 when they were already there). */
  members: number;
  practitioners: number;
  sites: number;
}

/** What `npm start` loads when LOAD_DEMO_DATA is on: small enough to load in seconds. */
export const defaultDemoDirectorySize = { members: 2_000, practitioners: 300, sites: 150, seed: 1 } as const;

/**
 * Fills the member, practitioner and site directories with the fixed demo records and
 * deterministic generated ones. Safe to call at every start-up: inserts skip rows that
 * exist, and a kind is not generated at all when its last record is already there (batches
 * are written in order, one transaction each, so the last one present means all are).
 * Needs the catalogue's plans (seedCatalogue) first.
 */
export async function seedDemoDirectory(db: Database, options: DemoDirectoryOptions = {}): Promise<DemoDirectoryResult> {
  const seed = options.seed ?? defaultDemoDirectorySize.seed;
  const memberCount = options.members ?? defaultDemoDirectorySize.members;
  const practitionerCount = options.practitioners ?? defaultDemoDirectorySize.practitioners;
  const siteCount = options.sites ?? defaultDemoDirectorySize.sites;
  const batchSize = options.batchSize ?? 5_000;
  const referenceDate = options.referenceDate ?? defaultDemoReferenceDate;
  const planIdByCode = await loadPlanIds(db);
  const plans: DemoPlan[] = planContent.map((plan) => ({ code: plan.code, linesOfBusiness: plan.linesOfBusiness }));

  await db.transaction(async (tx) => {
    await insertPractitioners(tx, planIdByCode, demoPractitioners);
    await bulkInsert(tx, sites, demoSites.map((site) => ({ ...site })), { onConflictDoNothing: true });
    await insertMembers(tx, planIdByCode, demoMembers);
  });

  const result: DemoDirectoryResult = { members: 0, practitioners: 0, sites: 0 };
  const directoryOptions = { seed, plans };

  if (practitionerCount > 0 && !(await practitionerExists(db, generatePractitioner(directoryOptions, practitionerCount - 1)))) {
    for (let first = 0; first < practitionerCount; first += batchSize) {
      const batch = range(first, Math.min(first + batchSize, practitionerCount)).map((index) => generatePractitioner(directoryOptions, index));
      result.practitioners += await db.transaction((tx) => insertPractitioners(tx, planIdByCode, batch));
      options.onProgress?.({ kind: 'practitioners', done: first + batch.length, total: practitionerCount });
    }
  }

  if (siteCount > 0 && !(await siteExists(db, generateSite(directoryOptions, siteCount - 1)))) {
    for (let first = 0; first < siteCount; first += batchSize) {
      const batch = range(first, Math.min(first + batchSize, siteCount)).map((index) => generateSite(directoryOptions, index));
      const inserted = await bulkInsert(db, sites, batch, { onConflictDoNothing: true, returning: 'id' });
      result.sites += inserted.length;
      options.onProgress?.({ kind: 'sites', done: first + batch.length, total: siteCount });
    }
  }

  const memberOptions = { seed, plans, referenceDate };
  if (memberCount > 0 && !(await memberExists(db, planIdByCode, generateMember(memberOptions, memberCount - 1)))) {
    for (let first = 0; first < memberCount; first += batchSize) {
      // One batch in memory at a time: a million members never exist as one array.
      const batch = range(first, Math.min(first + batchSize, memberCount)).map((index) => generateMember(memberOptions, index));
      result.members += await db.transaction((tx) => insertMembers(tx, planIdByCode, batch));
      options.onProgress?.({ kind: 'members', done: first + batch.length, total: memberCount });
    }
  }
  return result;
}

async function loadPlanIds(db: Database): Promise<Map<string, string>> {
  const codes = planContent.map((plan) => plan.code);
  const rows = await db.select({ id: healthPlans.id, code: healthPlans.code }).from(healthPlans).where(inArray(healthPlans.code, codes));
  const planIdByCode = new Map(rows.map((row) => [row.code, row.id]));
  const missing = codes.filter((code) => !planIdByCode.has(code));
  if (missing.length > 0) {
    throw new Error(`seedDemoDirectory: health plans ${missing.join(', ')} are missing; run seedCatalogue first`);
  }
  return planIdByCode;
}

function planId(planIdByCode: Map<string, string>, code: string): string {
  const id = planIdByCode.get(code);
  if (!id) {
    throw new Error(`seedDemoDirectory: unknown plan ${code}`);
  }
  return id;
}

/** Returns how many practitioners were new; locations are written only for those. */
async function insertPractitioners(
  db: Queryable,
  planIdByCode: Map<string, string>,
  batch: readonly (GeneratedPractitioner | DemoPractitionerFixture)[],
): Promise<number> {
  const inserted = new Set(
    await bulkInsert(
      db,
      practitioners,
      batch.map(({ npi, firstName, lastName, credential, specialty, tin }) => ({ npi, firstName, lastName, credential, specialty, tin })),
      { onConflictDoNothing: true, returning: 'npi' },
    ),
  );
  const locations = batch
    .filter((practitioner) => inserted.has(practitioner.npi))
    .flatMap((practitioner) =>
      practitioner.locations.map(({ planCode, ...location }) => ({ ...location, npi: practitioner.npi, planId: planId(planIdByCode, planCode) })),
    );
  await bulkInsert(db, practitionerLocations, locations, { onConflictDoNothing: true });
  return inserted.size;
}

/** Returns how many members were new; eligibility is written only for those. */
async function insertMembers(
  db: Queryable,
  planIdByCode: Map<string, string>,
  batch: readonly (GeneratedMember | DemoMemberFixture)[],
): Promise<number> {
  const inserted = new Set(
    await bulkInsert(
      db,
      members,
      batch.map(({ eligibility: _eligibility, planCode, ...member }) => ({ ...member, planId: planId(planIdByCode, planCode) })),
      { onConflictDoNothing: true, returning: 'id' },
    ),
  );
  const spans = batch
    .filter((member) => inserted.has(member.id))
    .flatMap((member) => member.eligibility.map((span) => ({ ...span, memberId: member.id })));
  await bulkInsert(db, memberEligibility, spans, { onConflictDoNothing: true });
  return inserted.size;
}

async function practitionerExists(db: Database, practitioner: GeneratedPractitioner): Promise<boolean> {
  const rows = await db.select({ npi: practitioners.npi }).from(practitioners).where(eq(practitioners.npi, practitioner.npi)).limit(1);
  return rows.length > 0;
}

async function siteExists(db: Database, site: GeneratedSite): Promise<boolean> {
  const rows = await db.select({ id: sites.id }).from(sites).where(eq(sites.id, site.id)).limit(1);
  return rows.length > 0;
}

async function memberExists(db: Database, planIdByCode: Map<string, string>, member: GeneratedMember): Promise<boolean> {
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.planId, planId(planIdByCode, member.planCode)), eq(members.patientId, member.patientId)))
    .limit(1);
  return rows.length > 0;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}
