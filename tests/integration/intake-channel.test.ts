import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { hppBreastRadiation, requestAndSubmitCase, wellsenseLumbarEsi } from '../support/case-requests.ts';
import { samplePdf } from '../support/sample-files.ts';
import { demoOrthopedicSurgeon, demoRadiationOncologist, demoSites } from '../../src/content/catalogue/demo-fixtures.ts';
import { breastWholeWithNodes, lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import { auditEvents } from '../../src/db/schema/audit.ts';
import { cases } from '../../src/db/schema/cases.ts';
import { offices } from '../../src/db/schema/offices.ts';
import { outboxMessages } from '../../src/db/schema/outbox.ts';
import { withdrawSupersededCase } from '../../src/app/intake/withdraw-superseded.ts';
import type { SessionState } from '../../src/contracts/auth.ts';
import type { CaseDetail, CaseWorklistPage, CaseWorklistRow } from '../../src/contracts/cases.ts';
import type { AuthorizationUpdateOptions, AuthorizationUpdateResult, CallerOffice } from '../../src/contracts/intake.ts';
import type { ReviewCaseView } from '../../src/contracts/review.ts';

/**
 * Issue 5, parts 7 and 8: an intake agent finds the caller's office by NPI or TIN, acts for it
 * through the portal's own API (building, submitting and looking up its cases, under its tenancy),
 * files a faxed document that answers a hold, changes a case's site or code with a reason, and
 * turns a change of radiation fractions into a new case that withdraws the original once approved.
 */
let tc: TestContext;
let agent: Browser;
let riversideStaff: Browser;
let nurse: Browser;
let riversideId: string;
let lakesideCaseId: string;

const RIVERSIDE_TIN = '231234567';
const breastRequest = hppBreastRadiation('2026-06-01');

beforeAll(async () => {
  tc = await createCaseTestContext();
  riversideId = await createOffice(tc, 'Riverside Oncology Associates');
  await tc.ctx.db.update(offices).set({ tin: RIVERSIDE_TIN }).where(eq(offices.id, riversideId));
  const lakesideId = await createOffice(tc, 'Lakeside Orthopedics');
  await createUser(tc, { userName: 'river.staff', role: 'office_admin', officeId: riversideId });
  await createUser(tc, { userName: 'lake.staff', role: 'office_user', officeId: lakesideId });
  await createUser(tc, { userName: 'phone.agent', role: 'intake_agent' });
  await createUser(tc, { userName: 'intake.nurse', role: 'nurse_reviewer' });
  await createUser(tc, { userName: 'intake.md', role: 'medical_director' });
  await addOfficePractitioners(tc, riversideId, await userIdByName(tc, 'river.staff'), [demoRadiationOncologist, demoOrthopedicSurgeon]);
  await addOfficePractitioners(tc, lakesideId, await userIdByName(tc, 'lake.staff'), [demoOrthopedicSurgeon]);
  lakesideCaseId = (await requestAndSubmitCase(tc, await signIn(tc, 'lake.staff'), wellsenseLumbarEsi('2026-03-23'))).caseId;
  riversideStaff = await signIn(tc, 'river.staff');
  nurse = await signIn(tc, 'intake.nurse');
  agent = await signIn(tc, 'phone.agent');
});
afterAll(async () => {
  await tc.close();
});

const session = async (browser: Browser) => (await browser.get('/api/auth/session')).json<SessionState>();
const findOffices = async (q: string) => (await agent.get(`/api/intake/offices?q=${encodeURIComponent(q)}`)).json<{ offices: CallerOffice[] }>().offices;
const detail = async (browser: Browser, caseId: string) => (await browser.get(`/api/cases/${caseId}/detail`)).json<CaseDetail>();
const options = async (caseId: string) => (await agent.get(`/api/intake/cases/${caseId}/update-options`)).json<AuthorizationUpdateOptions>();
const update = async (caseId: string, body: Record<string, unknown>) => agent.post(`/api/intake/cases/${caseId}/update`, { version: (await options(caseId)).version, ...body });
const caseRow = async (caseId: string) => (await tc.ctx.db.select().from(cases).where(eq(cases.id, caseId)))[0]!;
const lastAudit = async (action: string) => (await tc.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(desc(auditEvents.sequence)).limit(1))[0];

describe('an intake agent between calls', () => {
  it('sees no office menus and is refused the office routes, but may look for the caller’s office', async () => {
    const state = await session(agent);
    expect(state.actingOffice).toBeNull();
    expect(state.permissions).toContain('intake.calls');
    expect(state.permissions).not.toContain('cases.read');
    expect((await agent.get('/api/cases')).statusCode).toBe(403);
    expect((await agent.post('/api/cases', { programCode: 'MSK', programPath: 'new_case' })).statusCode).toBe(403);
    expect((await agent.get(`/api/cases/${lakesideCaseId}/detail`)).statusCode).toBe(403);
  });

  it('finds the office by its TIN, by the NPI of a practitioner on its account, or by a practitioner’s TIN', async () => {
    expect((await findOffices(RIVERSIDE_TIN)).map((office) => office.name)).toEqual(['Riverside Oncology Associates']);
    const byNpi = await findOffices(demoRadiationOncologist.npi);
    expect(byNpi.map((office) => office.name)).toEqual(['Riverside Oncology Associates']);
    expect(byNpi[0]).toMatchObject({ tin: RIVERSIDE_TIN, practitionerNpis: [demoRadiationOncologist.npi, demoOrthopedicSurgeon.npi].sort() });
    // Dr. Okonkwo works with both offices: the agent asks the caller which one.
    expect((await findOffices(demoOrthopedicSurgeon.npi)).map((office) => office.name)).toEqual(['Lakeside Orthopedics', 'Riverside Oncology Associates']);
    expect((await findOffices(demoOrthopedicSurgeon.tin)).map((office) => office.name)).toEqual(['Lakeside Orthopedics', 'Riverside Oncology Associates']);
    expect(await findOffices('1234567893')).toEqual([]);

    const bad = await agent.get('/api/intake/offices?q=12345');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: Record<string, string> } }>().error.fields['q']).toBe('Enter an NPI (10 digits) or a TIN (9 digits).');
    // Office staff do not search other offices.
    expect((await riversideStaff.get(`/api/intake/offices?q=${RIVERSIDE_TIN}`)).statusCode).toBe(403);
    expect((await riversideStaff.post('/api/intake/acting-office', { officeId: riversideId })).statusCode).toBe(403);
  });
});

describe('on a call for Riverside', () => {
  let phoneCaseId: string;

  it('starts the call: the session acts for the office, audited, with the office menus but not its account', async () => {
    const started = await agent.post('/api/intake/acting-office', { officeId: riversideId });
    expect(started.statusCode, started.body).toBe(200);
    const state = started.json<SessionState>();
    expect(state.actingOffice).toEqual({ id: riversideId, name: 'Riverside Oncology Associates', npi: null, tin: RIVERSIDE_TIN });
    expect(state.permissions).toEqual(expect.arrayContaining(['cases.create', 'cases.read', 'cases.amend', 'members.search']));
    expect(state.permissions).not.toContain('account.read');
    expect((await session(agent)).actingOffice?.name).toBe('Riverside Oncology Associates');
    expect(await lastAudit('intake.call.start')).toMatchObject({ actorUserId: await userIdByName(tc, 'phone.agent'), officeId: riversideId, outcome: 'success' });
    expect((await agent.get('/api/account')).statusCode).toBe(403);
    expect((await agent.post('/api/intake/acting-office', { officeId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
  });

  it('builds and submits a request through the portal’s own API: a phone case of the office, seen by its staff', async () => {
    const result = await requestAndSubmitCase(tc, agent, {
      ...wellsenseLumbarEsi('2026-03-20', { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }),
      criteriaNotMet: { choice: 'notes', notes: 'Caller will fax the therapy notes.' },
    });
    expect(result.status).toBe('pending_clinical_review');
    phoneCaseId = result.caseId;
    const row = await caseRow(phoneCaseId);
    expect(row).toMatchObject({ officeId: riversideId, channel: 'phone' });
    const started = await tc.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'case.start'), eq(auditEvents.objectId, phoneCaseId)));
    expect(started[0]).toMatchObject({ officeId: riversideId, details: { channel: 'phone' } });

    const worklist = (await riversideStaff.get('/api/cases')).json<CaseWorklistPage>();
    expect(worklist.rows.map((entry) => entry.caseNumber)).toContain(result.caseNumber);
  });

  it('checks the status for the caller in Authorization Lookup, and reaches no other office’s case', async () => {
    const { caseNumber } = await caseRow(phoneCaseId);
    const found = await agent.post('/api/lookup/authorizations', { by: 'number', number: caseNumber, orderingNpi: demoOrthopedicSurgeon.npi });
    expect(found.json<{ cases: CaseWorklistRow[] }>().cases.map((entry) => entry.status)).toEqual(['pending_clinical_review']);

    expect((await agent.get(`/api/cases/${lakesideCaseId}/detail`)).statusCode).toBe(404);
    expect((await agent.get(`/api/intake/cases/${lakesideCaseId}/update-options`)).statusCode).toBe(404);
    const lakesideNumber = (await caseRow(lakesideCaseId)).caseNumber;
    const lookup = await agent.post('/api/lookup/authorizations', { by: 'number', number: lakesideNumber, orderingNpi: demoOrthopedicSurgeon.npi });
    expect(lookup.json<{ cases: CaseWorklistRow[] }>().cases).toEqual([]);
  });

  it('attaches a faxed document to a case on hold: kept as a fax, and the case goes back for review', async () => {
    const current = (await nurse.get(`/api/review/cases/${phoneCaseId}`)).json<ReviewCaseView>();
    const claimed = (await nurse.post(`/api/review/cases/${phoneCaseId}/claim`, { version: current.version })).json<ReviewCaseView>();
    const held = await nurse.post(`/api/review/cases/${phoneCaseId}/hold`, { version: claimed.version, items: ['therapy-notes'] });
    expect(held.statusCode, held.body).toBe(200);

    const faxed = await agent.upload(`/api/cases/${phoneCaseId}/documents`, [{ name: 'fax-therapy-notes.pdf', bytes: samplePdf() }], { purpose: 'additional_clinical' });
    expect(faxed.statusCode, faxed.body).toBe(201);
    expect(faxed.json<{ documents: Array<{ purpose: string }> }>().documents.map((document) => document.purpose)).toEqual(['fax']);

    const seen = await detail(riversideStaff, phoneCaseId);
    expect(seen.status).toBe('additional_information_received');
    expect(seen.documents.map((document) => [document.displayName, document.purpose])).toContainEqual(['fax-therapy-notes.pdf', 'fax']);
    expect(seen.history.at(-1)?.description).toBe('Additional information received');
    expect(await lastAudit('document.upload')).toMatchObject({ officeId: riversideId, details: { purpose: 'fax', receivedBy: 'fax' } });
  });

  it('changes the site with a reason: audited with the old and new site, in the history, e-notified without PHI', async () => {
    const { contact } = await caseRow(phoneCaseId);
    await tc.ctx.db.update(cases).set({ contact: { ...contact!, notifyOnStatusChange: true } }).where(eq(cases.id, phoneCaseId));
    const before = await options(phoneCaseId);
    expect(before).toMatchObject({ notUpdatable: null, site: { name: 'Back Bay Spine and Joint Surgery Center' }, procedure: { code: '62323' }, treatment: [] });

    const noReason = await update(phoneCaseId, { change: 'site', siteId: demoSites[2]!.id, reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<{ error: { fields: Record<string, string> } }>().error.fields['reason']).toMatch(/^Say why the authorization is updated/);
    const sameSite = await update(phoneCaseId, { change: 'site', siteId: before.site!.id, reason: 'No change' });
    expect(sameSite.json<{ error: { fields: Record<string, string> } }>().error.fields['siteId']).toBe('This is already the site of the case: choose another.');
    const stale = await agent.post(`/api/intake/cases/${phoneCaseId}/update`, { version: before.version - 1, change: 'site', siteId: demoSites[2]!.id, reason: 'Moved' });
    expect(stale.statusCode).toBe(409);

    const changed = await update(phoneCaseId, { change: 'site', siteId: demoSites[2]!.id, reason: 'The caller moved the injection to the Chicago center.' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<AuthorizationUpdateResult>().newCase).toBeNull();

    const seen = await detail(riversideStaff, phoneCaseId);
    expect(seen.site?.name).toBe('Lakeshore Imaging Center');
    expect(seen.history.at(-1)?.description).toBe(
      'Authorization updated: site Back Bay Spine and Joint Surgery Center (NPI 2916429303) → Lakeshore Imaging Center (NPI 2928507161) (by phone). Reason: The caller moved the injection to the Chicago center.',
    );
    expect((await caseRow(phoneCaseId)).version).toBe(before.version + 1);
    expect(await lastAudit('case.authorization_update')).toMatchObject({
      objectId: phoneCaseId,
      officeId: riversideId,
      details: { change: 'site', reason: 'The caller moved the injection to the Chicago center.', from: 'Back Bay Spine and Joint Surgery Center (NPI 2916429303)', to: 'Lakeshore Imaging Center (NPI 2928507161)', channel: 'phone' },
    });
    const [email] = await tc.ctx.db.select().from(outboxMessages).where(eq(outboxMessages.template, 'case.status_changed')).orderBy(desc(outboxMessages.createdAt)).limit(1);
    expect(email?.subject).toBe(`Priora: case ${seen.caseNumber} updated by phone (site of service changed)`);
    expect(email?.body).not.toContain('Lakeshore');
  });

  it('changes the procedure code within the clinical questions answered, and refuses others', async () => {
    const otherQuestions = await update(phoneCaseId, { change: 'procedure', procedureCode: '62321', reason: 'Neck instead' });
    expect(otherQuestions.statusCode).toBe(400);
    expect(otherQuestions.json<{ error: { fields: Record<string, string> } }>().error.fields['procedureCode']).toBe('62321 is asked other clinical questions than 62323: request it as a new case.');
    const unknown = await update(phoneCaseId, { change: 'procedure', procedureCode: 'E0260', reason: 'Typo' });
    expect(unknown.json<{ error: { fields: Record<string, string> } }>().error.fields['procedureCode']).toBe('Choose a procedure from this program’s list.');

    const changed = await update(phoneCaseId, { change: 'procedure', procedureCode: '64483', reason: 'Transforaminal approach planned.' });
    expect(changed.statusCode, changed.body).toBe(200);
    const seen = await detail(riversideStaff, phoneCaseId);
    expect(seen.procedures.map((line) => line.code)).toEqual(['64483']);
    expect(seen.history.at(-1)?.description).toMatch(/^Authorization updated: procedure 62323 .+ → 64483 .+ \(by phone\)\. Reason: Transforaminal approach planned\.$/);
    expect((await caseRow(phoneCaseId)).procedureCode).toBe('64483');
  });

  it('is for intake agents only: the office’s own staff cannot update an authorization', async () => {
    const { version } = await caseRow(phoneCaseId);
    expect((await riversideStaff.post(`/api/intake/cases/${phoneCaseId}/update`, { version, change: 'site', siteId: demoSites[1]!.id, reason: 'Back' })).statusCode).toBe(403);
    expect((await riversideStaff.get(`/api/intake/cases/${phoneCaseId}/update-options`)).statusCode).toBe(403);
  });

  it('turns a change of radiation fractions into a new case for review, and withdraws the original once that is approved', async () => {
    const original = await requestAndSubmitCase(tc, agent, breastRequest);
    expect(original.status).toBe('approved');
    const offered = await options(original.caseId);
    expect(offered.treatment.map((item) => [item.linkId, item.value])).toEqual([
      ['initial-technique', '3d-conformal'],
      ['initial-fractions', 25],
      ['boost-technique', 'electrons'],
      ['boost-fractions', 5],
    ]);

    const outOfRange = await update(original.caseId, { change: 'treatment', answers: { 'boost-fractions': 40 }, reason: 'More boost' });
    expect(outOfRange.json<{ error: { fields: Record<string, string> } }>().error.fields['answers.boost-fractions']).toBe('Enter a number from 1 to 15.');
    const unchanged = await update(original.caseId, { change: 'treatment', answers: { 'boost-fractions': 5 }, reason: 'Same' });
    expect(unchanged.statusCode).toBe(400);

    const replaced = await update(original.caseId, { change: 'treatment', answers: { 'boost-fractions': 8 }, reason: 'The radiation oncologist extended the boost.' });
    expect(replaced.statusCode, replaced.body).toBe(200);
    const { newCase } = replaced.json<AuthorizationUpdateResult>();
    expect(newCase).toMatchObject({ status: 'pending_clinical_review' });
    expect(newCase!.caseNumber).not.toBe(original.caseNumber);
    expect(newCase!.decisionDueAt).not.toBeNull();

    const stored = await caseRow(newCase!.id);
    expect(stored).toMatchObject({ supersedesCaseId: original.caseId, officeId: riversideId, channel: 'phone', status: 'pending_clinical_review', siteId: demoSites[0]!.id });
    expect(stored.answers).toMatchObject({ ...breastWholeWithNodes, 'boost-fractions': 8 });
    const newDetail = await detail(riversideStaff, newCase!.id);
    expect(newDetail.diagnoses.map((diagnosis) => diagnosis.code)).toEqual(['C50912']);
    expect(newDetail.submission?.criteria.length).toBeGreaterThan(0);
    expect(newDetail.history.map((event) => event.description)).toEqual([
      'Submitted; sent to clinical review',
      `Authorization updated: replaces case ${original.caseNumber}: Boost fractions 5 → 8 (by phone). Reason: The radiation oncologist extended the boost.`,
    ]);
    const originalDetail = await detail(riversideStaff, original.caseId);
    expect(originalDetail.status).toBe('approved');
    expect(originalDetail.history.at(-1)?.description).toBe(`Authorization updated: Boost fractions 5 → 8; reviewed as new case ${newCase!.caseNumber} (by phone). Reason: The radiation oncologist extended the boost.`);
    // One replacement at a time.
    const again = await update(original.caseId, { change: 'treatment', answers: { 'boost-fractions': 10 }, reason: 'Even more' });
    expect(again.statusCode).toBe(409);

    // A medical director approves the new case in the review workbench: that withdraws the original.
    const md = await signIn(tc, 'intake.md');
    const queued = (await md.get(`/api/review/cases/${newCase!.id}`)).json<ReviewCaseView>();
    const claimed = (await md.post(`/api/review/cases/${newCase!.id}/claim`, { version: queued.version })).json<ReviewCaseView>();
    const approved = await md.post(`/api/review/cases/${newCase!.id}/decision`, { version: claimed.version, action: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    const withdrawn = await detail(riversideStaff, original.caseId);
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.history.at(-1)).toMatchObject({ description: `Withdrawn: replaced by case ${newCase!.caseNumber}`, actor: 'Medical director' });
    expect(await lastAudit('case.withdraw')).toMatchObject({ objectId: original.caseId, officeId: riversideId, details: { replacedByCaseNumber: newCase!.caseNumber } });
    // Nothing left to withdraw: the original is withdrawn once, and a case that replaces nothing withdraws nothing.
    const director = { userId: await userIdByName(tc, 'intake.md'), role: 'medical_director' as const, officeId: null, ipAddress: null };
    expect(await tc.ctx.db.transaction((tx) => withdrawSupersededCase(tc.ctx, tx, { newCaseId: newCase!.id, actor: director }))).toBe(false);
    expect(await tc.ctx.db.transaction((tx) => withdrawSupersededCase(tc.ctx, tx, { newCaseId: phoneCaseId, actor: director }))).toBe(false);
    // A withdrawn case is closed to updates.
    expect((await options(original.caseId)).notUpdatable).toBe('A request that is withdrawn cannot be updated.');
  });

  it('ends the call: the office routes are refused again, and the end is audited', async () => {
    const ended = await agent.delete('/api/intake/acting-office');
    expect(ended.statusCode).toBe(200);
    expect(ended.json<SessionState>().actingOffice).toBeNull();
    expect((await agent.get('/api/cases')).statusCode).toBe(403);
    expect((await agent.get(`/api/cases/${phoneCaseId}/detail`)).statusCode).toBe(403);
    expect(await lastAudit('intake.call.end')).toMatchObject({ officeId: riversideId, actorUserId: await userIdByName(tc, 'phone.agent') });
  });
});
