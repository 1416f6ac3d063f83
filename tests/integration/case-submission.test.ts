import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { latestMessage } from '../support/outbox.ts';
import { cases } from '../../src/db/schema/cases.ts';
import { healthPlans } from '../../src/db/schema/plans.ts';
import { sites } from '../../src/db/schema/members.ts';
import { demoOrthopedicSurgeon, demoSites } from '../../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import type { CaseView, EligibilityResult, QuestionnaireState, ReviewOutlook, SubmissionResult } from '../../src/contracts/cases.ts';

let tc: TestContext;
let office: Browser;
let officePractitionerId: string;
let planId: string;
let siteId: string;

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Submission Office');
  await createUser(tc, { userName: 'sub.user', role: 'office_user', officeId });
  officePractitionerId = (await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'sub.user'), [demoOrthopedicSurgeon]))[0]!;
  planId = (await tc.ctx.db.select({ id: healthPlans.id }).from(healthPlans).where(eq(healthPlans.code, 'WELLSENSE')))[0]!.id;
  const backBay = demoSites.find((site) => site.name.startsWith('Back Bay'))!;
  siteId = (await tc.ctx.db.select({ id: sites.id }).from(sites).where(eq(sites.npi, backBay.npi)))[0]!.id;
  office = await signIn(tc, 'sub.user');
});
afterAll(async () => {
  await tc.close();
});

/** Builds a lumbar ESI request for Patrick Sullivan up to the clinical questions. */
async function buildToQuestionnaire(dateOfService = '2026-03-16', alreadyPerformed = false): Promise<CaseView> {
  let view = (await office.post('/api/cases', { programCode: 'MSK', programPath: 'new_case' })).json<CaseView>();
  const step = async (name: string, input: unknown) => {
    const response = await office.put(`/api/cases/${view.id}/steps/${name}`, { version: view.version, input });
    expect(response.statusCode, response.body).toBe(200);
    view = response.json<CaseView>();
  };
  await step('provider', { officePractitionerId });
  await step('plan', { planId, locationId: demoOrthopedicSurgeon.locations[0]!.id });
  await step('contact', { providerName: 'Daniel Okonkwo, DO', contactName: 'Front desk', phone: '6175550112', fax: '6175550162', email: 'desk@backbay.test', notifyOnStatusChange: true });
  const [member] = (await office.post('/api/eligibility/search', { planId, patientId: '900000301', dateOfBirth: '1969-03-30', lastName: 'Sullivan' })).json<{ members: EligibilityResult[] }>().members;
  await step('member', { memberId: member!.memberId, phoneUnknown: true });
  await step('date_of_service', { dateOfService, alreadyPerformed });
  await step('service', { procedureCode: '62323', primaryDiagnosis: 'M54.16', renderedInOffice: false });
  await step('site', { siteId });
  view = (await office.post(`/api/cases/${view.id}/attest`, { version: view.version, attest: true })).json<CaseView>();
  view = (await office.put(`/api/cases/${view.id}/urgency`, { version: view.version, urgency: 'standard', reasons: { jeopardy: false, severePain: false } })).json<CaseView>();
  expect(view.currentStep).toBe('questionnaire');
  return view;
}

const meetsCriteria = lumbarEsiFirstInjection;

async function answer(view: CaseView, answers: Record<string, unknown>): Promise<QuestionnaireState> {
  const response = await office.put(`/api/cases/${view.id}/questionnaire`, { version: view.version, answers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<QuestionnaireState>();
}

const submit = (caseId: string, body: unknown, key?: string) =>
  office.request('POST', `/api/cases/${caseId}/submit`, body, key ? { 'idempotency-key': key } : {});

describe('clinical questions and submission', () => {
  it('asks the questions of the procedure, saves partial answers (finish later) and drops hidden ones', async () => {
    const view = await buildToQuestionnaire();
    const initial = (await office.get(`/api/cases/${view.id}/questionnaire`)).json<QuestionnaireState>();
    expect(initial.questionnaire?.title).toMatch(/epidural/i);
    expect(initial.complete).toBe(false);
    const partial = await answer(view, { reason: 'low-back-pain', 'last-injection-date': '2026-01-01' });
    expect(partial.answers).toEqual({ reason: 'low-back-pain' });
    expect(partial.problems.length).toBeGreaterThan(0);
    const garbage = await office.put(`/api/cases/${view.id}/questionnaire`, { version: partial.caseVersion, answers: { reason: { evil: true } } });
    expect(garbage.statusCode).toBe(400);
    const early = await submit(view.id, { version: partial.caseVersion, acknowledge: true }, 'early-key-0001');
    expect(early.statusCode).toBe(400);
    expect(early.json<{ error: { message: string } }>().error.message).toMatch(/remaining clinical questions/);
  });

  it('approves at once when every criterion is met: authorization number, lines, validity', async () => {
    const view = await buildToQuestionnaire();
    const state = await answer(view, meetsCriteria);
    expect(state).toMatchObject({ complete: true, currentStep: 'review' });
    const review = (await office.get(`/api/cases/${view.id}/review`)).json<ReviewOutlook>();
    expect(review.outcome).toBe('approve');
    expect(review.criteria.every((criterion) => criterion.result === 'met')).toBe(true);

    const missingKey = await submit(view.id, { version: state.caseVersion, acknowledge: true });
    expect(missingKey.statusCode).toBe(400);
    const response = await submit(view.id, { version: state.caseVersion, acknowledge: true }, 'submit-key-0001');
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json<SubmissionResult>();
    expect(result).toMatchObject({ status: 'approved', validFrom: '2026-03-16', validTo: '2026-09-12', approvedLines: [{ code: '62323', units: 1 }] });
    expect(result.authorizationNumber).toMatch(/^A\d{9}$/);
    expect(result.caseNumber).toMatch(/^\d{9}$/);
    expect(result.criteria[0]).toMatchObject({ guideline: expect.any(String) as string, version: expect.any(String) as string });
    expect((await latestMessage(tc, 'desk@backbay.test', 'case.status_changed')).body).not.toMatch(/Sullivan|M54/);

    // A double click: the same key and body replays the same answer and makes no second case.
    const again = await submit(view.id, { version: state.caseVersion, acknowledge: true }, 'submit-key-0001');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(result);
    const reused = await submit(view.id, { version: state.caseVersion + 5, acknowledge: true }, 'submit-key-0001');
    expect(reused.statusCode).toBe(422);
    const otherKey = await submit(view.id, { version: state.caseVersion, acknowledge: true }, 'submit-key-0002');
    expect(otherKey.statusCode).toBe(409);

    const rows = await tc.ctx.db.select().from(cases).where(eq(cases.id, view.id));
    expect(rows[0]).toMatchObject({ status: 'approved', authorizationNumber: result.authorizationNumber });

    // The summary can be shown again later, criteria and all.
    const detail = (await office.get(`/api/cases/${view.id}/detail`)).json<{ submission: SubmissionResult }>();
    expect(detail.submission).toEqual(result);

    // PRINT: a PDF of the summary.
    const pdf = await office.get(`/api/cases/${view.id}/summary.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(1000);
  });

  it('sends a request that does not meet criteria to clinical review, after the criteria-not-met choice', async () => {
    const view = await buildToQuestionnaire();
    const state = await answer(view, { ...meetsCriteria, 'conservative-weeks': 2 });
    const review = (await office.get(`/api/cases/${view.id}/review`)).json<ReviewOutlook>();
    expect(review.outcome).toBe('refer');
    expect(review.criteria.some((criterion) => criterion.result === 'not_met')).toBe(true);
    const noChoice = await submit(view.id, { version: state.caseVersion, acknowledge: true }, 'refer-key-0001');
    expect(noChoice.statusCode).toBe(400);
    const response = await submit(view.id, { version: state.caseVersion, acknowledge: true, criteriaNotMet: { choice: 'notes', notes: 'Therapy limited by work schedule.' } }, 'refer-key-0002');
    const result = response.json<SubmissionResult>();
    expect(result).toMatchObject({ status: 'pending_clinical_review', authorizationNumber: null });
    // Submitted Monday 2 March (New York): two business days later, at the end of Wednesday.
    expect(result.decisionDueAt).toBe('2026-03-05T05:00:00.000Z');
    expect(result.message).toMatch(/sent to clinical review/);
  });

  it('warns about a duplicate request for the same member and service', async () => {
    const view = await buildToQuestionnaire('2026-03-20');
    await answer(view, meetsCriteria);
    const review = (await office.get(`/api/cases/${view.id}/review`)).json<ReviewOutlook>();
    expect(review.duplicates.length).toBeGreaterThanOrEqual(2);
    expect(review.duplicates.map((duplicate) => duplicate.status)).toEqual(expect.arrayContaining(['approved', 'pending_clinical_review']));
  });

  it('administratively denies a retrospective request past the plan’s window', async () => {
    const view = await buildToQuestionnaire('2026-02-01', true);
    const state = await answer(view, meetsCriteria);
    const review = (await office.get(`/api/cases/${view.id}/review`)).json<ReviewOutlook>();
    expect(review.outcome).toBe('administrative_denial');
    expect(review.reason).toMatch(/2026-02-15/);
    const result = (await submit(view.id, { version: state.caseVersion, acknowledge: true }, 'retro-key-0001')).json<SubmissionResult>();
    expect(result.status).toBe('administratively_denied');
  });

  it('makes exactly one case when the same submission arrives twice at once', async () => {
    const view = await buildToQuestionnaire('2026-04-01');
    const state = await answer(view, meetsCriteria);
    const body = { version: state.caseVersion, acknowledge: true };
    const [first, second] = await Promise.all([submit(view.id, body, 'race-key-0001'), submit(view.id, body, 'race-key-0001')]);
    expect([first.statusCode, second.statusCode]).toEqual([201, 201]);
    expect(first.json<SubmissionResult>().caseNumber).toBe(second.json<SubmissionResult>().caseNumber);
    const numbered = await tc.ctx.db.select({ caseNumber: cases.caseNumber }).from(cases).where(eq(cases.id, view.id));
    expect(numbered).toHaveLength(1);
  });

  it('goes back to the date of service when the member changes, and will not lock an incomplete request', async () => {
    const view = await buildToQuestionnaire('2026-04-10');
    expect(view.locked).toBe(true);
    let draft = (await office.post('/api/cases', { programCode: 'MSK' })).json<CaseView>();
    const step = async (name: string, input: unknown) => {
      draft = (await office.put(`/api/cases/${draft.id}/steps/${name}`, { version: draft.version, input })).json<CaseView>();
    };
    await step('provider', { officePractitionerId });
    await step('plan', { planId, locationId: demoOrthopedicSurgeon.locations[0]!.id });
    await step('contact', { providerName: 'Dr O', contactName: 'Desk', phone: '6175550112', fax: '6175550162', email: 'desk@backbay.test', notifyOnStatusChange: false });
    const [member] = (await office.post('/api/eligibility/search', { planId, patientId: '900000301', dateOfBirth: '1969-03-30', lastName: 'Sullivan' })).json<{ members: EligibilityResult[] }>().members;
    await step('member', { memberId: member!.memberId, phoneUnknown: true });
    await step('date_of_service', { dateOfService: '2026-04-10', alreadyPerformed: false });
    expect(draft.currentStep).toBe('service');
    // The same provider again changes nothing.
    await step('provider', { officePractitionerId });
    expect(draft.currentStep).toBe('service');
    // Another member: their coverage on the date must be checked again.
    const [other] = (await office.post('/api/eligibility/search', { planId, patientId: '900000302', dateOfBirth: '1950-12-07', lastName: 'Tremblay' })).json<{ members: EligibilityResult[] }>().members;
    await step('member', { memberId: other!.memberId, phoneUnknown: true });
    expect(draft).toMatchObject({ currentStep: 'date_of_service', dateOfService: null });
    const cigna = (await tc.ctx.db.select({ id: healthPlans.id }).from(healthPlans).where(eq(healthPlans.code, 'CIGNA')))[0]!.id;
    const refused = await office.put(`/api/cases/${draft.id}/steps/plan`, { version: draft.version, input: { planId: cigna, locationId: demoOrthopedicSurgeon.locations[0]!.id } });
    expect(refused.statusCode).toBe(400);
    const attest = await office.post(`/api/cases/${draft.id}/attest`, { version: draft.version, attest: true });
    expect(attest.statusCode).toBe(409);
  });

  it('dates "today" in the plan’s time zone, not in UTC', async () => {
    // 9 pm in Boston on 2 March is already 3 March in UTC.
    tc.clock.set('2026-03-03T02:00:00Z');
    office = await signIn(tc, 'sub.user');
    const view = await buildToQuestionnaire('2026-03-02', false);
    expect(view.dateOfService).toBe('2026-03-02');
  });
});
