import { asc, count, eq, inArray } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { seedCatalogue } from '../../src/db/seed/seed-catalogue.ts';
import { seedDemoDirectory, type DemoDirectoryResult } from '../../src/db/seed/demo-directory.ts';
import { healthPlans, planLinesOfBusiness, planProgramContracts, programProcedures, programs } from '../../src/db/schema/plans.ts';
import { memberEligibility, members, sites } from '../../src/db/schema/members.ts';
import { practitionerLocations, practitioners } from '../../src/db/schema/practitioners.ts';
import { healthPlans as planContent } from '../../src/content/catalogue/health-plans.ts';
import { demoMembers, demoPractitioners, demoRadiationOncologist, demoSites } from '../../src/content/catalogue/demo-fixtures.ts';
import { generateMember } from '../../src/domain/demo/generate-members.ts';
import { isValidNpi } from '../../src/domain/practitioners/npi.ts';

let tc: TestContext;
let firstRun: DemoDirectoryResult;
const size = { members: 400, practitioners: 60, sites: 30, seed: 42, batchSize: 150 };

beforeAll(async () => {
  tc = await createTestContext();
  await seedCatalogue(tc.ctx.db);
  firstRun = await seedDemoDirectory(tc.ctx.db, size);
});
afterAll(async () => {
  await tc.close();
});

async function rowCount(table: PgTable): Promise<number> {
  const [row] = await tc.ctx.db.select({ n: count() }).from(table);
  return row!.n;
}

describe('seedCatalogue', () => {
  it('writes the programs, plans, lines of business and contracts, and changes nothing the second time', async () => {
    const before = {
      programs: await rowCount(programs),
      procedures: await rowCount(programProcedures),
      plans: await rowCount(healthPlans),
      lines: await rowCount(planLinesOfBusiness),
      contracts: await rowCount(planProgramContracts),
    };
    expect(before.programs).toBe(10);
    expect(before.plans).toBe(planContent.length);
    expect(before.contracts).toBe(planContent.reduce((sum, plan) => sum + plan.contracts.length, 0));
    const again = await seedCatalogue(tc.ctx.db);
    expect(again.plans).toBe(planContent.length);
    expect({
      programs: await rowCount(programs),
      procedures: await rowCount(programProcedures),
      plans: await rowCount(healthPlans),
      lines: await rowCount(planLinesOfBusiness),
      contracts: await rowCount(planProgramContracts),
    }).toEqual(before);
  });

  it('records the effective dates the seeds give', async () => {
    const rows = await tc.ctx.db
      .select({ plan: healthPlans.code, program: planProgramContracts.programCode, line: planProgramContracts.lineOfBusiness, from: planProgramContracts.effectiveFrom })
      .from(planProgramContracts)
      .innerJoin(healthPlans, eq(healthPlans.id, planProgramContracts.planId));
    expect(rows).toEqual(
      expect.arrayContaining([
        { plan: 'HPP', program: 'RADONC', line: 'medicare', from: '2021-10-15' },
        { plan: 'HPP', program: 'RADONC', line: 'medicaid', from: '2021-10-15' },
        { plan: 'WELLSENSE', program: 'MSK', line: 'commercial', from: '2023-03-01' },
        { plan: 'ABHIL', program: 'RADIOLOGY', line: 'dual', from: '2025-06-01' },
        { plan: 'ABHIL', program: 'MSK', line: 'medicaid', from: '2025-06-01' },
      ]),
    );
  });

  it('offers cancer-type codes for radiation oncology and SPINE/JOINT for MSK', async () => {
    const radiation = await tc.ctx.db
      .select({ code: programProcedures.code })
      .from(programProcedures)
      .where(eq(programProcedures.programCode, 'RADONC'));
    expect(radiation.map((row) => row.code)).toEqual(expect.arrayContaining(['RCADRE', 'RCBREA', 'RCNHDL', 'RCNONC', 'RCOTHR', '61796']));
    const msk = await tc.ctx.db.select({ code: programProcedures.code }).from(programProcedures).where(eq(programProcedures.programCode, 'MSK'));
    expect(msk.map((row) => row.code)).toEqual(expect.arrayContaining(['SPINE', 'JOINT', '62323', '64483']));
  });
});

describe('seedDemoDirectory', () => {
  it('inserts the generated records and the fixed demo records', async () => {
    expect(firstRun).toEqual({ members: 400, practitioners: 60, sites: 30 });
    expect(await rowCount(members)).toBe(400 + demoMembers.length);
    expect(await rowCount(practitioners)).toBe(60 + demoPractitioners.length);
    expect(await rowCount(sites)).toBe(30 + demoSites.length);
  });

  it('inserts nothing the second time', async () => {
    expect(await seedDemoDirectory(tc.ctx.db, size)).toEqual({ members: 0, practitioners: 0, sites: 0 });
    expect(await rowCount(members)).toBe(400 + demoMembers.length);
  });

  it('stores exactly what the pure generator produces for the seed', async () => {
    const plans = planContent.map((plan) => ({ code: plan.code, linesOfBusiness: plan.linesOfBusiness }));
    const expected = Array.from({ length: 400 }, (_, index) => generateMember({ seed: 42, plans, referenceDate: '2026-03-01' }, index));
    const stored = await tc.ctx.db
      .select({ id: members.id, patientId: members.patientId, lastName: members.lastName, dateOfBirth: members.dateOfBirth, zip: members.zip })
      .from(members)
      .where(inArray(members.id, expected.map((member) => member.id)))
      .orderBy(asc(members.id));
    expect(stored).toEqual(
      expected
        .map(({ id, patientId, lastName, dateOfBirth, zip }) => ({ id, patientId, lastName, dateOfBirth, zip }))
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const spans = await rowCount(memberEligibility);
    expect(spans).toBe(expected.reduce((sum, member) => sum + member.eligibility.length, 0) + demoMembers.length);
  });

  it('keeps every NPI valid and every location in a state its plan sells in', async () => {
    const npis = [
      ...(await tc.ctx.db.select({ npi: practitioners.npi }).from(practitioners)),
      ...(await tc.ctx.db.select({ npi: sites.npi }).from(sites)),
    ].map((row) => row.npi);
    expect(npis.filter((npi) => !isValidNpi(npi))).toEqual([]);
    const locations = await tc.ctx.db
      .select({ plan: healthPlans.code, state: practitionerLocations.state })
      .from(practitionerLocations)
      .innerJoin(healthPlans, eq(healthPlans.id, practitionerLocations.planId));
    for (const location of locations) {
      const plan = planContent.find((candidate) => candidate.code === location.plan)!;
      expect(plan.linesOfBusiness.some((line) => line.states.includes(location.state))).toBe(true);
    }
  });

  it('gives Dr. Alvarez her two locations with two plans', async () => {
    const rows = await tc.ctx.db
      .select({ id: practitionerLocations.id, plan: healthPlans.code, zip: practitionerLocations.zip })
      .from(practitionerLocations)
      .innerJoin(healthPlans, eq(healthPlans.id, practitionerLocations.planId))
      .where(eq(practitionerLocations.npi, demoRadiationOncologist.npi))
      .orderBy(asc(healthPlans.code));
    expect(rows).toEqual([
      { id: demoRadiationOncologist.locations[1]!.id, plan: 'CIGNA', zip: '19107' },
      { id: demoRadiationOncologist.locations[0]!.id, plan: 'HPP', zip: '19104' },
    ]);
  });

  it('has two fixed, currently eligible members in every plan', async () => {
    for (const plan of planContent) {
      const fixtures = demoMembers.filter((member) => member.planCode === plan.code);
      expect(fixtures, plan.code).toHaveLength(2);
      for (const fixture of fixtures) {
        const [row] = await tc.ctx.db
          .select({ dateOfBirth: members.dateOfBirth, plan: healthPlans.code })
          .from(members)
          .innerJoin(healthPlans, eq(healthPlans.id, members.planId))
          .where(eq(members.patientId, fixture.patientId));
        expect(row).toEqual({ dateOfBirth: fixture.dateOfBirth, plan: plan.code });
      }
    }
  });
});
