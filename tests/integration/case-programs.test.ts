import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../support/test-context.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { demoPulmonologist, demoRadiationOncologist } from '../../src/content/catalogue/demo-fixtures.ts';
import { dmeBedAndOxygen } from '../../src/content/criteria/sample-answers.testing.ts';
import type { CaseView } from '../../src/contracts/cases.ts';
import { type CaseRequest, hppBreastRadiation, requestAndSubmitCase } from '../support/case-requests.ts';

/**
 * Issue 3's checks for the other detailed programs, through the API: a breast radiation case
 * approved with its phases and fractions (IGRT on its own line), and a DME case with two HCPCS
 * codes approved line by line with rental months and the monthly-rental validity.
 */
let tc: TestContext;
let office: Browser;

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Programs Office');
  await createUser(tc, { userName: 'prog.user', role: 'office_user', officeId });
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'prog.user'), [demoRadiationOncologist, demoPulmonologist]);
  office = await signIn(tc, 'prog.user');
});
afterAll(async () => {
  await tc.close();
});

const requestAndSubmit = (request: CaseRequest) => requestAndSubmitCase(tc, office, request);

describe('other programs end to end', () => {
  it('approves a breast radiation course by phase, with fractions, and IGRT separately', async () => {
    const result = await requestAndSubmit(hppBreastRadiation('2026-06-01'));
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
