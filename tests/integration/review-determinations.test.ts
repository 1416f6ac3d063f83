import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { type ApiError, type CaseRequest, requestAndSubmitCase, wellsenseFacetBlockForReview, wellsenseLumbarEsi, wellsenseMembers } from '../support/case-requests.ts';
import { demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import { samplePdf } from '../support/sample-files.ts';
import { cases } from '../../src/db/schema/cases.ts';
import { caseDeterminations } from '../../src/db/schema/review.ts';
import { returnExpiredHolds } from '../../src/app/review/holds.ts';
import type { ReviewCaseView } from '../../src/contracts/review.ts';
import type { CaseDetail } from '../../src/contracts/cases.ts';

/**
 * Issue 5, part 4: every determination a reviewer can make — partial approval line by line,
 * alternative recommendation, administrative denial, withdrawal, cancellation — and the Medicare
 * pre-decision notice that must come before an adverse decision.
 */
let tc: TestContext;
let office: Browser;
let nurse: Browser;
let director: Browser;
let otherDirector: Browser;

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Decisions Office');
  await createUser(tc, { userName: 'decide.office', role: 'office_user', officeId });
  await createUser(tc, { userName: 'decide.nurse', role: 'nurse_reviewer' });
  await createUser(tc, { userName: 'decide.md', role: 'medical_director' });
  await createUser(tc, { userName: 'decide.md2', role: 'medical_director' });
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'decide.office'), [demoOrthopedicSurgeon]);
  await signInAll();
});
afterAll(async () => {
  await tc.close();
});

/** Sessions end after idle minutes: tests that move the clock sign in again. */
async function signInAll() {
  office = await signIn(tc, 'decide.office');
  nurse = await signIn(tc, 'decide.nurse');
  director = await signIn(tc, 'decide.md');
  otherDirector = await signIn(tc, 'decide.md2');
}

const view = async (browser: Browser, caseId: string) => (await browser.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();
const post = (browser: Browser, caseId: string, action: string, body: Record<string, unknown>) => browser.post(`/api/review/cases/${caseId}/${action}`, body);

async function claimedBy(browser: Browser, caseId: string): Promise<ReviewCaseView> {
  const current = await view(browser, caseId);
  const response = await post(browser, caseId, 'claim', { version: current.version });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ReviewCaseView>();
}

/** A two-level lumbar facet block (64493 + 64494) with too little conservative care: pended, two lines. */
async function pendedFacetBlock(member: CaseRequest['member'], dateOfService: string): Promise<string> {
  const result = await requestAndSubmitCase(tc, office, wellsenseFacetBlockForReview(dateOfService, member));
  expect(result.status).toBe('pending_clinical_review');
  return result.caseId;
}

const { sullivan, tremblay } = wellsenseMembers;

describe('partial approval', () => {
  it('a medical director approves part of the request, line by line, with an authorization for the approved part', async () => {
    const caseId = await pendedFacetBlock(sullivan, '2026-05-04');
    const nurseHeld = await claimedBy(nurse, caseId);
    expect(nurseHeld.allowedActions).not.toContain('partially_approve');
    expect(nurseHeld.lines.map((line) => [line.lineNumber, line.code, line.unitsRequested, line.status])).toEqual([
      [1, '64493', 1, 'requested'],
      [2, '64494', 1, 'requested'],
    ]);
    // Only a physician decides part of a request.
    const byNurse = await post(nurse, caseId, 'decision', { version: nurseHeld.version, action: 'partially_approve', reason: 'One level only.', criteriaIds: ['conservative-care'], lines: [{ lineNumber: 1, unitsApproved: 1 }, { lineNumber: 2, unitsApproved: 0 }] });
    expect(byNurse.statusCode).toBe(403);
    const escalated = (await post(nurse, caseId, 'decision', { version: nurseHeld.version, action: 'escalate', reason: 'Two levels with three weeks of therapy.' })).json<ReviewCaseView>();

    let current = await claimedBy(director, caseId);
    expect(current.version).toBeGreaterThan(escalated.version);
    const criteriaIds = current.criteria.filter((criterion) => criterion.result !== 'met').map((criterion) => criterion.id);
    expect(criteriaIds.length).toBeGreaterThan(0);
    const attempt = (lines: unknown[]) => post(director, caseId, 'decision', { version: current.version, action: 'partially_approve', reason: 'The second level is not supported.', criteriaIds, lines });

    const tooMany = await attempt([{ lineNumber: 1, unitsApproved: 2 }, { lineNumber: 2, unitsApproved: 0 }]);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json<ApiError>().error.fields!).toEqual({ 'lines.0.unitsApproved': 'At most the 1 requested.' });
    const everything = await attempt([{ lineNumber: 1, unitsApproved: 1 }, { lineNumber: 2, unitsApproved: 1 }]);
    expect(everything.statusCode).toBe(400);
    expect(everything.json<ApiError>().error.message).toBe('Everything requested is approved: approve the request instead.');
    const nothing = await attempt([{ lineNumber: 1, unitsApproved: 0 }, { lineNumber: 2, unitsApproved: 0 }]);
    expect(nothing.json<ApiError>().error.message).toBe('Nothing is approved: deny the request instead.');
    const missing = await attempt([{ lineNumber: 1, unitsApproved: 1 }]);
    expect(missing.json<ApiError>().error.fields!).toEqual({ 'lines.1.unitsApproved': 'Enter the units approved (0 for none).' });

    const decided = await attempt([{ lineNumber: 1, unitsApproved: 1 }, { lineNumber: 2, unitsApproved: 0 }]);
    expect(decided.statusCode, decided.body).toBe(200);
    current = decided.json<ReviewCaseView>();
    expect(current).toMatchObject({ status: 'partially_approved', statusLabel: 'Partially Approved', allowedActions: ['note'] });
    expect(current.determination).toMatchObject({ outcome: 'partially_approved', outcomeLabel: 'Partially Approved', reason: 'The second level is not supported.' });
    expect(current.determination?.authorizationNumber).toMatch(/^A\d+$/);
    expect(current.determination?.validFrom).toBe('2026-05-04');
    expect(current.determination?.criteria.map((criterion) => criterion.id)).toEqual(criteriaIds);
    expect(current.lines.map((line) => [line.code, line.unitsApproved, line.status])).toEqual([
      ['64493', 1, 'approved'],
      ['64494', 0, 'denied'],
    ]);

    // The office sees the partial approval with its authorization and the history entry.
    const detail = (await office.get(`/api/cases/${caseId}/detail`)).json<CaseDetail>();
    expect(detail.history.at(-2)?.description).toMatch(/^Partially approved: authorization A\d+\. The second level is not supported\.$/);
    expect(JSON.stringify(detail)).toContain(current.determination!.authorizationNumber!);
  });

  it('two medical directors deciding at once leave exactly one determination; the other is told it changed', async () => {
    const caseId = await pendedFacetBlock(sullivan, '2026-05-11');
    const held = await claimedBy(director, caseId);
    // The second director works from the same version (e.g. the page was open before the claim).
    const decisions = await Promise.all([
      post(director, caseId, 'decision', { version: held.version, action: 'partially_approve', reason: 'One level.', criteriaIds: ['conservative-care'], lines: [{ lineNumber: 1, unitsApproved: 1 }, { lineNumber: 2, unitsApproved: 0 }] }),
      post(otherDirector, caseId, 'decision', { version: held.version, action: 'deny', reason: 'Not enough therapy.', criteriaIds: ['conservative-care'] }),
    ]);
    expect(decisions.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    expect(await tc.ctx.db.select().from(caseDeterminations).where(eq(caseDeterminations.caseId, caseId))).toHaveLength(1);
  });
});

describe('alternative recommendation, administrative denial, withdrawal and cancellation', () => {
  it('a medical director recommends an alternative in their own words; an unknown guideline alternative is refused', async () => {
    const caseId = await pendedFacetBlock(sullivan, '2026-05-18');
    const current = await claimedBy(director, caseId);
    const unknown = await post(director, caseId, 'decision', { version: current.version, action: 'recommend_alternative', reason: 'Try one level first.', alternativeId: 'no-such-alternative' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<ApiError>().error.fields!['alternativeId']).toBe('Choose one of the listed alternatives, or describe your own.');
    const noAlternative = await post(director, caseId, 'decision', { version: current.version, action: 'recommend_alternative', reason: 'Try one level first.' });
    expect(noAlternative.json<ApiError>().error.fields!['alternativeText']).toBe('Choose an alternative or describe it.');

    const decided = (
      await post(director, caseId, 'decision', { version: current.version, action: 'recommend_alternative', reason: 'One level at a time is the guideline.', alternativeText: 'A single-level block at L4-L5 (64493 only).' })
    ).json<ReviewCaseView>();
    expect(decided).toMatchObject({ status: 'alternative_recommended', statusLabel: 'Alternative recommendation' });
    expect(decided.determination).toMatchObject({ outcome: 'alternative_recommended', alternative: { id: null, text: 'A single-level block at L4-L5 (64493 only).' } });
    expect(decided.lines.every((line) => line.status === 'denied')).toBe(true);
  });

  it('a nurse denies administratively with a reason; a nurse cannot recommend an alternative', async () => {
    const caseId = await pendedFacetBlock(sullivan, '2026-05-25');
    const current = await claimedBy(nurse, caseId);
    expect((await post(nurse, caseId, 'decision', { version: current.version, action: 'recommend_alternative', reason: 'x', alternativeText: 'y' })).statusCode).toBe(403);
    const noReason = await post(nurse, caseId, 'decision', { version: current.version, action: 'administrative_deny' });
    expect(noReason.json<ApiError>().error.fields!['reason']).toBe('Give the administrative reason (for example, requested after the retro window).');
    const decided = (await post(nurse, caseId, 'decision', { version: current.version, action: 'administrative_deny', reason: 'The member was not eligible on the date of service.' })).json<ReviewCaseView>();
    expect(decided).toMatchObject({ status: 'administratively_denied', determination: { outcome: 'administratively_denied', reason: 'The member was not eligible on the date of service.' } });
    const detail = (await office.get(`/api/cases/${caseId}/detail`)).json<CaseDetail>();
    expect(detail.history.at(-2)?.description).toBe('Administratively denied: The member was not eligible on the date of service.');
  });

  it('a case on hold can be withdrawn by the reviewer holding it; a decided case cannot be cancelled', async () => {
    const caseId = await pendedFacetBlock(sullivan, '2026-06-01');
    let current = await claimedBy(nurse, caseId);
    current = (await post(nurse, caseId, 'hold', { version: current.version, items: ['therapy-notes'] })).json<ReviewCaseView>();
    expect(current.allowedActions).toEqual(['note', 'assign', 'withdraw', 'cancel']);
    // Anything but closing the case waits for the hold to end.
    expect((await post(nurse, caseId, 'decision', { version: current.version, action: 'approve' })).statusCode).toBe(409);
    const withdrawn = (await post(nurse, caseId, 'decision', { version: current.version, action: 'withdraw', reason: 'The office asked by phone to withdraw it.' })).json<ReviewCaseView>();
    expect(withdrawn).toMatchObject({ status: 'withdrawn', hold: null, determination: { outcome: 'withdrawn' } });
    const [row] = await tc.ctx.db.select({ holdDueAt: cases.holdDueAt }).from(cases).where(eq(cases.id, caseId));
    expect(row?.holdDueAt).toBeNull();
    const again = await post(nurse, caseId, 'decision', { version: withdrawn.version, action: 'cancel', reason: 'Duplicate.' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ApiError>().error.message).toMatch(/no longer waiting for review/);
  });
});

describe('Medicare pre-decision notice', () => {
  it('a Medicare case cannot be denied before the notice; after the notice and its due date the medical director decides', async () => {
    const caseId = await pendedFacetBlock(tremblay, '2026-06-08');
    let current = await claimedBy(director, caseId);
    expect(current.lineOfBusiness).toBe('medicare');
    expect(current.preDecision).toEqual({ required: true, noticeSentAt: null });
    expect(current.allowedActions).toContain('pre_decision_notice');
    expect(current.allowedActions).not.toContain('deny');
    const criteriaIds = current.criteria.filter((criterion) => criterion.result !== 'met').map((criterion) => criterion.id);

    for (const action of ['deny', 'partially_approve', 'recommend_alternative']) {
      const refused = await post(director, caseId, 'decision', {
        version: current.version,
        action,
        reason: 'Three weeks of therapy only.',
        criteriaIds,
        lines: [{ lineNumber: 1, unitsApproved: 1 }, { lineNumber: 2, unitsApproved: 0 }],
        alternativeText: 'One level.',
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json<ApiError>().error.message).toMatch(/requires the pre-decision notice/);
    }
    // Approving stays possible without a notice.
    expect(current.allowedActions).toContain('approve');

    const noReason = await post(director, caseId, 'pre-decision-notice', { version: current.version, reason: '', criteriaIds, calledProvider: true });
    expect(noReason.statusCode).toBe(400);
    const noticed = await post(director, caseId, 'pre-decision-notice', { version: current.version, reason: 'Six weeks of conservative care are needed first.', criteriaIds, calledProvider: true });
    expect(noticed.statusCode, noticed.body).toBe(200);
    current = noticed.json<ReviewCaseView>();
    expect(current).toMatchObject({ status: 'on_hold', hold: { kind: 'pre_decision', note: 'Six weeks of conservative care are needed first.' } });
    expect(current.preDecision.noticeSentAt).toBeTruthy();

    // The office sees the notice and what it may do by when.
    const detail = (await office.get(`/api/cases/${caseId}/detail`)).json<CaseDetail>();
    expect(detail.hold).toMatchObject({ kind: 'pre_decision', dueAt: current.hold!.dueAt });
    expect(detail.history.at(-2)?.description).toMatch(/^Pre-decision notice: a denial is intended/);

    // Nothing arrives: at the due date the case returns to the director, who may now deny.
    tc.clock.set(new Date(new Date(current.hold!.dueAt).getTime() + 1000));
    expect(await returnExpiredHolds(tc.ctx)).toBe(1);
    await signInAll();
    current = await view(director, caseId);
    expect(current).toMatchObject({ status: 'pending_clinical_review' });
    expect(current.allowedActions).toContain('deny');
    expect(current.allowedActions).not.toContain('pre_decision_notice');
    const denied = await post(director, caseId, 'decision', { version: current.version, action: 'deny', reason: 'Three weeks of therapy only.', criteriaIds });
    expect(denied.statusCode, denied.body).toBe(200);
    expect(denied.json<ReviewCaseView>().status).toBe('denied');
  });

  it('a commercial case needs no notice, and the notice is refused for it', async () => {
    const caseId = await pendedFacetBlock(sullivan, '2026-06-15');
    const current = await claimedBy(director, caseId);
    expect(current.preDecision.required).toBe(false);
    const refused = await post(director, caseId, 'pre-decision-notice', { version: current.version, reason: 'x', criteriaIds: ['conservative-care'], calledProvider: false });
    expect(refused.statusCode).toBe(409);
  });
});

describe('decision clock after a hold', () => {
  it('restarts from the information received: the plan turnaround counts from then', async () => {
    const caseId = (await requestAndSubmitCase(tc, office, { ...wellsenseLumbarEsi('2026-07-06', { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }), criteriaNotMet: { choice: 'notes', notes: 'Notes to follow.' } })).caseId;
    let current = await claimedBy(nurse, caseId);
    const firstDue = current.decisionDueAt;
    const held = await post(nurse, caseId, 'hold', { version: current.version, items: ['therapy-notes'] });
    expect(held.json<ReviewCaseView>().status).toBe('on_hold');
    // Ten days later (still inside the commercial hold period) the notes arrive.
    tc.clock.set(new Date(tc.clock.now().getTime() + 10 * 24 * 60 * 60 * 1000));
    await signInAll();
    const upload = await office.upload(`/api/cases/${caseId}/documents`, [{ name: 'therapy.pdf', bytes: samplePdf() }], { purpose: 'additional_clinical' });
    expect(upload.statusCode, upload.body).toBeLessThan(300);
    current = await view(nurse, caseId);
    expect(current.status).toBe('additional_information_received');
    expect(new Date(current.decisionDueAt!).getTime()).toBeGreaterThan(new Date(firstDue!).getTime());
    expect(new Date(current.decisionDueAt!).getTime()).toBeGreaterThan(tc.clock.now().getTime());
    expect(current.escalation).toBe('ok');
  });
});
