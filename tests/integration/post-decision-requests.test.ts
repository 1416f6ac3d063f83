import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { type ApiError, type CaseRequest, cignaMetastaticBreastRadiation, requestAndSubmitCase, wellsenseFacetBlockForReview, wellsenseMembers } from '../support/case-requests.ts';
import { demoOrthopedicSurgeon, demoRadiationOncologist } from '../../src/content/catalogue/demo-fixtures.ts';
import { samplePdf } from '../support/sample-files.ts';
import { returnExpiredHolds } from '../../src/app/review/holds.ts';
import type { ReviewCaseView, ReviewQueueRow } from '../../src/contracts/review.ts';
import type { CaseDetail } from '../../src/contracts/cases.ts';
import { cases } from '../../src/db/schema/cases.ts';
import type { CaseLetterView } from '../../src/contracts/letters.ts';
import type { PolicyScopeView } from '../../src/contracts/plan-admin.ts';
import { ABANDONED_BY_WEB_USER_NOTE, POST_DECISION_SUBMITTED, type PostDecisionRequestResult } from '../../src/contracts/post-decision.ts';

/**
 * Issue 6 part 2: reconsideration and appeal on the web. The office answers "Would you like to
 * process a …?"; "No" or no upload abandons it with the seed's note; with new clinical information
 * the case goes to a medical director who did not make the decision, whose outcome changes the
 * case, sends a letter and leaves the options that remain.
 */
let tc: TestContext;
let office: Browser;
let otherOffice: Browser;
let nurse: Browser;
let director: Browser;
let otherDirector: Browser;

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Reconsideration Office');
  const otherId = await createOffice(tc, 'Elsewhere Office');
  await createUser(tc, { userName: 'recon.office', role: 'office_user', officeId });
  await createUser(tc, { userName: 'recon.other', role: 'office_user', officeId: otherId });
  await createUser(tc, { userName: 'recon.nurse', role: 'nurse_reviewer' });
  await createUser(tc, { userName: 'recon.md', role: 'medical_director' });
  await createUser(tc, { userName: 'recon.md2', role: 'medical_director' });
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'recon.office'), [demoOrthopedicSurgeon, demoRadiationOncologist]);
  await signInAll();
});
afterAll(async () => {
  await tc.close();
});

async function signInAll() {
  office = await signIn(tc, 'recon.office');
  otherOffice = await signIn(tc, 'recon.other');
  nurse = await signIn(tc, 'recon.nurse');
  director = await signIn(tc, 'recon.md');
  otherDirector = await signIn(tc, 'recon.md2');
}

const { sullivan, tremblay } = wellsenseMembers;

const view = async (browser: Browser, caseId: string) => (await browser.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();
const detail = async (caseId: string) => (await office.get(`/api/cases/${caseId}/detail`)).json<CaseDetail>();
const ask = (caseId: string, body: Record<string, unknown>, browser = office) => browser.post(`/api/cases/${caseId}/post-decision-requests`, body);

async function upload(caseId: string): Promise<string[]> {
  const response = await office.upload(`/api/cases/${caseId}/documents`, [{ name: 'new-mri-report.pdf', bytes: samplePdf('new MRI') }], { purpose: 'additional_clinical' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ documents: Array<{ id: string }> }>().documents.map((document) => document.id);
}

/** A two-level facet block with too little conservative care, denied by `decider` (recon.md). */
async function deniedCase(member: CaseRequest['member'], dateOfService: string): Promise<string> {
  const result = await requestAndSubmitCase(tc, office, wellsenseFacetBlockForReview(dateOfService, member));
  const caseId = result.caseId;
  let current = await view(director, caseId);
  current = (await director.post(`/api/review/cases/${caseId}/claim`, { version: current.version })).json<ReviewCaseView>();
  const criteriaIds = current.criteria.filter((criterion) => criterion.result !== 'met').map((criterion) => criterion.id);
  if (current.preDecision.required) {
    // Medicare: the notice first, and its due date passes without an answer.
    const noticed = (await director.post(`/api/review/cases/${caseId}/pre-decision-notice`, { version: current.version, reason: 'Six weeks of conservative care first.', criteriaIds, calledProvider: true })).json<ReviewCaseView>();
    tc.clock.set(new Date(new Date(noticed.hold!.dueAt).getTime() + 1000));
    await returnExpiredHolds(tc.ctx);
    await signInAll();
    current = await view(director, caseId);
  }
  const denied = await director.post(`/api/review/cases/${caseId}/decision`, { version: current.version, action: 'deny', reason: 'Three weeks of conservative care only.', criteriaIds });
  expect(denied.statusCode, denied.body).toBe(200);
  return caseId;
}

describe('reconsideration on the web', () => {
  it('with new clinical information: pending medical director review, in the queue, refused to the deciding director, overturned by another with an authorization, a letter and no options left', async () => {
    const caseId = await deniedCase(sullivan, '2026-04-20');
    const before = await detail(caseId);
    expect(before.postDecisionOptions.filter((option) => option.open).map((option) => [option.kind, option.handledBy])).toEqual([
      ['peer_to_peer', 'vendor'],
      ['reconsideration', 'vendor'],
      ['appeal_first_level', 'plan'],
    ]);

    // Another office cannot even see that the case exists.
    expect((await ask(caseId, { kind: 'reconsideration', proceed: true, newInformationAcknowledged: true, documentIds: [] }, otherOffice)).statusCode).toBe(404);

    const documentIds = await upload(caseId);
    const unacknowledged = await ask(caseId, { kind: 'reconsideration', proceed: true, newInformationAcknowledged: false, documentIds });
    expect(unacknowledged.statusCode).toBe(400);
    expect(unacknowledged.json<ApiError>().error.fields?.['newInformationAcknowledged']).toMatch(/new clinical information/);

    const asked = await ask(caseId, { kind: 'reconsideration', proceed: true, newInformationAcknowledged: true, documentIds });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json<PostDecisionRequestResult>()).toMatchObject({ status: 'requested', message: POST_DECISION_SUBMITTED, caseStatus: 'additional_information_received' });
    const pending = await detail(caseId);
    expect(pending.status).toBe('additional_information_received');
    expect(pending.history.map((event) => event.description)).toContain('Reconsideration requested with new clinical information; pending medical director review');
    expect(pending.postDecisionOptions.find((option) => option.kind === 'reconsideration')).toMatchObject({ open: false });
    // Asked twice: refused, nothing changes.
    expect((await ask(caseId, { kind: 'reconsideration', proceed: true, newInformationAcknowledged: true, documentIds })).statusCode).toBe(409);

    const queue = (await otherDirector.get('/api/review/queue')).json<{ rows: ReviewQueueRow[] }>().rows;
    expect(queue.find((row) => row.caseId === caseId)).toMatchObject({
      status: 'additional_information_received',
      statusLabel: 'Reconsideration: Additional Information Received, Pending Medical Director Review',
      postDecisionKind: 'reconsideration',
      assignee: null,
    });

    // The director who denied it may not review it; nor a nurse; nor the ordinary decision.
    let current = await view(director, caseId);
    expect(current.postDecisionReview).toMatchObject({ kind: 'reconsideration', mayClaim: false });
    expect(current.postDecisionReview?.whyNot).toBe('You made a decision under review: this Reconsideration goes to a medical director who did not.');
    expect(current.allowedActions).toEqual(['note']);
    const refused = await director.post(`/api/review/cases/${caseId}/post-decision/claim`, { version: current.version });
    expect(refused.statusCode).toBe(403);
    expect(refused.json<ApiError>().error.message).toMatch(/goes to a medical director who did not/);
    expect((await nurse.post(`/api/review/cases/${caseId}/post-decision/claim`, { version: current.version })).statusCode).toBe(403);
    // The ordinary review actions stay closed too: the deciding director cannot take it back by a plain claim, an assignment or a hold.
    for (const [action, body] of [
      ['claim', {}],
      ['assign', { userId: await userIdByName(tc, 'recon.md') }],
      ['hold', { items: ['office-notes'] }],
    ] as const) {
      const ordinaryAction = await director.post(`/api/review/cases/${caseId}/${action}`, { version: current.version, ...body });
      expect(ordinaryAction.statusCode, action).toBe(409);
      expect(ordinaryAction.json<ApiError>().error.message).toMatch(/under Reconsideration/);
    }

    current = await view(otherDirector, caseId);
    expect(current.postDecisionReview).toMatchObject({ mayClaim: true, whyNot: null });
    expect(current.postDecisionReview?.excludedReviewers).toHaveLength(1);
    expect(current.determination).toMatchObject({ outcome: 'denied', reason: 'Three weeks of conservative care only.' });
    const claimed = await otherDirector.post(`/api/review/cases/${caseId}/post-decision/claim`, { version: current.version });
    expect(claimed.statusCode, claimed.body).toBe(200);
    current = claimed.json<ReviewCaseView>();
    expect(current.postDecisionReview).toMatchObject({ mayDecide: true });
    // Even once claimed, the ordinary review decision stays closed (one determination per case).
    const ordinary = await otherDirector.post(`/api/review/cases/${caseId}/decision`, { version: current.version, action: 'approve' });
    expect(ordinary.statusCode).toBe(409);

    const noReason = await otherDirector.post(`/api/review/cases/${caseId}/post-decision/decision`, { version: current.version, outcome: 'overturned', reason: '' });
    expect(noReason.statusCode).toBe(400);
    const overturned = await otherDirector.post(`/api/review/cases/${caseId}/post-decision/decision`, { version: current.version, outcome: 'overturned', reason: 'The new notes document six weeks of therapy.' });
    expect(overturned.statusCode, overturned.body).toBe(200);
    const decided = overturned.json<ReviewCaseView>();
    expect(decided.status).toBe('approved');
    expect(decided.postDecisionReview).toBeNull();

    const after = await detail(caseId);
    expect(after.status).toBe('approved');
    expect(after.authorizationNumber).toMatch(/^A\d+/);
    expect(after.validFrom).toBeTruthy();
    expect(after.procedures.every((line) => line.status === 'approved')).toBe(true);
    expect(after.postDecisionOptions).toEqual([]);
    expect(after.history.map((event) => event.description)).toContain('Reconsideration decided: original decision overturned. The new notes document six weeks of therapy.');
    const { letters } = (await office.get(`/api/cases/${caseId}/letters`)).json<{ letters: CaseLetterView[] }>();
    expect(letters.filter((letter) => letter.letterType === 'reconsideration_outcome').map((letter) => letter.audience).sort()).toEqual(['member', 'provider']);
  });

  it('"No" records the seed\'s abandonment note; the reconsideration may still be asked for later in its window, and the plan\'s appeal is refused with the plan\'s contact', async () => {
    const caseId = await deniedCase(sullivan, '2026-04-21');
    const no = await ask(caseId, { kind: 'reconsideration', proceed: false });
    expect(no.statusCode, no.body).toBe(201);
    expect(no.json<PostDecisionRequestResult>()).toMatchObject({ status: 'abandoned', message: ABANDONED_BY_WEB_USER_NOTE, caseStatus: 'denied' });
    const after = await detail(caseId);
    expect(after.status).toBe('denied');
    expect(after.history.map((event) => event.description)).toContain(ABANDONED_BY_WEB_USER_NOTE);
    // "Case will not proceed … at this time" (seed 000): nothing is used up.
    expect(after.postDecisionOptions.find((option) => option.kind === 'reconsideration')).toMatchObject({ open: true, closedByHistory: false });

    const appeal = await ask(caseId, { kind: 'appeal_first_level', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    expect(appeal.statusCode).toBe(409);
    expect(appeal.json<ApiError>().error.message).toMatch(/decided by WellSense Health Plan, not by Priora: contact the plan \(phone \(\d{3}\) \d{3}-\d{4}/);
  });

  it('"Yes" without an upload abandons the request with the seed\'s note; asked again with new clinicals, it goes to review', async () => {
    const caseId = await deniedCase(sullivan, '2026-04-22');
    const yes = await ask(caseId, { kind: 'reconsideration', proceed: true, newInformationAcknowledged: true, documentIds: [] });
    expect(yes.statusCode, yes.body).toBe(201);
    expect(yes.json<PostDecisionRequestResult>()).toMatchObject({ status: 'abandoned', message: ABANDONED_BY_WEB_USER_NOTE });
    const after = await detail(caseId);
    expect(after.status).toBe('denied');
    expect(after.history.map((event) => event.description)).toContain(ABANDONED_BY_WEB_USER_NOTE);
    const again = await ask(caseId, { kind: 'reconsideration', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    expect(again.statusCode, again.body).toBe(201);
    expect((await detail(caseId)).status).toBe('additional_information_received');
  });

  it('an urgent case\'s appeal Priora decides is expedited: by phone, refused online with the number; its reconsideration stays online', async () => {
    const { caseId } = await requestAndSubmitCase(tc, office, cignaMetastaticBreastRadiation('2026-04-30'));
    // As if the office had marked it urgent in the wizard (the urgency step's own rules are tested elsewhere).
    await tc.ctx.db.update(cases).set({ urgency: 'urgent' }).where(eq(cases.id, caseId));
    let current = await view(director, caseId);
    current = (await director.post(`/api/review/cases/${caseId}/claim`, { version: current.version })).json<ReviewCaseView>();
    const criteriaIds = current.criteria.filter((criterion) => criterion.result !== 'met').map((criterion) => criterion.id);
    expect((await director.post(`/api/review/cases/${caseId}/decision`, { version: current.version, action: 'deny', reason: 'Not a curative course.', criteriaIds })).statusCode).toBe(200);
    const options = (await detail(caseId)).postDecisionOptions;
    expect(options.find((option) => option.kind === 'appeal_first_level')).toMatchObject({ open: true, handledBy: 'vendor', phoneOnly: true });
    expect(webReviews(await detail(caseId))).toEqual(['reconsideration']);
    const online = await ask(caseId, { kind: 'appeal_first_level', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    expect(online.statusCode).toBe(409);
    expect(online.json<ApiError>().error.message).toMatch(/^This request was urgent: its appeal is an expedited appeal, asked for by calling Priora \(not online\) by the date shown\. \(phone \(\d{3}\) \d{3}-\d{4}/);
  });

  it('upheld: back to the denial, with the outcome letter; the first level appeal remains', async () => {
    const caseId = await deniedCase(sullivan, '2026-04-23');
    await ask(caseId, { kind: 'reconsideration', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    let current = await view(otherDirector, caseId);
    current = (await otherDirector.post(`/api/review/cases/${caseId}/post-decision/claim`, { version: current.version })).json<ReviewCaseView>();
    const upheld = await otherDirector.post(`/api/review/cases/${caseId}/post-decision/decision`, { version: current.version, outcome: 'upheld', reason: 'The new notes still show three weeks of therapy.' });
    expect(upheld.statusCode, upheld.body).toBe(200);
    const after = await detail(caseId);
    expect(after.status).toBe('denied');
    expect(after.postDecisionOptions.filter((option) => option.open).map((option) => option.kind)).toEqual(['peer_to_peer', 'appeal_first_level']);
    const { letters } = (await office.get(`/api/cases/${caseId}/letters`)).json<{ letters: CaseLetterView[] }>();
    expect(letters.some((letter) => letter.letterType === 'reconsideration_outcome' && letter.title === 'Outcome of the reconsideration')).toBe(true);
  });

  it('a first level appeal Priora decides (Cigna): filed on the web it closes the reconsideration; upheld, it sends the appeal letter and opens the plan\'s second level', async () => {
    const caseId = await deniedCignaCase('2026-04-27');
    expect((await detail(caseId)).postDecisionOptions.find((option) => option.kind === 'appeal_first_level')).toMatchObject({ open: true, handledBy: 'vendor' });

    const appealed = await ask(caseId, { kind: 'appeal_first_level', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    expect(appealed.statusCode, appealed.body).toBe(201);
    let current = await view(otherDirector, caseId);
    expect(current.postDecisionReview).toMatchObject({ kind: 'appeal_first_level', label: 'First Level Appeal' });
    current = (await otherDirector.post(`/api/review/cases/${caseId}/post-decision/claim`, { version: current.version })).json<ReviewCaseView>();
    const upheld = await otherDirector.post(`/api/review/cases/${caseId}/post-decision/decision`, { version: current.version, outcome: 'upheld', reason: 'The scans confirm metastatic disease.' });
    expect(upheld.statusCode, upheld.body).toBe(200);

    const after = await detail(caseId);
    expect(after.status).toBe('denied');
    const byKind = Object.fromEntries(after.postDecisionOptions.map((option) => [option.kind, option]));
    expect(byKind['reconsideration']).toMatchObject({ open: false, explanation: 'A reconsideration must be asked for before an appeal; an appeal was filed on this case.' });
    expect(byKind['appeal_first_level']).toMatchObject({ open: false });
    expect(byKind['appeal_second_level']).toMatchObject({ open: true, handledBy: 'plan' });
    const { letters } = (await office.get(`/api/cases/${caseId}/letters`)).json<{ letters: CaseLetterView[] }>();
    expect(letters.some((letter) => letter.letterType === 'appeal_outcome' && letter.title === 'Outcome of the appeal')).toBe(true);
    const second = await ask(caseId, { kind: 'appeal_second_level', proceed: false });
    expect(second.statusCode).toBe(409);
    expect(second.json<ApiError>().error.message).toMatch(/^The Second Level Appeal of this case is decided by Cigna/);
  });

  it('Medicare: no reconsideration is offered (refused if forced); the appeal goes to the plan', async () => {
    const caseId = await deniedCase(tremblay, '2026-06-08');
    const options = (await detail(caseId)).postDecisionOptions;
    expect(options.find((option) => option.kind === 'reconsideration')).toMatchObject({ open: false, lastDay: null, explanation: 'Medicare plans do not offer reconsideration.' });
    expect(options.find((option) => option.kind === 'appeal_first_level')).toMatchObject({ open: true, handledBy: 'plan' });
    const forced = await ask(caseId, { kind: 'reconsideration', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    expect(forced.statusCode).toBe(409);
    expect(forced.json<ApiError>().error.message).toBe('A Reconsideration is not offered for this case. Medicare plans do not offer reconsideration.');
  });
});

/** Whole-breast radiation for a member with distant metastases (Cigna commercial), denied by recon.md: Cigna delegates its first level appeal to Priora. */
async function deniedCignaCase(dateOfService: string): Promise<string> {
  const { caseId } = await requestAndSubmitCase(tc, office, cignaMetastaticBreastRadiation(dateOfService));
  let current = await view(director, caseId);
  current = (await director.post(`/api/review/cases/${caseId}/claim`, { version: current.version })).json<ReviewCaseView>();
  const criteriaIds = current.criteria.filter((criterion) => criterion.result !== 'met').map((criterion) => criterion.id);
  const denied = await director.post(`/api/review/cases/${caseId}/decision`, { version: current.version, action: 'deny', reason: 'Metastatic disease: not a curative course.', criteriaIds });
  expect(denied.statusCode, denied.body).toBe(200);
  return caseId;
}

/** The reviews the office may ask Priora for on the web now, as the case page offers them. */
const webReviews = (found: CaseDetail) =>
  found.postDecisionOptions.filter((option) => option.open && option.handledBy === 'vendor' && !option.phoneOnly && ['reconsideration', 'appeal_first_level', 'appeal_second_level'].includes(option.kind)).map((option) => option.kind);

/** A medical director who did not deny it claims the open review and upholds the denial. */
async function uphold(caseId: string, reason: string) {
  let current = await view(otherDirector, caseId);
  current = (await otherDirector.post(`/api/review/cases/${caseId}/post-decision/claim`, { version: current.version })).json<ReviewCaseView>();
  const upheld = await otherDirector.post(`/api/review/cases/${caseId}/post-decision/decision`, { version: current.version, outcome: 'upheld', reason });
  expect(upheld.statusCode, upheld.body).toBe(200);
}

describe('a choice of reviews: more than one open at once', () => {
  it('Cigna: reconsideration and first level appeal both open through Priora; the office asks for the appeal, which closes the reconsideration (refused with the reason), for good once the appeal is decided', async () => {
    const caseId = await deniedCignaCase('2026-04-28');
    const before = await detail(caseId);
    expect(webReviews(before)).toEqual(['reconsideration', 'appeal_first_level']);
    const lastDays = Object.fromEntries(before.postDecisionOptions.map((option) => [option.kind, option.lastDay]));
    // "Before appeal": the reconsideration runs as long as the appeal window.
    expect(lastDays['reconsideration']).toBeTruthy();
    expect(lastDays['reconsideration']).toBe(lastDays['appeal_first_level']);

    const appealed = await ask(caseId, { kind: 'appeal_first_level', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    expect(appealed.statusCode, appealed.body).toBe(201);
    expect(appealed.json<PostDecisionRequestResult>()).toMatchObject({ kind: 'appeal_first_level', status: 'requested', message: POST_DECISION_SUBMITTED, caseStatus: 'additional_information_received' });

    // What the office sees while the appeal is under review: nothing left to ask for, each saying why.
    const pending = await detail(caseId);
    expect(pending.status).toBe('additional_information_received');
    expect(webReviews(pending)).toEqual([]);
    expect(pending.history.map((event) => event.description)).toContain('First Level Appeal requested with new clinical information; pending medical director review');
    const byKind = Object.fromEntries(pending.postDecisionOptions.map((option) => [option.kind, option]));
    expect(byKind['reconsideration']).toMatchObject({ open: false, closedByHistory: true, explanation: 'Not while the First Level Appeal of this case is under review.' });
    expect(byKind['appeal_first_level']).toMatchObject({ open: false, closedByHistory: true, explanation: 'A First Level Appeal is under review on this case; it can be asked for once.' });
    // The reconsideration, asked for now, is refused with that reason; "No" is refused too and records nothing.
    const reconsideration = await ask(caseId, { kind: 'reconsideration', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    expect(reconsideration.statusCode).toBe(409);
    expect(reconsideration.json<ApiError>().error.message).toBe('A Reconsideration can no longer be asked for on this case. Not while the First Level Appeal of this case is under review.');
    expect((await ask(caseId, { kind: 'reconsideration', proceed: false })).statusCode).toBe(409);
    expect((await detail(caseId)).history.map((event) => event.description)).not.toContain(ABANDONED_BY_WEB_USER_NOTE);

    // Decided: the reconsideration stays closed, now because an appeal was filed; the plan's second level is next.
    await uphold(caseId, 'The scans confirm metastatic disease.');
    const after = await detail(caseId);
    expect(after.status).toBe('denied');
    expect(webReviews(after)).toEqual([]);
    expect(after.postDecisionOptions.find((option) => option.kind === 'reconsideration')).toMatchObject({ open: false, explanation: 'A reconsideration must be asked for before an appeal; an appeal was filed on this case.' });
    const late = await ask(caseId, { kind: 'reconsideration', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    expect(late.statusCode).toBe(409);
    expect(late.json<ApiError>().error.message).toBe('A Reconsideration can no longer be asked for on this case. A reconsideration must be asked for before an appeal; an appeal was filed on this case.');
  });

  it('Cigna: "No" to the reconsideration uses nothing up: both stay open, and the first level appeal can be asked for', async () => {
    const caseId = await deniedCignaCase('2026-04-29');
    const no = await ask(caseId, { kind: 'reconsideration', proceed: false });
    expect(no.statusCode, no.body).toBe(201);
    expect(no.json<PostDecisionRequestResult>()).toMatchObject({ kind: 'reconsideration', status: 'abandoned', message: ABANDONED_BY_WEB_USER_NOTE });
    const after = await detail(caseId);
    expect(webReviews(after)).toEqual(['reconsideration', 'appeal_first_level']);
    const appealed = await ask(caseId, { kind: 'appeal_first_level', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    expect(appealed.statusCode, appealed.body).toBe(201);
    expect((await detail(caseId)).status).toBe('additional_information_received');
  });

  it('a plan with reconsideration "within" a window and a first level appeal delegated to Priora (configured): both open; the reconsideration upheld leaves the appeal open through Priora', async () => {
    await createUser(tc, { userName: 'recon.plan', role: 'plan_admin' });
    const planAdmin = await signIn(tc, 'recon.plan');
    const scope = { planCode: 'WELLSENSE', lineOfBusiness: 'commercial', programCode: 'MSK' } as const;
    const current = (await planAdmin.get(`/api/admin/policies?${new URLSearchParams(scope).toString()}`)).json<PolicyScopeView>();
    const { holidayCalendar: _calendar, regulatoryDecisionCap: _cap, ...values } = current.inForce.values;
    const changed = await planAdmin.post('/api/admin/policies', {
      scope,
      effectiveFrom: current.today,
      values: {
        ...values,
        reconsideration: { kind: 'within', within: { amount: 5, unit: 'business_days' } },
        appeal: { handledBy: 'vendor', within: { amount: 60, unit: 'calendar_days' }, secondLevel: null },
      },
      note: 'Plan amendment: first level appeals delegated to Priora; reconsideration within 5 business days.',
    });
    expect(changed.statusCode, changed.body).toBe(201);

    const caseId = await deniedCase(sullivan, '2026-04-30');
    const before = await detail(caseId);
    expect(webReviews(before)).toEqual(['reconsideration', 'appeal_first_level']);
    const byKind = Object.fromEntries(before.postDecisionOptions.map((option) => [option.kind, option]));
    expect(byKind['reconsideration']!.lastDay! < byKind['appeal_first_level']!.lastDay!).toBe(true);

    const asked = await ask(caseId, { kind: 'reconsideration', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(webReviews(await detail(caseId))).toEqual([]);
    await uphold(caseId, 'The new notes still show three weeks of therapy.');

    const after = await detail(caseId);
    expect(after.status).toBe('denied');
    expect(webReviews(after)).toEqual(['appeal_first_level']);
    expect(after.postDecisionOptions.find((option) => option.kind === 'reconsideration')).toMatchObject({ open: false, explanation: 'A Reconsideration was decided on this case; it can be asked for once.' });
    const appealed = await ask(caseId, { kind: 'appeal_first_level', proceed: true, newInformationAcknowledged: true, documentIds: await upload(caseId) });
    expect(appealed.statusCode, appealed.body).toBe(201);
    expect((await view(otherDirector, caseId)).postDecisionReview).toMatchObject({ kind: 'appeal_first_level' });
  });
});
