import { sql } from 'drizzle-orm';
import type { Database, Queryable, Transaction } from '../client.ts';
import { executeRows } from '../execute-rows.ts';
import { clinicalCodes, hcpcsModifiers, placesOfService, usStates } from '../schema/reference.ts';
import { bulkInsert } from './bulk-insert.ts';
import { readCodeset } from './codeset-files.ts';

/** Rows per table (ICD-10-CM and HCPCS counted apart: they share clinical_codes). */
export interface ReferenceCounts {
  icd10cm: number;
  hcpcs: number;
  hcpcsModifiers: number;
  placesOfService: number;
  usStates: number;
}

export interface ReferenceLoadResult {
  /** True when at least one table was filled by this call. */
  loaded: boolean;
  /** Rows inserted by this call; all zero when everything was already there. */
  counts: ReferenceCounts;
}

/**
 * An arbitrary constant for pg_advisory_xact_lock, so that several app processes starting
 * at once on one PostgreSQL server load the code sets once: the others wait, then find the
 * tables filled. ("PRIORA-R" in ASCII.)
 */
const referenceLoadLockKey = 0x5052494f52412d52n;

const batchSize = 5_000;

type ReferenceTable = keyof ReferenceCounts;

/**
 * Fills the reference tables from src/content/codesets. Each table is filled only when it is
 * empty, so this runs at every start-up and does nothing the second time; a table that
 * somebody has already filled (for example with a newer code set) is left alone. One
 * transaction: a crash half-way leaves the tables empty, and the next start tries again.
 */
export async function loadReferenceData(db: Database): Promise<ReferenceLoadResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${referenceLoadLockKey.toString()}::bigint)`);
    const existing = await countReferenceRows(tx);
    const counts: ReferenceCounts = { icd10cm: 0, hcpcs: 0, hcpcsModifiers: 0, placesOfService: 0, usStates: 0 };
    const loaders: Record<ReferenceTable, (tx: Transaction) => Promise<number>> = {
      icd10cm: loadIcd10cm,
      hcpcs: loadHcpcs,
      hcpcsModifiers: loadHcpcsModifiers,
      placesOfService: loadPlacesOfService,
      usStates: loadUsStates,
    };
    for (const table of Object.keys(loaders) as ReferenceTable[]) {
      if (existing[table] === 0) {
        counts[table] = await loaders[table](tx);
      }
    }
    const loaded = Object.values(counts).some((count) => count > 0);
    if (loaded) {
      // PGlite has no autovacuum, so without this the planner never learns the table sizes and
      // picks poor plans for the code search (measured: a 98,000-row bitmap on the primary key).
      await tx.execute(sql`analyze ${clinicalCodes}, ${hcpcsModifiers}, ${placesOfService}, ${usStates}`);
    }
    return { loaded, counts };
  });
}

export async function countReferenceRows(db: Queryable): Promise<ReferenceCounts> {
  const [row] = await executeRows<{ icd10cm: number; hcpcs: number; hcpcs_modifiers: number; places_of_service: number; us_states: number }>(db, sql`
    select
      (select count(*) from ${clinicalCodes} where ${clinicalCodes.system} = 'ICD10CM')::int as icd10cm,
      (select count(*) from ${clinicalCodes} where ${clinicalCodes.system} = 'HCPCS')::int as hcpcs,
      (select count(*) from ${hcpcsModifiers})::int as hcpcs_modifiers,
      (select count(*) from ${placesOfService})::int as places_of_service,
      (select count(*) from ${usStates})::int as us_states
  `);
  if (!row) {
    throw new Error('countReferenceRows: no result row');
  }
  return {
    icd10cm: Number(row.icd10cm),
    hcpcs: Number(row.hcpcs),
    hcpcsModifiers: Number(row.hcpcs_modifiers),
    placesOfService: Number(row.places_of_service),
    usStates: Number(row.us_states),
  };
}

/** Billable codes and the category headers (billable = false) that the search shows as context. */
async function loadIcd10cm(tx: Transaction): Promise<number> {
  const rows = readCodeset('icd10cm-order.tsv.gz', ['order_number', 'code', 'billable', 'short_description', 'long_description']).map(
    (row) => ({
      system: 'ICD10CM' as const,
      code: row.code,
      shortDescription: row.short_description,
      description: row.long_description,
      billable: row.billable === '1',
    }),
  );
  await bulkInsert(tx, clinicalCodes, rows, { batchSize });
  return rows.length;
}

/**
 * All HCPCS Level II rows, terminated ones included: an old case or claim may still name a
 * terminated code, and the search filters by date when it needs current codes only.
 */
async function loadHcpcs(tx: Transaction): Promise<number> {
  const rows = readCodeset('hcpcs-level2.tsv.gz', [
    'code',
    'short_description',
    'long_description',
    'add_date',
    'action_effective_date',
    'termination_date',
    'action_code',
    'coverage_code',
    'betos_code',
  ]).map((row) => ({
    system: 'HCPCS' as const,
    code: row.code,
    shortDescription: row.short_description,
    description: row.long_description,
    billable: true,
    effectiveFrom: row.add_date || null,
    terminatedOn: row.termination_date || null,
  }));
  await bulkInsert(tx, clinicalCodes, rows, { batchSize });
  return rows.length;
}

async function loadHcpcsModifiers(tx: Transaction): Promise<number> {
  const rows = readCodeset('hcpcs-modifiers.tsv.gz', [
    'modifier',
    'short_description',
    'long_description',
    'add_date',
    'action_effective_date',
    'termination_date',
    'action_code',
  ]).map((row) => ({
    modifier: row.modifier,
    shortDescription: row.short_description,
    description: row.long_description,
    terminatedOn: row.termination_date || null,
  }));
  await bulkInsert(tx, hcpcsModifiers, rows, { batchSize });
  return rows.length;
}

async function loadPlacesOfService(tx: Transaction): Promise<number> {
  const rows = readCodeset('place-of-service.tsv', ['code', 'name', 'telehealth']).map((row) => ({
    code: row.code,
    name: row.name,
    telehealth: row.telehealth === '1',
  }));
  await bulkInsert(tx, placesOfService, rows, { batchSize });
  return rows.length;
}

const stateKinds = ['state', 'federal_district', 'territory'] as const;

async function loadUsStates(tx: Transaction): Promise<number> {
  const rows = readCodeset('us-states.tsv', ['fips_code', 'abbreviation', 'name', 'type']).map((row) => {
    const kind = stateKinds.find((candidate) => candidate === row.type);
    if (!kind) {
      throw new Error(`us-states.tsv: unknown type ${row.type} for ${row.abbreviation}`);
    }
    return { abbreviation: row.abbreviation, fipsCode: row.fips_code, name: row.name, kind };
  });
  await bulkInsert(tx, usStates, rows, { batchSize });
  return rows.length;
}
