import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { insertSubmittedCases } from '../support/cases.ts';
import { seedCatalogue } from '../../src/db/seed/seed-catalogue.ts';
import { seedDemoDirectory } from '../../src/db/seed/demo-directory.ts';
import { members } from '../../src/db/schema/members.ts';
import { demoMembers, demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import type { CaseWorklistPage } from '../../src/contracts/cases.ts';
import { auditEvents } from '../../src/db/schema/audit.ts';

let tc: TestContext;
let office: Browser;
let other: Browser;

beforeAll(async () => {
  tc = await createTestContext();
  await seedCatalogue(tc.ctx.db);
  await seedDemoDirectory(tc.ctx.db, { members: 0, practitioners: 0, sites: 0 });
  const officeId = await createOffice(tc, 'Worklist Office');
  const otherId = await createOffice(tc, 'Other Office');
  await createUser(tc, { userName: 'wl.user', role: 'office_user', officeId });
  await createUser(tc, { userName: 'other.user', role: 'office_user', officeId: otherId });
  const userId = await userIdByName(tc, 'wl.user');
  const [sullivan] = await tc.ctx.db.select().from(members).where(eq(members.patientId, '900000301'));
  const [tremblay] = await tc.ctx.db.select().from(members).where(eq(members.patientId, '900000302'));
  const statuses = ['approved', 'pending_clinical_review', 'denied', 'partially_approved', 'cancelled', 'administratively_denied'] as const;
  await insertSubmittedCases(
    tc.ctx.db,
    Array.from({ length: 30 }, (_, index) => ({
      officeId,
      createdByUserId: userId,
      caseNumber: String(100_000_100 + index),
      status: statuses[index % statuses.length]!,
      submittedAt: new Date(Date.UTC(2026, 1, 1 + index)),
      memberId: index % 2 === 0 ? sullivan!.id : tremblay!.id,
      orderingNpi: demoOrthopedicSurgeon.npi,
      authorizationNumber: index % statuses.length === 0 ? `A${500_000_100 + index}` : null,
      procedureCode: index % 3 === 0 ? '27447' : '62323',
      procedureDescription: index % 3 === 0 ? 'Total knee replacement' : 'Epidural steroid injection, low back',
    })),
  );
  await insertSubmittedCases(tc.ctx.db, [{ officeId: otherId, createdByUserId: await userIdByName(tc, 'other.user'), caseNumber: '199999999', status: 'approved', submittedAt: new Date('2026-02-10T00:00:00Z') }]);
  office = await signIn(tc, 'wl.user');
  other = await signIn(tc, 'other.user');
  expect(demoMembers.length).toBeGreaterThan(0);
});
afterAll(async () => {
  await tc.close();
});

const page = async (browser: Browser, query: string) => {
  const response = await browser.get(`/api/cases?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CaseWorklistPage>();
};

describe('Certification Summary worklist', () => {
  it('pages the office’s cases newest first and never shows another office’s', async () => {
    const first = await page(office, 'pageSize=10');
    expect(first.total).toBe(30);
    expect(first.rows).toHaveLength(10);
    expect(first.rows[0]).toMatchObject({ caseNumber: '100000129', memberLastName: 'Tremblay', providerLastName: 'Okonkwo', providerNpi: demoOrthopedicSurgeon.npi });
    const third = await page(office, 'pageSize=10&page=3');
    expect(third.rows.at(-1)?.caseNumber).toBe('100000100');
    expect((await page(other, '')).rows.map((row) => row.caseNumber)).toEqual(['199999999']);
  });

  it('filters by status tab and by column, and searches across columns', async () => {
    expect((await page(office, 'tab=approved')).total).toBe(5);
    expect((await page(office, 'tab=denied')).total).toBe(10);
    expect((await page(office, 'tab=cancelled')).total).toBe(5);
    expect((await page(office, 'memberLastName=sull')).total).toBe(15);
    expect((await page(office, 'procedureCode=27447&tab=approved')).rows.map((row) => row.caseNumber)).toEqual(['100000124', '100000118', '100000112', '100000106', '100000100']);
    expect((await page(office, 'q=knee')).total).toBe(10);
    expect((await page(office, 'q=A5000001')).total).toBe(5);
    expect((await page(office, 'submittedFrom=2026-02-10&submittedTo=2026-02-11')).total).toBe(2);
    expect((await page(office, 'q=%25')).total).toBe(0);
  });

  it('sorts by any column', async () => {
    const byMember = await page(office, 'sort=memberLastName&direction=asc&pageSize=100');
    expect(byMember.rows[0]?.memberLastName).toBe('Sullivan');
    expect(byMember.rows.at(-1)?.memberLastName).toBe('Tremblay');
    const byCase = await page(office, 'sort=caseNumber&direction=asc&pageSize=5');
    expect(byCase.rows.map((row) => row.caseNumber)).toEqual(['100000100', '100000101', '100000102', '100000103', '100000104']);
  });

  it('rejects a bad query clearly, and audits the members shown', async () => {
    expect((await office.get('/api/cases?sort=password')).statusCode).toBe(400);
    expect((await office.get('/api/cases?pageSize=100000')).statusCode).toBe(400);
    const reads = await tc.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'case.list'));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((event) => event.memberId !== null)).toBe(true);
  });
});

describe('Authorization Lookup and Eligibility Lookup', () => {
  const wellsenseId = async () => {
    const { healthPlans } = await import('../../src/db/schema/plans.ts');
    const [plan] = await tc.ctx.db.select({ id: healthPlans.id }).from(healthPlans).where(eq(healthPlans.code, 'WELLSENSE'));
    return plan!.id;
  };

  it('finds the office’s cases by member, and by number with the ordering NPI', async () => {
    const planId = await wellsenseId();
    const byMember = await office.post('/api/lookup/authorizations', { by: 'member', planId, patientId: '900000301', dateOfBirth: '1969-03-30' });
    expect(byMember.json<{ cases: unknown[] }>().cases).toHaveLength(15);
    const byAuth = await office.post('/api/lookup/authorizations', { by: 'number', number: 'a500000106', orderingNpi: demoOrthopedicSurgeon.npi });
    expect(byAuth.json<{ cases: Array<{ caseNumber: string }> }>().cases.map((row) => row.caseNumber)).toEqual(['100000106']);
    const byCase = await office.post('/api/lookup/authorizations', { by: 'number', number: '100000107', orderingNpi: demoOrthopedicSurgeon.npi });
    expect(byCase.json<{ cases: unknown[] }>().cases).toHaveLength(1);
    const wrongNpi = await office.post('/api/lookup/authorizations', { by: 'number', number: '100000107', orderingNpi: '1234567893' });
    expect(wrongNpi.json()).toEqual({ cases: [] });
    // Another office cannot find this office's case, even with the right numbers.
    const foreign = await other.post('/api/lookup/authorizations', { by: 'number', number: '100000107', orderingNpi: demoOrthopedicSurgeon.npi });
    expect(foreign.json()).toEqual({ cases: [] });
    const bad = await office.post('/api/lookup/authorizations', { by: 'number', number: 'DROP TABLE', orderingNpi: '1' });
    expect(bad.statusCode).toBe(400);
  });

  it('shows the detail of a case with its procedures, and 404 to another office', async () => {
    const [row] = (await office.post('/api/lookup/authorizations', { by: 'number', number: '100000106', orderingNpi: demoOrthopedicSurgeon.npi })).json<{ cases: Array<{ id: string }> }>().cases;
    const detail = await office.get(`/api/cases/${row!.id}/detail`);
    expect(detail.json()).toMatchObject({
      caseNumber: '100000106',
      authorizationNumber: 'A500000106',
      status: 'approved',
      member: { name: 'Sullivan, Patrick', patientId: '900000301' },
      orderingProvider: { npi: demoOrthopedicSurgeon.npi },
      procedures: [{ lineNumber: 1, code: '27447', unitsRequested: 1 }],
    });
    expect((await other.get(`/api/cases/${row!.id}/detail`)).statusCode).toBe(404);
  });

  it('says whether the member is covered and whether a service needs authorization', async () => {
    const planId = await wellsenseId();
    const base = { planId, patientId: '900000301', dateOfBirth: '1969-03-30', lastName: 'Sullivan', onDate: '2026-04-01' };
    const esi = (await office.post('/api/eligibility/check', { ...base, procedureCode: '62323' })).json<{ member: { coverage: { lineOfBusiness: string } }; authorization: { required: boolean; programName: string } }>();
    expect(esi.member.coverage.lineOfBusiness).toBe('commercial');
    expect(esi.authorization).toMatchObject({ required: true, programName: 'Musculoskeletal' });
    const oxygen = (await office.post('/api/eligibility/check', { ...base, procedureCode: 'E1390' })).json<{ authorization: { required: boolean } }>();
    expect(oxygen.authorization.required).toBe(false);
    const beforeCoverage = (await office.post('/api/eligibility/check', { ...base, onDate: '2023-01-01', procedureCode: '62323' })).json<{ member: { coverage: null }; authorization: { explanation: string } }>();
    expect(beforeCoverage.member.coverage).toBeNull();
    expect(beforeCoverage.authorization.explanation).toMatch(/not covered/);
    const nobody = (await office.post('/api/eligibility/check', { ...base, lastName: 'Nobody', procedureCode: '62323' })).json<unknown>();
    expect(nobody).toEqual({ member: null, authorization: null });
  });
});
