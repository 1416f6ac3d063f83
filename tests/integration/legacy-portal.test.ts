import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { hppBreastRadiation, requestAndSubmitCase } from '../support/case-requests.ts';
import { auditEvents } from '../../src/db/schema/audit.ts';
import { cases, caseServiceLines } from '../../src/db/schema/cases.ts';
import { demoMembers, demoRadiationOncologist } from '../../src/content/catalogue/demo-fixtures.ts';
import { seedDemoLegacyCases } from '../../src/app/demo/demo-legacy-cases.ts';
import { importLegacyCases, type LegacyCaseRecord } from '../../src/app/legacy/import-legacy-cases.ts';
import type { CaseView, CaseWorklistPage } from '../../src/contracts/cases.ts';
import type { LegacyCaseDetail, LegacyCasePage, LegacyPortalSummary } from '../../src/contracts/legacy.ts';

/**
 * C8, through the HTTP layer: requests made in the legacy portal before a program's migration
 * day are listed and opened in the legacy view of their own office only, never in the current
 * Certification Summary, and the same sign-in makes new requests in the current wizard.
 */
let tc: TestContext;
let riverside: Browser;
let lakeside: Browser;
let other: Browser;
let nurse: Browser;
let riversideId: string;

beforeAll(async () => {
  tc = await createCaseTestContext();
  // The demo offices as start-up makes them (by office name and administrator user name).
  riversideId = await createOffice(tc, 'Riverside Oncology Associates');
  const lakesideId = await createOffice(tc, 'Lakeside Orthopedics');
  const otherId = await createOffice(tc, 'Other Office');
  await createUser(tc, { userName: 'demo.office', role: 'office_admin', officeId: riversideId });
  await createUser(tc, { userName: 'demo.lakeside', role: 'office_admin', officeId: lakesideId });
  await createUser(tc, { userName: 'other.user', role: 'office_user', officeId: otherId });
  await createUser(tc, { userName: 'legacy.nurse', role: 'nurse_reviewer' });
  await addOfficePractitioners(tc, riversideId, await userIdByName(tc, 'demo.office'), [demoRadiationOncologist]);
  expect(await seedDemoLegacyCases(tc.ctx)).toBe(8);
  riverside = await signIn(tc, 'demo.office');
  lakeside = await signIn(tc, 'demo.lakeside');
  other = await signIn(tc, 'other.user');
  nurse = await signIn(tc, 'legacy.nurse');
});
afterAll(async () => {
  await tc.close();
});

const legacyPage = async (browser: Browser, query = '') => {
  const response = await browser.get(`/api/legacy/cases?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<LegacyCasePage>();
};

const legacyCaseId = async (caseNumber: string) => {
  const [row] = await tc.ctx.db.select({ id: cases.id }).from(cases).where(eq(cases.caseNumber, caseNumber));
  return row!.id;
};

describe('legacy portal data', () => {
  it('loads the demo legacy requests once, however often start-up runs', async () => {
    expect(await seedDemoLegacyCases(tc.ctx)).toBe(0);
    const rows = await tc.ctx.db.select({ portal: cases.portal }).from(cases).where(eq(cases.officeId, riversideId));
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.portal === 'legacy')).toBe(true);
  });

  it('refuses to import as legacy a request made on or after the migration day, or for a scope that never had a legacy portal', async () => {
    const userId = await userIdByName(tc, 'demo.office');
    const base: LegacyCaseRecord = {
      officeId: riversideId,
      createdByUserId: userId,
      caseNumber: '2110150001',
      authorizationNumber: null,
      status: 'approved',
      planCode: 'HPP',
      lineOfBusiness: 'medicare',
      programCode: 'RADONC',
      memberId: demoMembers[0]!.id,
      orderingNpi: demoRadiationOncologist.npi,
      orderingLocationId: null,
      siteId: null,
      urgency: 'standard',
      requestedAt: new Date('2021-10-15T14:00:00Z'),
      lastUpdatedAt: new Date('2021-10-15T15:00:00Z'),
      simulationDate: '2021-10-20',
      dateOfService: null,
      validFrom: null,
      validTo: null,
      notes: null,
      diagnoses: [],
      lines: [{ code: '77412', codeSystem: 'CPT', description: 'One external-beam treatment session', unitsRequested: 5, unitsApproved: 5, status: 'approved' }],
    };
    await expect(tc.ctx.db.transaction((tx) => importLegacyCases(tx, tc.clock, [base]))).rejects.toMatchObject({ code: 'validation', message: /2021-10-15/ });
    await expect(tc.ctx.db.transaction((tx) => importLegacyCases(tx, tc.clock, [{ ...base, planCode: 'CIGNA', lineOfBusiness: 'commercial', requestedAt: new Date('2019-01-02T00:00:00Z') }]))).rejects.toMatchObject({
      code: 'validation',
      message: /never had a legacy portal/,
    });
    // The day before the move is a legacy request.
    const added = await tc.ctx.db.transaction((tx) => importLegacyCases(tx, tc.clock, [{ ...base, requestedAt: new Date('2021-10-14T20:00:00Z') }]));
    expect(added).toHaveLength(1);
    const [imported] = await tc.ctx.db.select({ portal: cases.portal, simulationDate: cases.simulationDate }).from(cases).where(eq(cases.id, added[0]!));
    expect(imported).toEqual({ portal: 'legacy', simulationDate: '2021-10-20' });
    // Back to the four demo requests for the rest of the file.
    await tc.ctx.db.delete(caseServiceLines).where(eq(caseServiceLines.caseId, added[0]!));
    await tc.ctx.db.delete(cases).where(eq(cases.id, added[0]!));
  });
});

describe('GET /api/legacy/summary', () => {
  it('names each migration behind the office’s legacy requests with the policy’s date', async () => {
    const mine = (await riverside.get('/api/legacy/summary')).json<LegacyPortalSummary>();
    expect(mine).toEqual({
      caseCount: 4,
      migrations: [{ planCode: 'HPP', planName: 'Health Partners Plans', programCode: 'RADONC', programName: 'Radiation therapy (RTMP)', linesOfBusiness: ['medicaid', 'medicare'], currentPortalFrom: '2021-10-15' }],
    });
    const illinois = (await lakeside.get('/api/legacy/summary')).json<LegacyPortalSummary>();
    expect(illinois.caseCount).toBe(4);
    expect(illinois.migrations.map((migration) => [migration.planCode, migration.programCode, migration.linesOfBusiness, migration.currentPortalFrom])).toEqual([
      ['ABHIL', 'MSK', ['dual', 'medicaid'], '2025-06-01'],
      ['ABHIL', 'RADIOLOGY', ['dual', 'medicaid'], '2025-06-01'],
    ]);
    expect((await other.get('/api/legacy/summary')).json<LegacyPortalSummary>()).toEqual({ caseCount: 0, migrations: [] });
  });

  it('is for office roles only', async () => {
    expect((await nurse.get('/api/legacy/summary')).statusCode).toBe(403);
    expect((await nurse.get('/api/legacy/cases')).statusCode).toBe(403);
  });
});

describe('GET /api/legacy/cases', () => {
  it('lists the office’s legacy requests newest first, with their codes and simulation dates, and only its own', async () => {
    const page = await legacyPage(riverside);
    expect(page.total).toBe(4);
    expect(page.rows.map((row) => row.caseNumber)).toEqual(['2109200412', '2106140318', '2105240233', '2102220147']);
    expect(page.rows.at(-1)).toMatchObject({
      authorizationNumber: 'A2102238814',
      status: 'approved',
      memberLastName: 'Whitaker',
      providerLastName: 'Alvarez',
      providerNpi: demoRadiationOncologist.npi,
      planName: 'Health Partners Plans',
      simulationDate: '2021-03-01',
      dateOfService: null,
      codes: ['77263', '77301', '77338', '77386', '77387', '77336', '77427'],
      validTo: '2021-08-28',
    });
    expect(page.rows.at(-1)?.requestedAt).toBe('2021-02-22T15:12:00.000Z');
    const illinois = await legacyPage(lakeside);
    expect(illinois.total).toBe(4);
    expect(illinois.rows.every((row) => row.planName === 'Aetna Better Health of Illinois' && row.providerLastName === 'Brandt')).toBe(true);
    expect(illinois.rows.find((row) => row.caseNumber === '2503030644')).toMatchObject({ dateOfService: '2025-03-10', simulationDate: null, codes: ['72148'] });
    expect(await legacyPage(other)).toMatchObject({ total: 0, rows: [] });
  });

  it('filters by status, number, member and any procedure code, searches, and pages', async () => {
    expect((await legacyPage(riverside, 'status=denied')).rows.map((row) => row.caseNumber)).toEqual(['2105240233']);
    expect((await legacyPage(riverside, 'status=withdrawn')).total).toBe(1);
    expect((await legacyPage(riverside, 'code=77301')).total).toBe(2);
    expect((await legacyPage(riverside, 'code=77412')).rows.map((row) => row.caseNumber)).toEqual(['2109200412', '2106140318']);
    expect((await legacyPage(riverside, 'memberLastName=whit')).total).toBe(2);
    expect((await legacyPage(riverside, 'authorizationNumber=a21061')).rows.map((row) => row.caseNumber)).toEqual(['2106140318']);
    expect((await legacyPage(riverside, 'caseNumber=2102')).total).toBe(1);
    expect((await legacyPage(riverside, 'planCode=hpp')).total).toBe(4);
    expect((await legacyPage(riverside, 'planCode=ABHIL')).total).toBe(0);
    expect((await legacyPage(riverside, 'q=delgado')).total).toBe(2);
    expect((await legacyPage(riverside, 'q=77387')).total).toBe(3);
    expect((await legacyPage(riverside, 'q=%25')).total).toBe(0);
    const second = await legacyPage(riverside, 'pageSize=5&page=1');
    expect(second.rows).toHaveLength(4);
    expect((await riverside.get('/api/legacy/cases?status=in_progress')).statusCode).toBe(400);
    expect((await riverside.get('/api/legacy/cases?pageSize=1000')).statusCode).toBe(400);
  });

  it('audits every member shown as a read of member data', async () => {
    const reads = await tc.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'case.list'));
    const legacyReads = reads.filter((event) => (event.details as { portal?: string } | null)?.portal === 'legacy');
    expect(legacyReads.length).toBeGreaterThan(0);
    expect(legacyReads.every((event) => event.memberId !== null)).toBe(true);
  });
});

describe('GET /api/legacy/cases/:id', () => {
  it('shows everything about a legacy request on one screen', async () => {
    const id = await legacyCaseId('2102220147');
    const response = await riverside.get(`/api/legacy/cases/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json<LegacyCaseDetail>();
    expect(detail).toMatchObject({
      caseNumber: '2102220147',
      authorizationNumber: 'A2102238814',
      status: 'approved',
      program: { code: 'RADONC' },
      plan: { code: 'HPP', name: 'Health Partners Plans' },
      lineOfBusiness: 'medicare',
      member: { name: 'Whitaker, Eleanor', patientId: '900000101', memberCode: 'HPP90000010101', dateOfBirth: '1948-05-14' },
      orderingProvider: { name: 'Alvarez, Maria MD', npi: demoRadiationOncologist.npi, address: '4120 Spruce St Suite 200, Philadelphia, PA 19104' },
      site: { name: 'Schuylkill Radiation Oncology Center' },
      simulationDate: '2021-03-01',
      dateOfService: null,
      requestedAt: '2021-02-22T15:12:00.000Z',
      validFrom: '2021-03-01',
      validTo: '2021-08-28',
      diagnoses: [{ rank: 'primary', code: 'C50.911' }],
      documents: [],
      currentPortalFrom: '2021-10-15',
    });
    expect(detail.procedures.map((line) => [line.code, line.unitsRequested, line.unitsApproved])).toEqual([
      ['77263', 1, 1],
      ['77301', 1, 1],
      ['77338', 1, 1],
      ['77386', 16, 16],
      ['77387', 16, 16],
      ['77336', 4, 4],
      ['77427', 4, 4],
    ]);
    const [read] = await tc.ctx.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'case.read'), eq(auditEvents.objectId, id)));
    expect(read?.memberId).toBe(demoMembers.find((member) => member.patientId === '900000101')!.id);
  });

  it('answers 404 to another office, and for a request of the current portal', async () => {
    const id = await legacyCaseId('2102220147');
    expect((await other.get(`/api/legacy/cases/${id}`)).statusCode).toBe(404);
    expect((await lakeside.get(`/api/legacy/cases/${id}`)).statusCode).toBe(404);
    expect((await riverside.get('/api/legacy/cases/not-a-uuid')).statusCode).toBe(400);
    const started = (await riverside.post('/api/cases', { programCode: 'RADONC' })).json<CaseView>();
    expect((await riverside.get(`/api/legacy/cases/${started.id}`)).statusCode).toBe(404);
  });
});

describe('the current portal beside the legacy one', () => {
  it('keeps legacy requests out of the Certification Summary and the Authorization Lookup', async () => {
    const worklist = (await riverside.get('/api/cases?pageSize=100')).json<CaseWorklistPage>();
    expect(worklist.rows.map((row) => row.caseNumber)).not.toContain('2102220147');
    expect(worklist.total).toBe(0);
    const lookup = await riverside.post('/api/lookup/authorizations', { by: 'number', number: 'A2102238814', orderingNpi: demoRadiationOncologist.npi });
    expect(lookup.json()).toEqual({ cases: [] });
  });

  it('takes a new Health Partners Plans radiation request today through the current wizard, with the same sign-in', async () => {
    const result = await requestAndSubmitCase(tc, riverside, hppBreastRadiation('2026-03-16'));
    expect(result.status).toBe('approved');
    const worklist = (await riverside.get('/api/cases?pageSize=100')).json<CaseWorklistPage>();
    expect(worklist.rows.map((row) => row.caseNumber)).toEqual([result.caseNumber]);
    // The new request is not a legacy one; the legacy view is unchanged.
    expect((await legacyPage(riverside)).total).toBe(4);
    const [row] = await tc.ctx.db.select({ portal: cases.portal }).from(cases).where(eq(cases.id, result.caseId));
    expect(row?.portal).toBe('current');
  });
});
