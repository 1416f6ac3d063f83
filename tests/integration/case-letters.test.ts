import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { hppBreastRadiation, requestAndSubmitCase, wellsenseLumbarEsi } from '../support/case-requests.ts';
import { squashedPdfText } from '../support/pdf-text.ts';
import { demoOrthopedicSurgeon, demoRadiationOncologist } from '../../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import type { CaseDetail } from '../../src/contracts/cases.ts';
import type { CaseLetterView } from '../../src/contracts/letters.ts';
import type { OutboxMessageView } from '../../src/contracts/admin.ts';
import type { ReviewCaseView } from '../../src/contracts/review.ts';
import { sendCaseLetters, type SentLetters } from '../../src/app/letters/send-case-letters.ts';
import { auditEvents } from '../../src/db/schema/audit.ts';
import { cases } from '../../src/db/schema/cases.ts';
import { caseLetters, type LetterType } from '../../src/db/schema/letters.ts';
import { sites } from '../../src/db/schema/members.ts';
import { outboxMessages } from '../../src/db/schema/outbox.ts';
import type { Actor } from '../../src/domain/access/actor.ts';

/**
 * Issue 5, part 5: letters as PDFs. A decision's letters go to the ordering provider and the
 * rendering site (fax, or an e-notification when the contact opted in) and to the member (mail
 * queue); the office lists and opens them in the case's correspondence, reviewers too, and
 * another office gets 404. The review actions will send letters themselves; until then (and
 * for the types the API does not produce yet) the tests call sendCaseLetters in a transaction,
 * as the actions will.
 */
let tc: TestContext;
let office: Browser;
let otherOffice: Browser;
let nurse: Browser;
let director: Browser;
let directorActor: Actor;

const BACK_BAY_SITE = '2916429303';
const notMet = { choice: 'notes', notes: 'Therapy notes to follow.' } as const;

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Letters Office');
  const otherId = await createOffice(tc, 'Other Office');
  await createUser(tc, { userName: 'letters.office', role: 'office_user', officeId });
  await createUser(tc, { userName: 'letters.other', role: 'office_user', officeId: otherId });
  await createUser(tc, { userName: 'letters.nurse', role: 'nurse_reviewer' });
  await createUser(tc, { userName: 'letters.md', role: 'medical_director' });
  await createUser(tc, { userName: 'letters.admin', role: 'system_admin' });
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'letters.office'), [demoOrthopedicSurgeon, demoRadiationOncologist]);
  directorActor = { userId: await userIdByName(tc, 'letters.md'), role: 'medical_director', officeId: null, ipAddress: null };
  await signInAll();
});
afterAll(async () => {
  await tc.close();
});

/** Sessions end after 15 idle minutes: sign in again after the clock moves. */
async function signInAll() {
  office = await signIn(tc, 'letters.office');
  otherOffice = await signIn(tc, 'letters.other');
  nurse = await signIn(tc, 'letters.nurse');
  director = await signIn(tc, 'letters.md');
}

/** An injection request that does not meet the conservative-care criterion: it waits for a reviewer. */
async function pendedCase(dateOfService: string, member = wellsenseLumbarEsi(dateOfService).member): Promise<string> {
  const result = await requestAndSubmitCase(tc, office, { ...wellsenseLumbarEsi(dateOfService, { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }), member, criteriaNotMet: notMet });
  expect(result.status).toBe('pending_clinical_review');
  return result.caseId;
}

const reviewView = async (browser: Browser, caseId: string) => (await browser.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();

async function claimed(browser: Browser, caseId: string): Promise<ReviewCaseView> {
  const response = await browser.post(`/api/review/cases/${caseId}/claim`, { version: (await reviewView(browser, caseId)).version });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ReviewCaseView>();
}

/** As a review action will: the letters of one type, in the transaction of the decision's aftermath. */
const send = (caseId: string, type: LetterType): Promise<SentLetters> => tc.ctx.db.transaction((tx) => sendCaseLetters(tc.ctx, tx, { caseId, type, actor: directorActor }));

async function listed(browser: Browser, caseId: string, base = '/api/cases'): Promise<CaseLetterView[]> {
  const response = await browser.get(`${base}/${caseId}/letters`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ letters: CaseLetterView[] }>().letters;
}

async function openPdf(browser: Browser, caseId: string, letterId: string, base = '/api/cases'): Promise<string> {
  const response = await browser.get(`${base}/${caseId}/letters/${letterId}`);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  expect(String(response.headers['content-disposition'])).toMatch(/^inline; filename="priora-case-\d+-[a-z_]+-(provider|member)\.pdf"$/);
  expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return squashedPdfText(response.rawPayload);
}

const outboxFor = (letterIds: string[]) => tc.ctx.db.select().from(outboxMessages).where(inArray(outboxMessages.letterId, letterIds));
const siteFax = async (npi: string) => (await tc.ctx.db.select({ fax: sites.fax }).from(sites).where(eq(sites.npi, npi)))[0]!.fax;

describe('letters', () => {
  it('a denial: the provider letter by fax to the ordering office and the site, the member letter by mail; listed and opened by the office and reviewers, 404 for another office', async () => {
    const caseId = await pendedCase('2026-04-20');
    const current = await claimed(director, caseId);
    const reason = 'Only three weeks of physical therapy are documented; the guideline asks for six.';
    const denied = await director.post(`/api/review/cases/${caseId}/decision`, { version: current.version, action: 'deny', reason, criteriaIds: ['conservative-care'] });
    expect(denied.statusCode, denied.body).toBe(200);
    const sent = await send(caseId, 'denial');
    const caseNumber = current.caseNumber;

    // The correspondence: both letters, with who they went to and how.
    const letters = await listed(office, caseId);
    const provider = letters.find((letter) => letter.id === sent.providerLetterId)!;
    const member = letters.find((letter) => letter.id === sent.memberLetterId)!;
    expect(provider).toMatchObject({ letterType: 'denial', typeLabel: 'Denial', audience: 'provider', title: 'Notice of denial' });
    expect(provider.recipients.map(({ role, channel, to }) => [role, channel, to])).toEqual([
      ['ordering_provider', 'fax', '2155550160'],
      ['rendering_site', 'fax', await siteFax(BACK_BAY_SITE)],
    ]);
    expect(member).toMatchObject({ audience: 'member', title: 'Your care was not approved' });
    expect(member.recipients).toEqual([{ role: 'member', roleLabel: 'Member', name: 'Patrick Sullivan', channel: 'mail', channelLabel: 'Mail', to: null }]);

    // The provider letter: the reason, the criterion with its guideline citation, and the options with their last days
    // (decided Monday March 2 2026: peer to peer 14 calendar days, reconsideration before the appeal, appeal to the plan within 60).
    const [criterion] = current.criteria.filter((entry) => entry.id === 'conservative-care');
    const text = await openPdf(office, caseId, provider.id);
    expect(text).toContain(`Case number: ${caseNumber}`);
    expect(text).toContain(reason);
    expect(text).toContain(`${criterion!.text} (${criterion!.guideline}, version ${criterion!.version}, section ${criterion!.section})`);
    expect(text).toContain('Peer to Peer Review: until March 16, 2026.');
    expect(text).toContain('Reconsideration: until May 1, 2026.');
    expect(text).toContain('First Level Appeal: until May 1, 2026. Appeals are decided by WellSense Health Plan');
    expect(text).toContain('WellSense Health Plan: phone (617) 555-0121, fax (617) 555-0122.');
    expect(text).toContain('Member: Patrick Sullivan Date of birth: 03/30/1969 Member ID: 900000301');

    // The member's: plain words, the appeal right, no criteria and no codes, addressed to the member's home.
    const memberText = await openPdf(office, caseId, member.id);
    expect(memberText).toContain('Patrick Sullivan 47 Hancock St Quincy, MA 02169');
    expect(memberText).toContain('You can appeal this decision until May 1, 2026. Contact WellSense Health Plan');
    expect(memberText).not.toContain(criterion!.text);
    expect(memberText).not.toContain('62323');

    // Queued: a fax to each provider address and the member's letter in the mail queue, each carrying its letter.
    const messages = await outboxFor([provider.id, member.id]);
    expect(messages.map(({ channel, recipient, letterId, template }) => [channel, recipient, letterId, template]).sort()).toEqual(
      [
        ['fax', '2155550160', provider.id, 'letter.denial'],
        ['fax', await siteFax(BACK_BAY_SITE), provider.id, 'letter.denial'],
        ['mail', 'Patrick Sullivan, 47 Hancock St, Quincy, MA 02169', member.id, 'letter.denial'],
      ].sort(),
    );

    // In the office's history; each open is an audited read.
    const detail = (await office.get(`/api/cases/${caseId}/detail`)).json<CaseDetail>();
    expect(detail.history.at(-1)?.description).toBe('Letter sent: Notice of denial (to the ordering provider by fax, the rendering site by fax, the member by mail)');
    const reads = await tc.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'letter.read'), eq(auditEvents.objectId, provider.id)));
    expect(reads.map((event) => event.outcome)).toEqual(['success']);

    // Reviewers read the same correspondence; another office and the wrong route get nothing.
    expect((await listed(director, caseId, '/api/review/cases')).map((letter) => letter.id)).toEqual(expect.arrayContaining([provider.id, member.id]));
    expect(await openPdf(nurse, caseId, member.id, '/api/review/cases')).toContain('Your care was not approved');
    expect((await otherOffice.get(`/api/cases/${caseId}/letters`)).statusCode).toBe(404);
    expect((await otherOffice.get(`/api/cases/${caseId}/letters/${provider.id}`)).statusCode).toBe(404);
    expect((await office.get(`/api/review/cases/${caseId}/letters`)).statusCode).toBe(403);

    // The mail house's row on the Outbox page names the letter.
    const admin = await signIn(tc, 'letters.admin');
    const mail = (await admin.get('/api/outbox?channel=mail')).json<{ messages: OutboxMessageView[] }>().messages;
    expect(mail.map((message) => message.subject)).toContain(`Your care was not approved: case ${caseNumber}`);
  });

  it('a radiation oncology approval shows the treatment plan (phase, technique, fractions) and no codes, on the plan’s letterhead; an opted-in contact gets an email notification without PHI', async () => {
    const result = await requestAndSubmitCase(tc, office, hppBreastRadiation('2026-06-01'));
    expect(result.status).toBe('approved');
    // The office's contact asked for e-notifications.
    const [row] = await tc.ctx.db.select({ contact: cases.contact }).from(cases).where(eq(cases.id, result.caseId));
    await tc.ctx.db.update(cases).set({ contact: { ...row!.contact!, notifyOnStatusChange: true } }).where(eq(cases.id, result.caseId));

    const sent = await send(result.caseId, 'approval');
    const text = await openPdf(office, result.caseId, sent.providerLetterId);
    expect(text).toContain('Radiation Therapy Management Program for Health Partners Plans members');
    expect(text).toContain(`Authorization number: ${result.authorizationNumber}`);
    expect(text).toContain('Approved treatment plan');
    expect(text).toContain('Phase 1: initial, 3D conformal radiation therapy: 25 fractions approved');
    expect(text).toContain('Phase 2: boost, Electrons: 5 fractions approved');
    expect(text).not.toMatch(/RCBREA|77387/);
    const [stored] = await tc.ctx.db.select({ templateId: caseLetters.templateId, sizeBytes: caseLetters.sizeBytes }).from(caseLetters).where(eq(caseLetters.id, sent.providerLetterId));
    expect(stored?.templateId).toBe('approval/HPP@1');

    // The ordering office by email (the case number only), the site still by fax, the member by mail.
    const messages = await outboxFor([sent.providerLetterId, sent.memberLetterId!]);
    expect(messages.map((message) => message.channel).sort()).toEqual(['email', 'fax', 'mail']);
    const email = messages.find((message) => message.channel === 'email')!;
    expect(email.recipient).toBe('desk@programs.test');
    expect(email.subject).toBe(`Priora: a letter about case ${result.caseNumber} is ready`);
    expect(`${email.subject} ${email.body}`).not.toMatch(/Whitaker|Eleanor|breast|1948/i);
    expect(messages.find((message) => message.channel === 'fax')?.recipient).toBe(await siteFax('2903185744'));
  });

  it('a hold letter asks for the items by the last day of the hold; a Medicare pre-decision notice offers information or a consultation by its due date', async () => {
    const holdCaseId = await pendedCase('2026-04-22');
    const current = await claimed(nurse, holdCaseId);
    const held = await nurse.post(`/api/review/cases/${holdCaseId}/hold`, { version: current.version, items: ['therapy-notes'], note: 'Six weeks of PT notes, please.' });
    expect(held.statusCode, held.body).toBe(200);
    const dueAt = new Date(held.json<ReviewCaseView>().hold!.dueAt);
    // The hold ends at the start of the day after the last day (Eastern).
    const lastDay = new Date(dueAt.getTime() - 1).toLocaleDateString('en-US', { timeZone: 'America/New_York', year: 'numeric', month: 'long', day: 'numeric' });
    const hold = await openPdf(office, holdCaseId, (await send(holdCaseId, 'hold')).providerLetterId);
    expect(hold).toContain('Request for additional clinical information');
    expect(hold).toContain('Physical therapy or conservative care notes');
    expect(hold).toContain(`How to send it, by ${lastDay}`);
    expect(hold).toContain('fax it to (888) 555-0124');

    // Linda Tremblay is a WellSense Medicare member: a denial needs the pre-decision notice first.
    const medicareCaseId = await pendedCase('2026-04-24', { patientId: '900000302', dateOfBirth: '1950-12-07', lastName: 'Tremblay' });
    const claimedByDirector = await claimed(director, medicareCaseId);
    const notice = await director.post(`/api/review/cases/${medicareCaseId}/pre-decision-notice`, {
      version: claimedByDirector.version,
      reason: 'Conservative care is not documented for six weeks.',
      criteriaIds: ['conservative-care'],
      calledProvider: true,
    });
    expect(notice.statusCode, notice.body).toBe(200);
    const sent = await send(medicareCaseId, 'pre_decision_notice');
    const text = await openPdf(office, medicareCaseId, sent.providerLetterId);
    expect(text).toContain('Pre-decision notice: a denial is intended');
    expect(text).toContain('Conservative care is not documented for six weeks.');
    expect(text).toContain('Or ask for a pre-decision clinical consultation with the physician reviewer: call (888) 555-0123');
    expect(await openPdf(office, medicareCaseId, sent.memberLetterId!)).toContain('We may not be able to approve a request for your care');
  });

  it('refuses to open a letter whose bytes no longer match the hash stored when it was sent', async () => {
    await signInAll();
    const caseId = await pendedCase('2026-04-27');
    const current = await claimed(nurse, caseId);
    const withdrawn = await nurse.post(`/api/review/cases/${caseId}/decision`, { version: current.version, action: 'withdraw', reason: 'The provider asked by phone to withdraw it.' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const sent = await send(caseId, 'withdrawal');
    expect(await openPdf(office, caseId, sent.providerLetterId)).toContain('The provider asked by phone to withdraw it.');

    await tc.ctx.db.update(caseLetters).set({ sha256: '0'.repeat(64) }).where(eq(caseLetters.id, sent.providerLetterId));
    const response = await office.get(`/api/cases/${caseId}/letters/${sent.providerLetterId}`);
    expect(response.statusCode).toBe(409);
    const [failure] = await tc.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'letter.read'), eq(auditEvents.objectId, sent.providerLetterId), eq(auditEvents.outcome, 'failure')));
    expect(failure).toBeDefined();
  });
});
