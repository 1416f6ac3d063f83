import type { DemoPractitionerFixture } from '../../src/content/catalogue/demo-fixtures.ts';
import { loadReferenceData } from '../../src/db/seed/load-reference-data.ts';
import { seedCatalogue } from '../../src/db/seed/seed-catalogue.ts';
import { seedDemoDirectory } from '../../src/db/seed/demo-directory.ts';
import { officePractitioners } from '../../src/db/schema/practitioners.ts';
import { createTestContext, type TestContext } from './test-context.ts';

/**
 * A fresh database ready for requests: the code sets, the catalogue (plans, programs, contracts,
 * policies) and the demo directory's fixed practitioners, sites and members, none generated, so
 * every test names the fixtures it uses.
 */
export async function createCaseTestContext(): Promise<TestContext> {
  const tc = await createTestContext();
  await loadReferenceData(tc.ctx.db);
  await seedCatalogue(tc.ctx.db);
  await seedDemoDirectory(tc.ctx.db, { members: 0, practitioners: 0, sites: 0 });
  return tc;
}

/**
 * The office's practitioner list, as its staff would fill it on the Account page: each demo
 * practitioner at their first location. Returns the office practitioner ids, in the same order.
 */
export async function addOfficePractitioners(tc: TestContext, officeId: string, addedByUserId: string, practitioners: readonly DemoPractitionerFixture[]): Promise<string[]> {
  const rows = await tc.ctx.db
    .insert(officePractitioners)
    .values(practitioners.map((practitioner) => ({ officeId, npi: practitioner.npi, locationId: practitioner.locations[0]!.id, addedByUserId, addedAt: tc.clock.now() })))
    .returning({ id: officePractitioners.id });
  return rows.map((row) => row.id);
}
