import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { requestAndSubmitCase } from '../support/case-requests.ts';
import { samplePdf } from '../support/sample-files.ts';
import { pdfText } from '../support/pdf-text.ts';
import { demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import { cases } from '../../src/db/schema/cases.ts';
import { outboxMessages } from '../../src/db/schema/outbox.ts';
import { returnExpiredHolds } from '../../src/app/review/holds.ts';
import type { ReviewCaseView, ReviewQueueRow } from '../../src/contracts/review.ts';
import type { CaseDetail } from '../../src/contracts/cases.ts';
import type { OutboxMessageView } from '../../src/contracts/admin.ts';

/**
 * Issue 5, part 3: the assigned reviewer puts a case on hold for missing information; the hold
 * notice goes to the provider; an upload before the due date sends it back for medical director
 * review; with nothing received, the case returns to the reviewer when the due date passes.
 */
let tc: TestContext;
let office: Browser;
let nurse: Browser;
let otherNurse: Browser;

const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Hold Office');
  await createUser(tc, { userName: 'hold.office', role: 'office_user', officeId });
  await createUser(tc, { userName: 'hold.nurse', role: 'nurse_reviewer' });
  await createUser(tc, { userName: 'hold.nurse2', role: 'nurse_reviewer' });
  await createUser(tc, { userName: 'hold.admin', role: 'system_admin' });
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'hold.office'), [demoOrthopedicSurgeon]);
  office = await signIn(tc, 'hold.office');
  nurse = await signIn(tc, 'hold.nurse');
  otherNurse = await signIn(tc, 'hold.nurse2');
});
afterAll(async () => {
  await tc.close();
});

async function pendedCase(dateOfService: string): Promise<string> {
  const result = await requestAndSubmitCase(tc, office, {
    programCode: 'MSK',
    programPath: 'new_case',
    npi: demoOrthopedicSurgeon.npi,
    locationId: demoOrthopedicSurgeon.locations[0]!.id,
    planCode: 'WELLSENSE',
    member: { patientId: '900000301', dateOfBirth: '1969-03-30', lastName: 'Sullivan' },
    dateOfService,
    procedureCode: '62323',
    diagnosis: 'M54.16',
    siteNpi: '2916429303',
    answers: { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 },
    criteriaNotMet: { choice: 'notes', notes: 'Therapy notes to follow.' },
  });
  expect(result.status).toBe('pending_clinical_review');
  return result.caseId;
}

const view = async (browser: Browser, caseId: string) => (await browser.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();
const post = (browser: Browser, caseId: string, action: string, body: Record<string, unknown>) => browser.post(`/api/review/cases/${caseId}/${action}`, body);

async function claimed(caseId: string): Promise<ReviewCaseView> {
  const current = await view(nurse, caseId);
  return (await post(nurse, caseId, 'claim', { version: current.version })).json<ReviewCaseView>();
}

describe('hold / request for information', () => {
  it('puts a case on hold with the policy due date, faxes the notice, and an upload before the due date sends it back for review', async () => {
    const caseId = await pendedCase('2026-04-20');
    const current = await claimed(caseId);
    expect(current.allowedActions).toContain('hold');

    // Only the reviewer holding the case may put it on hold.
    const notMine = await post(otherNurse, caseId, 'hold', { version: current.version, items: ['therapy-notes'] });
    expect(notMine.statusCode).toBe(409);
    expect(notMine.json<{ error: { message: string } }>().error.message).toBe('Claim the case before putting it on hold.');
    expect((await post(nurse, caseId, 'hold', { version: current.version, items: [] })).statusCode).toBe(400);
    expect((await post(nurse, caseId, 'hold', { version: current.version, items: ['other'] })).statusCode).toBe(400);

    const heldAt = tc.clock.now();
    const held = await post(nurse, caseId, 'hold', { version: current.version, items: ['therapy-notes', 'imaging-report'], note: 'Six weeks of PT notes, please.' });
    expect(held.statusCode, held.body).toBe(200);
    const onHold = held.json<ReviewCaseView>();
    expect(onHold).toMatchObject({ status: 'on_hold', statusLabel: 'On hold: information requested', allowedActions: ['note', 'assign', 'withdraw', 'cancel'] });
    expect(onHold.hold?.items).toEqual(['Physical therapy or conservative care notes', 'Imaging report']);
    // WellSense commercial MSK: 45 calendar days.
    const dueAt = new Date(onHold.hold!.dueAt);
    const [row] = await tc.ctx.db.select().from(cases).where(eq(cases.id, caseId));
    expect(row?.holdDueAt?.toISOString()).toBe(onHold.hold!.dueAt);
    // The hold ends at the first instant (Boston time) of the day after the last day to answer; people read the last day.
    expect(new Date(onHold.hold!.dueAt).getUTCHours()).toBeGreaterThanOrEqual(4);
    expect(onHold.hold!.lastDay).toBe(new Date(new Date(onHold.hold!.dueAt).getTime() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10));
    expect(row?.holdRequest).toMatchObject({ kind: 'information', items: ['therapy-notes', 'imaging-report'], note: 'Six weeks of PT notes, please.', previousStatus: 'pending_clinical_review' });
    const days = (dueAt.getTime() - heldAt.getTime()) / DAY;
    expect(days).toBeGreaterThanOrEqual(45);
    expect(days).toBeLessThan(46);

    // Still in the queue, on hold.
    const { rows } = (await nurse.get('/api/review/queue')).json<{ rows: ReviewQueueRow[] }>();
    expect(rows.find((entry) => entry.caseId === caseId)?.status).toBe('on_hold');

    // The contact did not opt in to e-notifications: the hold letter goes by fax to the ordering
    // provider (and the rendering site), and by mail to the member; the PDF names the items and the date.
    const notices = await tc.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.template, 'letter.hold'));
    expect(notices.map((notice) => notice.channel).sort()).toEqual(['fax', 'fax', 'mail']);
    expect(notices.find((notice) => notice.recipient === '2155550160')?.subject).toContain(onHold.caseNumber);
    const letters = (await office.get(`/api/cases/${caseId}/letters`)).json<{ letters: Array<{ id: string; audience: string }> }>().letters;
    const providerLetter = letters.find((letter) => letter.audience === 'provider')!;
    const text = pdfText((await office.get(`/api/cases/${caseId}/letters/${providerLetter.id}`)).rawPayload);
    expect(text).toContain('Physical therapy or conservative care notes');
    expect(text).toMatch(/[A-Z][a-z]+ \d{1,2}, 2026/);
    // The administrators who send faxes and mail open the PDF a message carries; nobody else does.
    const admin = await signIn(tc, 'hold.admin');
    const messages = (await admin.get('/api/outbox?channel=mail')).json<{ messages: OutboxMessageView[] }>().messages;
    const mail = messages.find((message) => message.template === 'letter.hold')!;
    expect(mail.letterId).toBeTruthy();
    const opened = await admin.get(`/api/outbox/${mail.id}/letter`);
    expect(opened.headers['content-type']).toBe('application/pdf');
    expect(pdfText(opened.rawPayload)).toContain(onHold.caseNumber);
    expect((await nurse.get(`/api/outbox/${mail.id}/letter`)).statusCode).toBe(403);

    // The office sees the hold on the case detail.
    const detail = (await office.get(`/api/cases/${caseId}/detail`)).json<CaseDetail>();
    expect(detail.status).toBe('on_hold');
    expect(detail.hold).toMatchObject({ items: ['Physical therapy or conservative care notes', 'Imaging report'], note: 'Six weeks of PT notes, please.', dueAt: onHold.hold!.dueAt });
    expect(detail.history.at(-2)?.description).toMatch(/^Information requested: Physical therapy or conservative care notes, Imaging report by /);
    expect(detail.history.at(-1)?.description).toMatch(/^Letter sent: /);

    // An upload before the due date: additional information received, back in the queue unassigned.
    tc.clock.advance(10 * DAY);
    const uploaded = await (await signIn(tc, 'hold.office')).upload(`/api/cases/${caseId}/documents`, [{ name: 'pt-notes.pdf', bytes: samplePdf() }], { purpose: 'additional_clinical' });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const after = await view(await signIn(tc, 'hold.nurse'), caseId);
    expect(after).toMatchObject({ status: 'additional_information_received', assignee: null, hold: null });
    expect(after.timeline.map((event) => event.kind).slice(-3)).toEqual(['hold', 'letter_sent', 'information_received']);
    const officeDetail = (await (await signIn(tc, 'hold.office')).get(`/api/cases/${caseId}/detail`)).json<CaseDetail>();
    expect(officeDetail.hold).toBeNull();
    expect(officeDetail.history.at(-1)?.description).toBe('Additional information received');
  });

  it('with nothing received, the case returns to the reviewer when the due date passes', async () => {
    // Days passed in the first test: sessions end after 15 idle minutes.
    nurse = await signIn(tc, 'hold.nurse');
    office = await signIn(tc, 'hold.office');
    const caseId = await pendedCase('2026-04-22');
    const current = await claimed(caseId);
    const onHold = (await post(nurse, caseId, 'hold', { version: current.version, items: ['office-notes'] })).json<ReviewCaseView>();
    expect(onHold.status).toBe('on_hold');

    expect(await returnExpiredHolds(tc.ctx)).toBe(0);
    tc.clock.set(new Date(new Date(onHold.hold!.dueAt).getTime() + 1000));
    // Two sweeps at once return the case once.
    const swept = await Promise.all([returnExpiredHolds(tc.ctx), returnExpiredHolds(tc.ctx)]);
    expect(swept.reduce((sum, count) => sum + count, 0)).toBe(1);
    const back = await view(await signIn(tc, 'hold.nurse'), caseId);
    expect(back).toMatchObject({ status: 'pending_clinical_review', hold: null });
    expect(back.assignee?.name).toBeTruthy();
    expect(back.allowedActions).toEqual(['note', 'assign', 'approve', 'escalate', 'hold', 'administrative_deny', 'withdraw', 'cancel']);
    expect(back.timeline.filter((event) => event.kind === 'hold_expired')).toHaveLength(1);

    // Too late for an upload to change anything.
    const late = await (await signIn(tc, 'hold.office')).upload(`/api/cases/${caseId}/documents`, [{ name: 'late.pdf', bytes: samplePdf() }], { purpose: 'additional_clinical' });
    expect(late.statusCode).toBe(201);
    expect((await view(await signIn(tc, 'hold.nurse'), caseId)).status).toBe('pending_clinical_review');
  });
});
