import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { requestAndSubmitCase, wellsenseLumbarEsi } from '../support/case-requests.ts';
import { demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import { caseDeterminations } from '../../src/db/schema/review.ts';
import { cases } from '../../src/db/schema/cases.ts';
import { outboxMessages } from '../../src/db/schema/outbox.ts';
import type { ReviewCaseView, ReviewQueueRow } from '../../src/contracts/review.ts';
import type { CaseDetail } from '../../src/contracts/cases.ts';

/**
 * Issue 5, part 1: a pended case is claimed by a nurse, escalated, and decided by a medical
 * director; nurses cannot deny; two decisions at once leave one determination; the queue shows
 * how much of the decision window is used.
 */
let tc: TestContext;
let office: Browser;
let nurse: Browser;
let director: Browser;

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Review Office');
  await createUser(tc, { userName: 'review.office', role: 'office_user', officeId });
  await createUser(tc, { userName: 'review.nurse', role: 'nurse_reviewer' });
  await createUser(tc, { userName: 'review.md', role: 'medical_director' });
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'review.office'), [demoOrthopedicSurgeon]);
  office = await signIn(tc, 'review.office');
  nurse = await signIn(tc, 'review.nurse');
  director = await signIn(tc, 'review.md');
});
afterAll(async () => {
  await tc.close();
});

/** A lumbar injection with too little conservative care: sent to clinical review. */
async function pendedCase(dateOfService: string): Promise<string> {
  const result = await requestAndSubmitCase(tc, office, {
    ...wellsenseLumbarEsi(dateOfService, { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }),
    criteriaNotMet: { choice: 'notes', notes: 'Therapy notes to follow.' },
  });

  expect(result.status).toBe('pending_clinical_review');
  return result.caseId;
}

const view = async (browser: Browser, caseId: string) => (await browser.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();
const post = (browser: Browser, caseId: string, action: string, body: Record<string, unknown>) => browser.post(`/api/review/cases/${caseId}/${action}`, body);

describe('reviewer workbench', () => {
  it('a nurse claims, escalates; a medical director claims, notes and denies with the criteria it rests on', async () => {
    const caseId = await pendedCase('2026-03-20');
    // This office asked to be told of status changes.
    const [stored] = await tc.ctx.db.select({ contact: cases.contact }).from(cases).where(eq(cases.id, caseId));
    await tc.ctx.db.update(cases).set({ contact: { ...stored!.contact!, notifyOnStatusChange: true } }).where(eq(cases.id, caseId));

    const { rows } = (await nurse.get('/api/review/queue?assigned=unassigned')).json<{ rows: ReviewQueueRow[] }>();
    const queued = rows.find((row) => row.caseId === caseId)!;
    expect(queued).toMatchObject({ programCode: 'MSK', memberName: 'Sullivan, Patrick', officeName: 'Review Office', urgency: 'standard', status: 'pending_clinical_review', escalation: 'ok', percentElapsed: 0, assignee: null });
    expect((await office.get('/api/review/queue')).statusCode).toBe(403);

    let current = await view(nurse, caseId);
    expect(current.allowedActions).toEqual(['note', 'assign', 'claim']);
    expect(current.answers.find((answer) => answer.question.includes('weeks of conservative care'))?.answer).toBe('3');
    expect(current.criteria.find((criterion) => criterion.id === 'conservative-care')?.result).toBe('not_met');
    expect((await post(nurse, caseId, 'decision', { version: current.version, action: 'approve' })).json<{ error: { message: string } }>().error.message).toBe('Claim the case before deciding it.');

    current = (await post(nurse, caseId, 'claim', { version: current.version })).json<ReviewCaseView>();
    expect(current.assignee?.role).toBe('nurse_reviewer');
    expect(current.allowedActions).toEqual(['note', 'assign', 'approve', 'escalate', 'hold', 'administrative_deny', 'withdraw', 'cancel']);
    expect((await post(nurse, caseId, 'claim', { version: current.version - 1 })).statusCode).toBe(409);
    const nurseDenial = await post(nurse, caseId, 'decision', { version: current.version, action: 'deny', reason: 'No', criteriaIds: ['conservative-care'] });
    expect(nurseDenial.statusCode).toBe(403);

    const escalated = await post(nurse, caseId, 'decision', { version: current.version, action: 'escalate', reason: 'Only 3 weeks of conservative care; physician review needed.' });
    expect(escalated.statusCode, escalated.body).toBe(200);
    current = escalated.json<ReviewCaseView>();
    expect(current).toMatchObject({ status: 'pending_medical_review', assignee: null, allowedActions: ['note', 'assign'] });
    expect((await post(nurse, caseId, 'claim', { version: current.version })).statusCode).toBe(403);

    const claimed = (await post(director, caseId, 'claim', { version: current.version })).json<ReviewCaseView>();
    expect(claimed.assignee?.role).toBe('medical_director');
    current = (await post(director, caseId, 'notes', { text: 'Asked the office for therapy notes by phone.' })).json<ReviewCaseView>();
    expect(current.notes.map((note) => note.text)).toEqual(['Asked the office for therapy notes by phone.']);
    expect(current.allowedActions).toEqual(['note', 'assign', 'approve', 'partially_approve', 'deny', 'recommend_alternative', 'hold', 'administrative_deny', 'withdraw', 'cancel']);
    const missingCriteria = await post(director, caseId, 'decision', { version: current.version, action: 'deny', reason: 'Conservative care not tried long enough.' });
    expect(missingCriteria.statusCode).toBe(400);

    const denied = await post(director, caseId, 'decision', { version: current.version, action: 'deny', reason: 'Fewer than 6 weeks of conservative care are documented.', criteriaIds: ['conservative-care'] });
    expect(denied.statusCode, denied.body).toBe(200);
    current = denied.json<ReviewCaseView>();
    expect(current.status).toBe('denied');
    expect(current.determination).toMatchObject({ outcome: 'denied', reason: 'Fewer than 6 weeks of conservative care are documented.', authorizationNumber: null });
    expect(current.timeline.map((event) => [event.kind, event.officeVisible])).toEqual([
      ['submitted', true],
      ['claimed', false],
      ['escalated', true],
      ['claimed', false],
      ['note_added', false],
      ['denied', true],
      ['letter_sent', true],
    ]);
    // The office sees the steps that concern it, with the reviewer's role rather than their name, and no internal note.
    const detail = (await office.get(`/api/cases/${caseId}/detail`)).json<CaseDetail>();
    expect(detail.history.map((event) => [event.description, event.actor])).toEqual([
      ['Submitted; sent to clinical review', null],
      ['Sent to a medical director for review', 'Nurse reviewer'],
      ['Denied: Fewer than 6 weeks of conservative care are documented.', 'Medical director'],
      ['Letter sent: Notice of denial (to the ordering provider by email notification, the rendering site by fax, the member by mail)', 'Medical director'],
    ]);
    const [determination] = await tc.ctx.db.select().from(caseDeterminations).where(eq(caseDeterminations.caseId, caseId));
    expect(determination?.criteria.map((criterion) => [criterion.id, criterion.guideline])).toEqual([['conservative-care', 'Priora MSK Interventional Pain Guideline']]);
    expect((await post(director, caseId, 'decision', { version: current.version, action: 'approve' })).statusCode).toBe(409);

    // The office heard about each status change (opted in), with no clinical detail.
    const subjects = (await tc.ctx.db.select({ subject: outboxMessages.subject }).from(outboxMessages)).map((message) => message.subject);
    expect(subjects).toEqual(expect.arrayContaining([expect.stringMatching(/sent to a medical director for review$/), expect.stringMatching(/ denied$/)]));
  });

  it('a nurse approves with an authorization number and the validity of the policy the case was submitted under', async () => {
    const caseId = await pendedCase('2026-03-23');
    let current = await view(nurse, caseId);
    current = (await post(nurse, caseId, 'claim', { version: current.version })).json<ReviewCaseView>();
    const approved = await post(nurse, caseId, 'decision', { version: current.version, action: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    current = approved.json<ReviewCaseView>();
    expect(current.status).toBe('approved');
    expect(current.determination?.authorizationNumber).toMatch(/^A\d{9}$/);
    expect([current.determination?.validFrom, current.determination?.validTo]).toEqual(['2026-03-23', '2026-09-19']);
    expect(current.lines.map((line) => line.code)).toEqual(['62323']);
  });

  it('two decisions sent at once leave exactly one determination; the other gets a clear conflict', async () => {
    const caseId = await pendedCase('2026-03-25');
    let current = await view(director, caseId);
    current = (await post(director, caseId, 'claim', { version: current.version })).json<ReviewCaseView>();
    const [first, second] = await Promise.all([
      post(director, caseId, 'decision', { version: current.version, action: 'approve' }),
      post(director, caseId, 'decision', { version: current.version, action: 'deny', reason: 'Not enough conservative care.', criteriaIds: ['conservative-care'] }),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json<{ error: { message: string } }>().error.message).toMatch(/was changed by someone else/);
    expect(await tc.ctx.db.select().from(caseDeterminations).where(eq(caseDeterminations.caseId, caseId))).toHaveLength(1);
  });

  it('the queue shows the decision window filling up, then breached', async () => {
    const caseId = await pendedCase('2026-03-27');
    // Days pass: the nurse signs in again each time (sessions end after 15 idle minutes).
    const row = async () => ((await (await signIn(tc, 'review.nurse')).get('/api/review/queue')).json<{ rows: ReviewQueueRow[] }>()).rows.find((entry) => entry.caseId === caseId)!;
    const fresh = await row();
    const window = new Date(fresh.decisionDueAt!).getTime() - new Date(fresh.submittedAt).getTime();
    tc.clock.advance(window * 0.8);
    expect(await row()).toMatchObject({ escalation: 'warning' });
    tc.clock.advance(window * 0.25);
    expect(await row()).toMatchObject({ escalation: 'breached' });
    expect((await row()).percentElapsed).toBeGreaterThan(100);
  });
});
