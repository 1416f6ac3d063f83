import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { loadReferenceData } from '../../src/db/seed/load-reference-data.ts';
import { seedCatalogue } from '../../src/db/seed/seed-catalogue.ts';
import { seedDemoDirectory } from '../../src/db/seed/demo-directory.ts';
import { officePractitioners } from '../../src/db/schema/practitioners.ts';
import { healthPlans } from '../../src/db/schema/plans.ts';
import { sites } from '../../src/db/schema/members.ts';
import { demoPulmonologist, demoRadiationOncologist } from '../../src/content/catalogue/demo-fixtures.ts';
import { breastWholeWithNodes, dmeBedAndOxygen } from '../../src/content/criteria/sample-answers.testing.ts';
import type { Answers } from '../../src/domain/questionnaires/answers.ts';
import type { CaseView, EligibilityResult, QuestionnaireState, SubmissionResult } from '../../src/contracts/cases.ts';

/**
 * Issue 3's checks for the other detailed programs, through the API: a breast radiation case
 * approved with its phases and fractions (IGRT on its own line), and a DME case with two HCPCS
 * codes approved line by line with rental months and the monthly-rental validity.
 */
let tc: TestContext;
let office: Browser;

beforeAll(async () => {
  tc = await createTestContext();
  await loadReferenceData(tc.ctx.db);
  await seedCatalogue(tc.ctx.db);
  await seedDemoDirectory(tc.ctx.db, { members: 0, practitioners: 0, sites: 0 });
  const officeId = await createOffice(tc, 'Programs Office');
  await createUser(tc, { userName: 'prog.user', role: 'office_user', officeId });
  const userId = await userIdByName(tc, 'prog.user');
  await tc.ctx.db.insert(officePractitioners).values([
    { officeId, npi: demoRadiationOncologist.npi, locationId: demoRadiationOncologist.locations[0]!.id, addedByUserId: userId, addedAt: tc.clock.now() },
    { officeId, npi: demoPulmonologist.npi, locationId: demoPulmonologist.locations[0]!.id, addedByUserId: userId, addedAt: tc.clock.now() },
  ]);
  office = await signIn(tc, 'prog.user');
});
afterAll(async () => {
  await tc.close();
});

interface Request {
  programCode: string;
  programPath?: string;
  npi: string;
  locationId: string;
  planCode: string;
  member: { patientId: string; dateOfBirth: string; lastName: string };
  dateOfService: string;
  procedureCode: string;
  diagnosis: string;
  siteNpi: string;
  answers: Answers;
}

async function requestAndSubmit(request: Request): Promise<SubmissionResult> {
  let view = (await office.post('/api/cases', { programCode: request.programCode, ...(request.programPath ? { programPath: request.programPath } : {}) })).json<CaseView>();
  const step = async (name: string, input: unknown) => {
    const response = await office.put(`/api/cases/${view.id}/steps/${name}`, { version: view.version, input });
    expect(response.statusCode, response.body).toBe(200);
    view = response.json<CaseView>();
  };
  const { practitioners } = (await office.get('/api/account/practitioners')).json<{ practitioners: Array<{ id: string; npi: string }> }>();
  await step('provider', { officePractitionerId: practitioners.find((practitioner) => practitioner.npi === request.npi)!.id });
  const planId = (await tc.ctx.db.select({ id: healthPlans.id }).from(healthPlans).where(eq(healthPlans.code, request.planCode)))[0]!.id;
  await step('plan', { planId, locationId: request.locationId });
  await step('contact', { providerName: 'Ordering office', contactName: 'Desk', phone: '2155550110', fax: '2155550160', email: 'desk@programs.test', notifyOnStatusChange: false });
  const [member] = (await office.post('/api/eligibility/search', { planId, ...request.member })).json<{ members: EligibilityResult[] }>().members;
  await step('member', { memberId: member!.memberId, phoneUnknown: true });
  await step('date_of_service', { dateOfService: request.dateOfService, alreadyPerformed: false });
  await step('service', { procedureCode: request.procedureCode, primaryDiagnosis: request.diagnosis, renderedInOffice: false });
  const siteId = (await tc.ctx.db.select({ id: sites.id }).from(sites).where(eq(sites.npi, request.siteNpi)))[0]!.id;
  await step('site', { siteId });
  view = (await office.post(`/api/cases/${view.id}/attest`, { version: view.version, attest: true })).json<CaseView>();
  view = (await office.put(`/api/cases/${view.id}/urgency`, { version: view.version, urgency: 'standard', reasons: { jeopardy: false, severePain: false } })).json<CaseView>();
  const state = (await office.put(`/api/cases/${view.id}/questionnaire`, { version: view.version, answers: request.answers })).json<QuestionnaireState>();
  expect(state.problems).toEqual([]);
  const response = await office.request('POST', `/api/cases/${view.id}/submit`, { version: state.caseVersion, acknowledge: true }, { 'idempotency-key': `key-${view.id}` });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<SubmissionResult>();
}

describe('other programs end to end', () => {
  it('approves a breast radiation course by phase, with fractions, and IGRT separately', async () => {
    const result = await requestAndSubmit({
      programCode: 'RADONC',
      npi: demoRadiationOncologist.npi,
      locationId: demoRadiationOncologist.locations[0]!.id,
      planCode: 'HPP',
      member: { patientId: '900000101', dateOfBirth: '1948-05-14', lastName: 'Whitaker' },
      dateOfService: '2026-06-01',
      procedureCode: 'RCBREA',
      diagnosis: 'C50.912',
      siteNpi: '2903185744',
      answers: breastWholeWithNodes,
    });
    expect(result.status).toBe('approved');
    const treatment = result.approvedLines.filter((line) => line.code === 'RCBREA');
    expect(treatment.map((line) => [line.fractions, Boolean(line.technique), Boolean(line.phase)])).toEqual([
      [25, true, true],
      [5, true, true],
    ]);
    // IGRT is its own line (decided by its own criterion), here for the initial phase's 25 sessions only.
    const igrt = result.approvedLines.filter((line) => line.code === '77387');
    expect(igrt.map((line) => line.units)).toEqual([25]);
  });

  it('approves a DME request with two HCPCS codes, each with its rental months, valid for the months plus one', async () => {
    const result = await requestAndSubmit({
      programCode: 'DME',
      programPath: 'referring_physician',
      npi: demoPulmonologist.npi,
      locationId: demoPulmonologist.locations[0]!.id,
      planCode: 'HEALTHSPRING',
      member: { patientId: '900000501', dateOfBirth: '1944-01-11', lastName: 'Jenkins' },
      dateOfService: '2026-04-01',
      procedureCode: 'DME',
      diagnosis: 'J44.1',
      siteNpi: '2931746053',
      answers: dmeBedAndOxygen,
    });
    expect(result.status).toBe('approved');
    expect(result.approvedLines.map((line) => [line.code, line.rentalMonths])).toEqual([
      ['E0260', 10],
      ['E1390', 36],
    ]);
    // Monthly rental: the approved months plus one (36 + 1 from 1 April 2026).
    expect(result.validTo).toBe('2029-05-01');
  });

  it('lets a DME supplier name an ordering physician who is not on its account, found by NPI or TIN', async () => {
    const noKey = await office.get('/api/physicians/search?lastName=Hargrove');
    expect(noKey.statusCode).toBe(400);
    const byTin = (await office.get(`/api/physicians/search?tin=${demoPulmonologist.tin}&lastName=harg`)).json<{ physicians: Array<{ locationId: string; npi: string; name: string }> }>();
    expect(byTin.physicians.map((physician) => physician.npi)).toContain(demoPulmonologist.npi);
    const [physician] = (await office.get(`/api/physicians/search?npi=${demoPulmonologist.npi}&zip=37203`)).json<{ physicians: Array<{ locationId: string; name: string }> }>().physicians;
    expect(physician!.name).toMatch(/^Hargrove/);

    const supplier = (await office.post('/api/cases', { programCode: 'DME', programPath: 'dme_supplier' })).json<CaseView>();
    const named = await office.put(`/api/cases/${supplier.id}/steps/provider`, { version: supplier.version, input: { orderingLocationId: physician!.locationId } });
    expect(named.statusCode).toBe(200);
    expect(named.json<CaseView>()).toMatchObject({ provider: { npi: demoPulmonologist.npi }, currentStep: 'plan' });

    // A registry address that does not exist is refused.
    const referring = (await office.post('/api/cases', { programCode: 'DME', programPath: 'referring_physician' })).json<CaseView>();
    const refused = await office.put(`/api/cases/${referring.id}/steps/provider`, { version: referring.version, input: { orderingLocationId: '00000000-0000-4000-8000-000000000000' } });
    expect(refused.statusCode).toBe(400);
  });
});
