import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { loadReferenceData } from '../../src/db/seed/load-reference-data.ts';
import { seedCatalogue } from '../../src/db/seed/seed-catalogue.ts';
import { seedDemoDirectory } from '../../src/db/seed/demo-directory.ts';
import { officePractitioners } from '../../src/db/schema/practitioners.ts';
import { demoMembers, demoPainPhysicianIllinois, demoSites } from '../../src/content/catalogue/demo-fixtures.ts';
import {
  afterAdvancedAdenoma,
  breastWholeWithNodes,
  carboplatinPemetrexedPembrolizumab,
  denosumabPostmenopausal,
  dmeBedAndOxygen,
  headacheWithWarningSigns,
  lumbarEsiFirstInjection,
  pembrolizumabAlone,
  rectalBleeding,
  semaglutide,
  sisterHasVariant,
  startingCpap,
  tripleNegativeAt44,
  typicalApnea,
  typicalApneaWithHeartFailure,
} from '../../src/content/criteria/sample-answers.testing.ts';
import type { SubmissionResult } from '../../src/contracts/cases.ts';
import type { Answers } from '../../src/domain/questionnaires/answers.ts';
import { type CaseRequest, requestAndSubmitCase } from '../support/case-requests.ts';

/**
 * Every program's clinical content end to end, through the demo plan that contracts all ten: for
 * each program a request built step by step as an office would is approved at once with the
 * lines the guideline gives, and one that misses a criterion goes to clinical review naming the
 * criteria that are not met. The answers are the content tests' samples (sample-answers.testing.ts).
 */
let tc: TestContext;
let office: Browser;

/** Dr. Brandt's address registered with the demo plan; Lakeshore Imaging Center is the demo plan's site. */
const demoLocation = demoPainPhysicianIllinois.locations.find((location) => location.planCode === 'DEMO')!;
const lakeshore = demoSites.find((site) => site.name === 'Lakeshore Imaging Center')!;

/** The demo plan's members as the eligibility look-up takes them: Nora (commercial) and Walter (Medicare). */
function demoMember(patientId: string): CaseRequest['member'] {
  const member = demoMembers.find((candidate) => candidate.planCode === 'DEMO' && candidate.patientId === patientId)!;
  return { patientId: member.patientId, dateOfBirth: member.dateOfBirth, lastName: member.lastName };
}
const nora = demoMember('900000601');
const walter = demoMember('900000602');

beforeAll(async () => {
  tc = await createTestContext();
  await loadReferenceData(tc.ctx.db);
  await seedCatalogue(tc.ctx.db);
  await seedDemoDirectory(tc.ctx.db, { members: 0, practitioners: 0, sites: 0 });
  const officeId = await createOffice(tc, 'Demo Plan Office');
  await createUser(tc, { userName: 'content.user', role: 'office_user', officeId });
  const userId = await userIdByName(tc, 'content.user');
  await tc.ctx.db.insert(officePractitioners).values({ officeId, npi: demoPainPhysicianIllinois.npi, locationId: demoLocation.id, addedByUserId: userId, addedAt: tc.clock.now() });
  office = await signIn(tc, 'content.user');
});
afterAll(async () => {
  await tc.close();
});

interface DemoRequest {
  programCode: string;
  programPath?: string;
  member: CaseRequest['member'];
  dateOfService: string;
  procedureCode: string;
  diagnosis: string;
  answers: Answers;
}

/** A request to the demo plan by Dr. Brandt at Lakeshore Imaging Center. */
const submit = (request: DemoRequest, criteriaNotMet?: CaseRequest['criteriaNotMet']) =>
  requestAndSubmitCase(tc, office, {
    ...request,
    npi: demoPainPhysicianIllinois.npi,
    locationId: demoLocation.id,
    planCode: 'DEMO',
    siteNpi: lakeshore.npi,
    ...(criteriaNotMet ? { criteriaNotMet } : {}),
  });

type Line = Omit<SubmissionResult['approvedLines'][number], 'description'>;

/** Approved at once: an authorization number, every criterion met, and exactly these lines. */
function expectApproved(result: SubmissionResult, lines: Line[]): void {
  expect(result.status, JSON.stringify(result.criteria.filter((criterion) => criterion.result !== 'met'))).toBe('approved');
  expect(result.authorizationNumber).toMatch(/^A\d{9}$/);
  expect(result.message).toContain(result.authorizationNumber);
  expect(result.criteria.length).toBeGreaterThan(0);
  expect(result.criteria.filter((criterion) => criterion.result !== 'met')).toEqual([]);
  expect(result.approvedLines.map(({ description: _description, ...line }) => line)).toEqual(lines);
  for (const line of result.approvedLines) {
    expect(line.description).not.toBe('');
  }
}

/** Sent to clinical review: no authorization, nothing approved, and exactly these criteria open. */
function expectReview(result: SubmissionResult, open: Record<string, 'not_met' | 'unknown'>): void {
  expect(result.status).toBe('pending_clinical_review');
  expect(result.authorizationNumber).toBeNull();
  expect(result.approvedLines).toEqual([]);
  expect(result.decisionDueAt).not.toBeNull();
  const unmet = result.criteria.filter((criterion) => criterion.result !== 'met');
  expect(Object.fromEntries(unmet.map((criterion) => [criterion.id, criterion.result]))).toEqual(open);
  for (const criterion of unmet) {
    // Each is explained and cited, as the office and the reviewer see it.
    expect(criterion.reason).not.toBe('');
    expect(criterion.guideline).not.toBe('');
    expect(criterion.section).not.toBe('');
  }
}

const notes = { choice: 'notes', notes: 'Clinical notes from the last visit are attached to the chart.' } as const;

describe('program content through the demo plan', () => {
  it('RADONC: approves breast radiation by phase with fractions and IGRT on its own line; metastatic disease goes to review', async () => {
    const breast = { programCode: 'RADONC', member: nora, procedureCode: 'RCBREA', diagnosis: 'C50.912' };
    const approved = await submit({ ...breast, dateOfService: '2026-06-01', answers: breastWholeWithNodes });
    expectApproved(approved, [
      { code: 'RCBREA', units: 25, phase: 'Phase 1: initial', technique: '3D conformal radiation therapy', fractions: 25 },
      { code: 'RCBREA', units: 5, phase: 'Phase 2: boost', technique: 'Electrons', fractions: 5 },
      { code: '77387', units: 25, phase: 'Phase 1: initial', fractions: 25 },
    ]);

    const metastatic = await submit({ ...breast, dateOfService: '2026-06-15', answers: { ...breastWholeWithNodes, 'distant-metastases': true } }, notes);
    expectReview(metastatic, { 'curative-non-metastatic': 'not_met' });
  });

  it('RADONC: a palliative bone course by IMRT goes to review with the guideline’s alternative (3D conformal, same fractions) for the reviewer and the office', async () => {
    const painfulFemurByImrt: Answers = {
      intent: 'palliative',
      site: 'other',
      complications: ['none'],
      'prior-radiation': 'no',
      'performance-status': '2',
      technique: 'imrt',
      fractions: 5,
      igrt: false,
    };
    const result = await submit({ programCode: 'RADONC', member: walter, procedureCode: 'RCBONE', diagnosis: 'C79.51', dateOfService: '2026-04-20', answers: painfulFemurByImrt }, notes);
    expectReview(result, { 'palliative-technique': 'not_met' });
    expect(result.alternatives?.map((alternative) => alternative.id)).toEqual(['conformal-instead']);
    expect(result.alternatives?.[0]?.lines.map((line) => [line.technique, line.fractions])).toEqual([['3D conformal or simple (2D) radiation therapy', 5]]);
  });

  it('MSK: approves a first lumbar epidural injection; too little conservative care goes to review', async () => {
    const injection = { programCode: 'MSK', programPath: 'new_case', procedureCode: '62323', diagnosis: 'M54.16', dateOfService: '2026-04-06' };
    const approved = await submit({ ...injection, member: nora, answers: lumbarEsiFirstInjection });
    expectApproved(approved, [{ code: '62323', units: 1 }]);

    const early = await submit({ ...injection, member: walter, answers: { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 } }, notes);
    expectReview(early, { 'conservative-care': 'not_met' });
  });

  it('DME: approves a hospital bed and an oxygen concentrator as rentals line by line; oxygen without a qualifying level goes to review', async () => {
    const equipment = { programCode: 'DME', programPath: 'referring_physician', procedureCode: 'DME', diagnosis: 'J44.1', dateOfService: '2026-04-01' };
    const approved = await submit({ ...equipment, member: walter, answers: dmeBedAndOxygen });
    expectApproved(approved, [
      { code: 'E0260', units: 1, acquisition: 'rental', rentalMonths: 10 },
      { code: 'E1390', units: 1, acquisition: 'rental', rentalMonths: 36 },
    ]);
    expect(approved.validTo).toBe('2029-05-01'); // monthly rental: 36 months plus one from 1 April 2026

    const { 'oxygen-pao2': _pao2, ...withoutPao2 } = dmeBedAndOxygen;
    const oximetry = { ...withoutPao2, 'oxygen-test-kind': 'oximetry', 'oxygen-saturation': 90 };
    const review = await submit({ ...equipment, member: nora, answers: oximetry }, notes);
    expectReview(review, { 'oxygen-level': 'not_met' });
  });

  it('RADIOLOGY: approves a brain MRI for a headache with warning signs; a headache without them goes to review', async () => {
    const mri = { programCode: 'RADIOLOGY', procedureCode: '70551', diagnosis: 'R51.9', dateOfService: '2026-05-11' };
    const approved = await submit({ ...mri, member: nora, answers: headacheWithWarningSigns });
    expectApproved(approved, [{ code: '70551', units: 1 }]);

    const plain = await submit({ ...mri, member: walter, answers: { ...headacheWithWarningSigns, 'headache-features': ['none'] } }, notes);
    expectReview(plain, { 'headache-warning-sign': 'not_met' });
  });

  it('SLEEP: approves a home sleep test and then CPAP (rented) with its mask (bought); a home test despite heart failure goes to review', async () => {
    const homeTest = await submit({ programCode: 'SLEEP', member: nora, procedureCode: 'G0399', diagnosis: 'G47.33', dateOfService: '2026-04-17', answers: typicalApnea });
    expectApproved(homeTest, [{ code: 'G0399', units: 1 }]);

    const cpap = await submit({ programCode: 'SLEEP', member: nora, procedureCode: 'E0601', diagnosis: 'G47.33', dateOfService: '2026-05-11', answers: startingCpap });
    expectApproved(cpap, [
      { code: 'E0601', units: 1, acquisition: 'rental', rentalMonths: 3 },
      { code: 'E0562', units: 1, acquisition: 'rental', rentalMonths: 3 },
      { code: 'A7030', units: 1, acquisition: 'purchase' },
    ]);

    const heartFailure = await submit({ programCode: 'SLEEP', member: walter, procedureCode: '95800', diagnosis: 'G47.33', dateOfService: '2026-04-17', answers: typicalApneaWithHeartFailure }, notes);
    expectReview(heartFailure, { 'home-test-suitable': 'not_met' });
  });

  it('LAB: approves BRCA1/2 full analysis for triple-negative breast cancer; full analysis for a known family variant goes to review', async () => {
    const brca = { programCode: 'LAB', procedureCode: '81162', dateOfService: '2026-04-14' };
    const approved = await submit({ ...brca, member: nora, diagnosis: 'C50.912', answers: tripleNegativeAt44 });
    expectApproved(approved, [{ code: '81162', units: 1 }]);

    const familyVariant = await submit({ ...brca, member: walter, diagnosis: 'Z80.3', answers: sisterHasVariant }, notes);
    expectReview(familyVariant, { 'known-family-variant': 'not_met' });
  });

  it('GI: approves surveillance colonoscopy after an advanced adenoma; abdominal pain alone goes to review', async () => {
    const colonoscopy = { programCode: 'GI', procedureCode: '45378', dateOfService: '2026-06-01' };
    const approved = await submit({ ...colonoscopy, member: nora, diagnosis: 'Z86.0101', answers: afterAdvancedAdenoma });
    expectApproved(approved, [{ code: '45378', units: 1 }]);

    const pain = await submit({ ...colonoscopy, member: walter, diagnosis: 'R10.84', answers: { ...rectalBleeding, findings: ['pain'] } }, notes);
    expectReview(pain, { symptoms: 'not_met' });
  });

  it('MED_ONC: approves carboplatin, pemetrexed and pembrolizumab with a line per drug in billing units; pembrolizumab alone for low PD-L1 goes to review', async () => {
    const lung = { programCode: 'MED_ONC', diagnosis: 'C34.12', dateOfService: '2026-04-06' };
    const approved = await submit({ ...lung, member: walter, procedureCode: 'J9305', answers: carboplatinPemetrexedPembrolizumab });
    // 650 mg ÷ 50 mg = 13 units × 4 cycles; 500 mg/m² × 1.8 m² ÷ 10 mg = 90 units × 6; 200 × 6.
    expectApproved(approved, [
      { code: 'J9045', units: 52 },
      { code: 'J9305', units: 540 },
      { code: 'J9271', units: 1200 },
    ]);

    const offPathway = await submit({ ...lung, member: nora, procedureCode: 'J9271', answers: { ...pembrolizumabAlone, pdl1: 'low' } }, notes);
    expectReview(offPathway, { 'regimen-on-pathway': 'not_met' });
  });

  it('MED_DRUGS: approves denosumab every 6 months after a bisphosphonate failed; without a bisphosphonate first it goes to review', async () => {
    const denosumab = { programCode: 'MED_DRUGS', member: nora, procedureCode: 'J0897', diagnosis: 'M81.0' };
    const approved = await submit({ ...denosumab, dateOfService: '2026-04-01', answers: denosumabPostmenopausal });
    expectApproved(approved, [{ code: 'J0897', units: 120 }]);

    const notTried = await submit({ ...denosumab, dateOfService: '2026-04-20', answers: { ...denosumabPostmenopausal, bisphosphonate: 'not-tried' } }, notes);
    expectReview(notTried, { 'bisphosphonate-first': 'not_met' });
  });

  it('PHARMACY: approves semaglutide after metformin failed; over the quantity limit with an unknown dose goes to review', async () => {
    const pharmacy = { programCode: 'PHARMACY', procedureCode: 'PHARM', diagnosis: 'E11.9', dateOfService: '2026-04-01' };
    const approved = await submit({ ...pharmacy, member: walter, answers: semaglutide });
    expectApproved(approved, [{ code: 'PHARM', units: 1 }]);
    expect(approved.approvedLines[0]?.description).toBe('Semaglutide (Ozempic)');

    const overLimit = { ...semaglutide, 'within-quantity-limit': 'no', 'quantity-reason': 'Titrating to 2 mg: two pens this month.', 'dose-within-label': 'unknown' };
    const review = await submit({ ...pharmacy, member: nora, answers: overLimit }, { choice: 'none' });
    expectReview(review, { 'quantity-limit': 'not_met', 'labeled-dose': 'unknown' });
  });
});
