/**
 * Certification Summary with 100,000 cases in one office's history, on embedded PGlite.
 * Run: npm run bench:worklist   (CASES=20000 for a quicker run)
 *
 * Builds a fresh database in a temporary folder, fills it with the demo directory and
 * 100,000 submitted cases for one office (plus 20,000 for another, which must never show),
 * then times the worklist queries people make: the first page, status tabs, a filter per
 * column, the global search, sorting and a deep page. Prints p50/p95/max per query.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/db/client.ts';
import { seedCatalogue } from '../src/db/seed/seed-catalogue.ts';
import { seedDemoDirectory } from '../src/db/seed/demo-directory.ts';
import { members, sites } from '../src/db/schema/members.ts';
import { practitioners } from '../src/db/schema/practitioners.ts';
import { offices } from '../src/db/schema/offices.ts';
import { users } from '../src/db/schema/users.ts';
import { caseStatuses } from '../src/db/schema/cases.ts';
import { worklistQuerySchema } from '../src/contracts/cases.ts';
import { listCaseWorklist } from '../src/app/cases/worklist.ts';
import { ManualClock } from '../src/domain/shared/clock.ts';
import { createSecretBox } from '../src/app/security/secret-box.ts';
import type { AppContext } from '../src/app/context.ts';
import { loadConfig } from '../src/config/config.ts';
import { insertSubmittedCases, type SubmittedCaseInput } from '../tests/support/cases.ts';
import { Prng } from '../src/domain/demo/prng.ts';

const caseCount = Number(process.env['CASES'] ?? 100_000);
const repeats = 15;

const folder = mkdtempSync(path.join(tmpdir(), 'priora-bench-worklist-'));
const connection = await openDatabase({ dataDir: folder });
const db = connection.db;
try {
  const setupStart = performance.now();
  await seedCatalogue(db);
  await seedDemoDirectory(db, { members: 5_000, practitioners: 400, sites: 200 });
  const now = new Date('2026-03-02T14:00:00Z');
  const [office] = await db.insert(offices).values({ name: 'Bench Office', address: '1 Main St', city: 'Boston', state: 'MA', zip: '02114', phone: '6175550100', portalPreference: 'Priora', createdAt: now, updatedAt: now }).returning();
  const [otherOffice] = await db.insert(offices).values({ name: 'Other Office', address: '2 Main St', city: 'Boston', state: 'MA', zip: '02114', phone: '6175550101', portalPreference: 'Priora', createdAt: now, updatedAt: now }).returning();
  const [user] = await db.insert(users).values({ userName: 'bench.user', email: 'b@x.test', firstName: 'B', lastName: 'U', role: 'office_user', officeId: office!.id, status: 'active', createdAt: now }).returning();
  const memberIds = (await db.select({ id: members.id }).from(members).limit(3_000)).map((row) => row.id);
  const npis = (await db.select({ npi: practitioners.npi }).from(practitioners).limit(60)).map((row) => row.npi);
  const siteIds = (await db.select({ id: sites.id }).from(sites).limit(80)).map((row) => row.id);
  const procedures = [['62323', 'Epidural steroid injection, low back'], ['27447', 'Total knee replacement'], ['22612', 'Lumbar fusion, posterior'], ['29888', 'ACL reconstruction, arthroscopic']] as const;
  const random = new Prng(42);
  const statuses = caseStatuses.filter((status) => status !== 'in_progress');
  const make = (officeId: string, index: number, prefix: number): SubmittedCaseInput => {
    const [code, description] = procedures[random.int(0, procedures.length - 1)]!;
    const status = statuses[random.int(0, statuses.length - 1)]!;
    return {
      officeId,
      createdByUserId: user!.id,
      caseNumber: String(prefix + index),
      status,
      submittedAt: new Date(Date.UTC(2021, 0, 1) + index * 1_500_000),
      memberId: memberIds[random.int(0, memberIds.length - 1)]!,
      orderingNpi: npis[random.int(0, npis.length - 1)]!,
      siteId: siteIds[random.int(0, siteIds.length - 1)]!,
      procedureCode: code,
      procedureDescription: description,
      authorizationNumber: status === 'approved' ? `A${prefix + index}` : null,
      validTo: status === 'approved' ? '2026-09-01' : null,
    };
  };
  for (let start = 0; start < caseCount; start += 2_000) {
    const batch = Array.from({ length: Math.min(2_000, caseCount - start) }, (_, offset) => make(office!.id, start + offset, 100_000_000));
    await db.transaction((tx) => insertSubmittedCases(tx, batch));
  }
  for (let start = 0; start < caseCount / 5; start += 2_000) {
    await db.transaction((tx) => insertSubmittedCases(tx, Array.from({ length: 2_000 }, (_, offset) => make(otherOffice!.id, start + offset, 300_000_000))));
  }
  await db.execute(sql`analyze`);
  console.log(`setup: ${caseCount} cases for the office (+${caseCount / 5} for another) in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`);

  const config = loadConfig({ NODE_ENV: 'test', SECRET_KEY: 'bench-secret-key-that-is-long-enough-here' });
  const ctx: AppContext = { db, clock: new ManualClock(now), config, secrets: createSecretBox('bench-secret-key-that-is-long-enough-here'), passwordBlocklist: { has: () => false } };
  const actor = { userId: user!.id, role: 'office_user' as const, officeId: office!.id, ipAddress: '127.0.0.1' };

  const queries: Record<string, Record<string, string>> = {
    'first page': {},
    'tab approved': { tab: 'approved' },
    'tab pending': { tab: 'pending' },
    'member last name': { memberLastName: 'Sm' },
    'case number': { caseNumber: '1000512' },
    'provider NPI': { npi: npis[3]!.slice(0, 6) },
    'procedure code': { procedureCode: '27447' },
    'global search': { q: 'knee' },
    'sort by member': { sort: 'memberLastName', direction: 'asc' },
    'sort by site': { sort: 'siteName', direction: 'desc' },
    'page 200': { page: '200' },
    'date range': { submittedFrom: '2022-01-01', submittedTo: '2022-03-31' },
  };
  console.log('query                 total     p50      p95      max (ms)');
  const all: number[] = [];
  for (const [name, raw] of Object.entries(queries)) {
    const query = worklistQuerySchema.parse(raw);
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < repeats; run += 1) {
      const started = performance.now();
      total = (await listCaseWorklist(ctx, actor, query)).total;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))]!.toFixed(1);
    console.log(`${name.padEnd(20)} ${String(total).padStart(7)} ${at(0.5).padStart(7)}  ${at(0.95).padStart(7)}  ${times.at(-1)!.toFixed(1).padStart(7)}`);
  }
  all.sort((a, b) => a - b);
  console.log(`all queries: p50 ${all[Math.floor(all.length / 2)]!.toFixed(1)} ms, p95 ${all[Math.floor(all.length * 0.95)]!.toFixed(1)} ms`);
} finally {
  await connection.close();
  rmSync(folder, { recursive: true, force: true });
}
