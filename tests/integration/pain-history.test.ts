import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { insertSubmittedCases } from '../support/cases.ts';
import { wellsenseMembers } from '../support/case-requests.ts';
import { healthPlans } from '../../src/db/schema/plans.ts';
import { members, sites } from '../../src/db/schema/members.ts';
import { demoPainPhysicianNewHampshire, demoSites } from '../../src/content/catalogue/demo-fixtures.ts';
import { facetFirstBlock } from '../../src/content/criteria/pain-sample-answers.testing.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import type { Answers } from '../../src/domain/questionnaires/answers.ts';
import type { CaseView, EligibilityResult, QuestionnaireState, ReviewOutlook, SubmissionResult } from '../../src/contracts/cases.ts';

/**
 * Interventional pain limits read the member's earlier authorizations in Priora (all offices),
 * not only the counts the office answers: a request the answers alone would approve goes to
 * review, naming the earlier cases. Also the plan's other MSK rules applied at submission: one
 * pain authorization per date of service, and the lead time of elective spine surgery.
 * The clock stands at Monday 2 March 2026 (tests/support/test-context.ts).
 */
let tc: TestContext;
let office: Browser;
let otherOfficeId: string;
let otherUserId: string;

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Manchester Pain Office');
  await createUser(tc, { userName: 'pain.user', role: 'office_user', officeId });
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'pain.user'), [demoPainPhysicianNewHampshire]);
  otherOfficeId = await createOffice(tc, 'Another Office Entirely');
  await createUser(tc, { userName: 'other.user', role: 'office_user', officeId: otherOfficeId });
  otherUserId = await userIdByName(tc, 'other.user');
  office = await signIn(tc, 'pain.user');
});
afterAll(async () => {
  await tc.close();
});

async function memberId(patientId: string): Promise<string> {
  return (await tc.ctx.db.select({ id: members.id }).from(members).where(eq(members.patientId, patientId)))[0]!.id;
}

/** Earlier authorizations approved for another office, straight into the database. */
async function approvedElsewhere(patientId: string, entries: Array<{ caseNumber: string; procedureCode: string; dateOfService: string }>): Promise<void> {
  const member = await memberId(patientId);
  await insertSubmittedCases(
    tc.ctx.db,
    entries.map((entry) => ({
      officeId: otherOfficeId,
      createdByUserId: otherUserId,
      caseNumber: entry.caseNumber,
      authorizationNumber: `A${entry.caseNumber}`,
      status: 'approved' as const,
      submittedAt: new Date(`${entry.dateOfService}T12:00:00Z`),
      memberId: member,
      procedureCode: entry.procedureCode,
      procedureDescription: 'Earlier authorization',
      dateOfService: entry.dateOfService,
    })),
  );
}

interface PainRequest {
  member: { patientId: string; dateOfBirth: string; lastName: string };
  dateOfService: string;
  procedureCode: string;
  diagnosis: string;
  answers: Answers;
}

/** Builds a WellSense MSK request through the API up to the review page. */
async function buildAndAnswer(request: PainRequest): Promise<{ view: CaseView; state: QuestionnaireState; review: ReviewOutlook }> {
  let view = (await office.post('/api/cases', { programCode: 'MSK', programPath: 'new_case' })).json<CaseView>();
  const step = async (name: string, input: unknown) => {
    const response = await office.put(`/api/cases/${view.id}/steps/${name}`, { version: view.version, input });
    expect(response.statusCode, response.body).toBe(200);
    view = response.json<CaseView>();
  };
  const { practitioners } = (await office.get('/api/account/practitioners')).json<{ practitioners: Array<{ id: string; npi: string }> }>();
  await step('provider', { officePractitionerId: practitioners.find((practitioner) => practitioner.npi === demoPainPhysicianNewHampshire.npi)!.id });
  const planId = (await tc.ctx.db.select({ id: healthPlans.id }).from(healthPlans).where(eq(healthPlans.code, 'WELLSENSE')))[0]!.id;
  await step('plan', { planId, locationId: demoPainPhysicianNewHampshire.locations[0]!.id });
  await step('contact', { providerName: 'Thomas Beaulieu, MD', contactName: 'Desk', phone: '6035550115', fax: '6035550165', email: 'desk@pain.test', notifyOnStatusChange: false });
  const [member] = (await office.post('/api/eligibility/search', { planId, ...request.member })).json<{ members: EligibilityResult[] }>().members;
  await step('member', { memberId: member!.memberId, phoneUnknown: true });
  await step('date_of_service', { dateOfService: request.dateOfService, alreadyPerformed: false });
  await step('service', { procedureCode: request.procedureCode, primaryDiagnosis: request.diagnosis, renderedInOffice: false });
  const backBay = demoSites.find((site) => site.name.startsWith('Back Bay'))!;
  await step('site', { siteId: (await tc.ctx.db.select({ id: sites.id }).from(sites).where(eq(sites.npi, backBay.npi)))[0]!.id });
  view = (await office.post(`/api/cases/${view.id}/attest`, { version: view.version, attest: true })).json<CaseView>();
  view = (await office.put(`/api/cases/${view.id}/urgency`, { version: view.version, urgency: 'standard', reasons: { jeopardy: false, severePain: false } })).json<CaseView>();
  const state = (await office.put(`/api/cases/${view.id}/questionnaire`, { version: view.version, answers: request.answers })).json<QuestionnaireState>();
  expect(state.problems).toEqual([]);
  expect(state.complete).toBe(true);
  const review = (await office.get(`/api/cases/${view.id}/review`)).json<ReviewOutlook>();
  return { view, state, review };
}

async function submit(caseId: string, caseVersion: number, referred: boolean): Promise<SubmissionResult> {
  const body = { version: caseVersion, acknowledge: true, ...(referred ? { criteriaNotMet: { choice: 'none' } } : {}) };
  const response = await office.request('POST', `/api/cases/${caseId}/submit`, body, { 'idempotency-key': `pain-${caseId}` });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<SubmissionResult>();
}

const criterion = (review: ReviewOutlook | SubmissionResult, id: string) => review.criteria.find((entry) => entry.id === id);

describe('interventional pain limits read the member’s earlier authorizations', () => {
  it('sends a facet block to review when two earlier blocks are on record, though the office answered none', async () => {
    await approvedElsewhere(wellsenseMembers.tremblay.patientId, [
      { caseNumber: '199000012', procedureCode: '64493', dateOfService: '2025-11-03' },
      { caseNumber: '199000019', procedureCode: '64493', dateOfService: '2026-02-02' },
    ]);
    const { view, state, review } = await buildAndAnswer({ member: wellsenseMembers.tremblay, dateOfService: '2026-03-20', procedureCode: '64493', diagnosis: 'M47.816', answers: facetFirstBlock });
    expect(review.outcome).toBe('refer');
    expect(review.criteria.filter((entry) => entry.result !== 'met').map((entry) => entry.id)).toEqual(['block-limit-on-record-low-back']);
    expect(criterion(review, 'block-limit-on-record-low-back')).toMatchObject({
      result: 'not_met',
      reason: '2 earlier authorizations for 64493–64495 in the last 12 months (cases 199000012, 199000019); allowed at most 1',
      guideline: 'Priora MSK Interventional Pain Guideline',
      version: '2026.2',
      section: '7.6',
    });
    // The criteria show only case numbers, codes and dates of the other office's cases.
    expect(JSON.stringify(review.criteria)).not.toMatch(/Another Office|A1990000/);

    const result = await submit(view.id, state.caseVersion, true);
    expect(result).toMatchObject({ status: 'pending_clinical_review', authorizationNumber: null });
    expect(criterion(result, 'block-limit-on-record-low-back')?.result).toBe('not_met');
  });

  it('approves the same facet block for a member without earlier authorizations', async () => {
    const { view, state, review } = await buildAndAnswer({ member: wellsenseMembers.sullivan, dateOfService: '2026-03-20', procedureCode: '64493', diagnosis: 'M47.816', answers: facetFirstBlock });
    expect(review.outcome).toBe('approve');
    expect(criterion(review, 'block-limit-on-record-low-back')).toMatchObject({ result: 'met', reason: 'No earlier authorizations for 64493–64495 in the last 12 months' });
    const result = await submit(view.id, state.caseVersion, false);
    expect(result.status).toBe('approved');
    expect(result.approvedLines.map((line) => [line.code, line.units])).toEqual([
      ['64493', 1],
      ['64494', 1],
    ]);
  });

  it('sends a lumbar epidural injection to review past the yearly limit on record (criteria v2)', async () => {
    await approvedElsewhere(wellsenseMembers.tremblay.patientId, [
      { caseNumber: '199000021', procedureCode: '62323', dateOfService: '2025-05-05' },
      { caseNumber: '199000022', procedureCode: '64483', dateOfService: '2025-08-04' },
      { caseNumber: '199000023', procedureCode: '62323', dateOfService: '2025-11-10' },
      { caseNumber: '199000024', procedureCode: '62323', dateOfService: '2026-02-09' },
    ]);
    const { review } = await buildAndAnswer({ member: wellsenseMembers.tremblay, dateOfService: '2026-03-23', procedureCode: '62323', diagnosis: 'M54.16', answers: lumbarEsiFirstInjection });
    expect(review.outcome).toBe('refer');
    expect(criterion(review, 'yearly-limit-on-record')).toMatchObject({
      result: 'not_met',
      reason: '4 earlier authorizations for 62323, 64483, 64484 in the last 12 months (cases 199000021, 199000022, 199000023, 199000024); allowed at most 3',
    });
    expect(criterion(review, 'episode-limit-on-record')?.result).toBe('met');
  });
});

describe('the plan’s MSK rules at submission', () => {
  it('refers a second pain request for the same member and date of service, naming the first case', async () => {
    // Sullivan's facet block on 20 March was approved above.
    const { review } = await buildAndAnswer({ member: wellsenseMembers.sullivan, dateOfService: '2026-03-20', procedureCode: '62323', diagnosis: 'M54.16', answers: lumbarEsiFirstInjection });
    expect(review.outcome).toBe('refer');
    const check = criterion(review, 'one-authorization-per-date-of-service');
    expect(check).toMatchObject({ result: 'not_met', section: '1.2' });
    expect(check?.reason).toMatch(/^Case \d{9} already requests interventional pain for this member on 2026-03-20; one authorization per date of service$/);
    expect(review.reason).toMatch(/The answers meet the guideline criteria, but: Case \d{9} already requests/);

    // Another date is fine.
    const other = await buildAndAnswer({ member: wellsenseMembers.sullivan, dateOfService: '2026-03-27', procedureCode: '62323', diagnosis: 'M54.16', answers: lumbarEsiFirstInjection });
    expect(other.review.outcome).toBe('approve');
  });

  it('does not approve elective spine surgery requested less than two weeks ahead, and says why', async () => {
    const decompression: Answers = {
      region: 'lumbar',
      inpatient: false,
      'primary-cpt': { code: '63047', display: '63047' },
      'primary-units': 1,
      'add-second-code': false,
      'lumbar-levels': ['L4-L5'],
      'urgent-surgery': false,
      myelopathy: false,
      'previous-fusion': false,
      'qualifying-conditions': ['none'],
      'degenerative-indication': 'stenosis-claudication',
      'neuro-findings': ['claudication'],
      'imaging-matches': 'yes',
      'nonsurgical-care': 'yes',
      'injection-trial': 'done',
      'advanced-imaging': ['mri'],
    };
    const soon = await buildAndAnswer({ member: wellsenseMembers.sullivan, dateOfService: '2026-03-10', procedureCode: 'SPINE', diagnosis: 'M48.062', answers: decompression });
    expect(soon.review.outcome).toBe('refer');
    expect(criterion(soon.review, 'request-lead-time')).toMatchObject({
      result: 'not_met',
      reason: 'Requested on 2026-03-02 for elective surgery on 2026-03-10, less than 14 calendar days ahead; needed a surgery date on or after 2026-03-16',
      guideline: 'Priora MSK Spine Surgery Guideline',
      section: '1.2',
    });
    expect(soon.review.criteria.filter((entry) => entry.result !== 'met').map((entry) => entry.id)).toEqual(['request-lead-time']);

    // Urgent surgery is not held to the lead time.
    const urgent = await buildAndAnswer({
      member: wellsenseMembers.sullivan,
      dateOfService: '2026-03-04',
      procedureCode: 'SPINE',
      diagnosis: 'M48.062',
      answers: { ...decompression, 'urgent-surgery': true, 'nonsurgical-care': undefined, 'injection-trial': undefined },
    });
    expect(criterion(urgent.review, 'request-lead-time')).toMatchObject({ result: 'met', reason: 'Does not apply: urgent surgery' });
    expect(urgent.review.outcome).toBe('approve');

    const inTime = await buildAndAnswer({ member: wellsenseMembers.sullivan, dateOfService: '2026-03-16', procedureCode: 'SPINE', diagnosis: 'M48.062', answers: decompression });
    expect(inTime.review.outcome).toBe('approve');
    const result = await submit(inTime.view.id, inTime.state.caseVersion, false);
    expect(result.approvedLines).toMatchObject([{ code: '63047', units: 1 }]);
  });
});
