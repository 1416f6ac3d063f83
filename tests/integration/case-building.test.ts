import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { type Browser, createOffice, createUser, signIn } from '../support/http.ts';
import { planProgramContracts } from '../../src/db/schema/plans.ts';
import { demoOrthopedicSurgeon, demoSites } from '../../src/content/catalogue/demo-fixtures.ts';
import { users } from '../../src/db/schema/users.ts';
import type { CaseView, EligibilityResult } from '../../src/contracts/cases.ts';
import { macroDocx, samplePdf, samplePng } from '../support/sample-files.ts';

let tc: TestContext;
let office: Browser;
let otherOffice: Browser;
let officePractitionerId: string;

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Back Bay Orthopedics');
  const otherId = await createOffice(tc, 'Elsewhere Clinic');
  await createUser(tc, { userName: 'bb.user', role: 'office_user', officeId });
  await createUser(tc, { userName: 'else.user', role: 'office_user', officeId: otherId });
  const [creator] = await tc.ctx.db.select({ id: users.id }).from(users).where(eq(users.userName, 'bb.user'));
  officePractitionerId = (await addOfficePractitioners(tc, officeId, creator!.id, [demoOrthopedicSurgeon]))[0]!;
  office = await signIn(tc, 'bb.user');
  otherOffice = await signIn(tc, 'else.user');
});
afterAll(async () => {
  await tc.close();
});

const save = async (caseView: CaseView, step: string, input: unknown) => office.put(`/api/cases/${caseView.id}/steps/${step}`, { version: caseView.version, input });

describe('building a musculoskeletal request step by step', () => {
  let draft: CaseView;

  it('offers the programs some plan contracts today, not one whose contracts have ended', async () => {
    // Only the demo plan contracts pharmacy drugs; end those contracts yesterday.
    await tc.ctx.db.update(planProgramContracts).set({ effectiveTo: '2026-03-01' }).where(eq(planProgramContracts.programCode, 'PHARMACY'));
    const { programs } = (await office.get('/api/cases/program-options')).json<{ programs: Array<{ code: string }> }>();
    expect(programs.map((program) => program.code)).toEqual(expect.arrayContaining(['MSK', 'RADONC', 'DME']));
    expect(programs.map((program) => program.code)).not.toContain('PHARMACY');
  });

  it('starts with the program and shows % complete', async () => {
    const unknown = await office.post('/api/cases', { programCode: 'NOPE' });
    expect(unknown.statusCode).toBe(400);
    const started = await office.post('/api/cases', { programCode: 'MSK', programPath: 'new_case' });
    expect(started.statusCode).toBe(201);
    draft = started.json<CaseView>();
    expect(draft).toMatchObject({ status: 'in_progress', currentStep: 'provider', percentComplete: 8, program: { code: 'MSK', name: 'Musculoskeletal' } });
    // Started Monday 2 March 2026, 9:00 in New York: it can be resumed until Wednesday ends there.
    expect(draft.expiresAt).toBe('2026-03-05T05:00:00.000Z');
  });

  it('does not let another office see or change it', async () => {
    expect((await otherOffice.get(`/api/cases/${draft.id}`)).statusCode).toBe(404);
    expect((await otherOffice.put(`/api/cases/${draft.id}/steps/provider`, { version: draft.version, input: { officePractitionerId } })).statusCode).toBe(404);
  });

  it('refuses to skip ahead', async () => {
    const response = await save(draft, 'member', { memberId: '00000000-0000-4000-8000-000000000000', phoneUnknown: true });
    expect(response.statusCode).toBe(409);
  });

  it('takes the provider from the account, then offers only plans that contract the program', async () => {
    const response = await save(draft, 'provider', { officePractitionerId });
    expect(response.statusCode).toBe(200);
    draft = response.json<CaseView>();
    expect(draft.provider).toMatchObject({ npi: demoOrthopedicSurgeon.npi, name: 'Okonkwo, Daniel DO' });

    const { plans } = (await office.get(`/api/cases/${draft.id}/plan-options`)).json<{ plans: Array<{ id: string; name: string; providerAddresses: Array<{ locationId: string }> }> }>();
    expect(plans.map((plan) => plan.name)).toContain('WellSense Health Plan');
    expect(plans.map((plan) => plan.name)).not.toContain('Cigna');
    const wellsense = plans.find((plan) => plan.name === 'WellSense Health Plan')!;
    expect(wellsense.providerAddresses.map((address) => address.locationId)).toEqual([demoOrthopedicSurgeon.locations[0]!.id]);

    draft = (await save(draft, 'plan', { planId: wellsense.id, locationId: wellsense.providerAddresses[0]!.locationId })).json<CaseView>();
    expect(draft.plan?.name).toBe('WellSense Health Plan');
  });

  it('keeps a stale tab from overwriting newer work', async () => {
    const stale = await office.put(`/api/cases/${draft.id}/steps/provider`, { version: draft.version - 1, input: { officePractitionerId } });
    expect(stale.statusCode).toBe(409);
  });

  it('saves contact details for this request only, with field messages for bad ones', async () => {
    const bad = await save(draft, 'contact', { providerName: 'Dr Okonkwo', contactName: '', phone: '12', fax: '6175550162', email: 'nope', notifyOnStatusChange: true });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json<{ error: { fields: Record<string, string> } }>().error.fields)).toEqual(expect.arrayContaining(['contactName', 'phone', 'email']));
    draft = (
      await save(draft, 'contact', { providerName: 'Daniel Okonkwo, DO', contactName: 'Front desk', phone: '617-555-0112', fax: '617-555-0162', email: 'desk@backbay.test', notifyOnStatusChange: true })
    ).json<CaseView>();
    expect(draft.contact).toMatchObject({ phone: '6175550112', notifyOnStatusChange: true });
  });

  it('finds the member only when ID, birth date and last name all match, and audits the lookup', async () => {
    const planId = draft.plan!.id;
    const miss = await office.post('/api/eligibility/search', { planId, patientId: '900000301', dateOfBirth: '1969-03-31', lastName: 'Sullivan' });
    expect(miss.json()).toEqual({ members: [] });
    const prefixed = await office.post('/api/eligibility/search', { planId, patientId: 'WEL900000301', dateOfBirth: '1969-03-30', lastName: 'Sullivan' });
    expect(prefixed.statusCode).toBe(400);
    const hit = await office.post('/api/eligibility/search', { planId, patientId: '900000301', dateOfBirth: '1969-03-30', lastName: 'sullivan' });
    const [member] = hit.json<{ members: EligibilityResult[] }>().members;
    expect(member).toMatchObject({ firstName: 'Patrick', lastName: 'Sullivan', coverage: { lineOfBusiness: 'commercial' } });

    const noPhone = await save(draft, 'member', { memberId: member!.memberId, phoneUnknown: false });
    expect(noPhone.json<{ error: { fields: Record<string, string> } }>().error.fields['bestPhone']).toMatch(/Unknown/);
    draft = (await save(draft, 'member', { memberId: member!.memberId, phoneUnknown: true })).json<CaseView>();
    expect(draft.member).toMatchObject({ name: 'Sullivan, Patrick', phoneUnknown: true });
    expect(draft.plan?.lineOfBusiness).toBe('commercial');
  });

  it('asks whether a past date was already performed (retro) and checks eligibility on the date', async () => {
    const past = await save(draft, 'date_of_service', { dateOfService: '2026-02-20', alreadyPerformed: false });
    expect(past.json<{ error: { fields: Record<string, string> } }>().error.fields['dateOfService']).toMatch(/already performed/);
    const beforeCoverage = await save(draft, 'date_of_service', { dateOfService: '2023-06-01', alreadyPerformed: true });
    expect(beforeCoverage.json<{ error: { fields: Record<string, string> } }>().error.fields['dateOfService']).toMatch(/not eligible/);
    const impossible = await save(draft, 'date_of_service', { dateOfService: '2026-02-30', alreadyPerformed: false });
    expect(impossible.statusCode).toBe(400);
    draft = (await save(draft, 'date_of_service', { dateOfService: '2026-03-16', alreadyPerformed: false })).json<CaseView>();
    expect(draft).toMatchObject({ dateOfService: '2026-03-16', retrospective: false });
  });

  it('suggests the program’s procedures by code or words', async () => {
    const byCode = (await office.get(`/api/cases/${draft.id}/procedure-options?q=6232`)).json<{ procedures: Array<{ code: string }> }>();
    expect(byCode.procedures.map((procedure) => procedure.code)).toEqual(expect.arrayContaining(['62321', '62323']));
    const byWords = (await office.get(`/api/cases/${draft.id}/procedure-options?q=low%20back%20epidural`)).json<{ procedures: Array<{ code: string; description: string }> }>();
    expect(byWords.procedures.length).toBeGreaterThan(0);
    expect(byWords.procedures.every((procedure) => /low back/i.test(procedure.description))).toBe(true);
    expect((await office.get(`/api/cases/${draft.id}/procedure-options?q=RCBREA`)).json()).toEqual({ procedures: [] });
  });

  it('takes the procedure from the program list and billable ICD-10-CM diagnoses', async () => {
    const notInProgram = await save(draft, 'service', { procedureCode: 'RCBREA', primaryDiagnosis: 'M54.16', renderedInOffice: false });
    expect(notInProgram.json<{ error: { fields: Record<string, string> } }>().error.fields['procedureCode']).toBeDefined();
    const category = await save(draft, 'service', { procedureCode: '62323', primaryDiagnosis: 'M54', renderedInOffice: false });
    expect(category.json<{ error: { fields: Record<string, string> } }>().error.fields['primaryDiagnosis']).toMatch(/category/);
    draft = (await save(draft, 'service', { procedureCode: '62323', primaryDiagnosis: 'M54.16', secondaryDiagnosis: 'M51.16', renderedInOffice: false })).json<CaseView>();
    expect(draft.service).toMatchObject({ procedureCode: '62323', primaryDiagnosis: { code: 'M5416' }, secondaryDiagnosis: { code: 'M5116' } });
  });

  it('finds the site by name (starts with) or NPI and saves it', async () => {
    const backBay = demoSites.find((site) => site.name.startsWith('Back Bay'))!;
    const byName = (await office.get('/api/sites?name=back%20bay&nameMatch=starts_with')).json<{ sites: Array<{ id: string; npi: string }> }>();
    expect(byName.sites.map((site) => site.npi)).toContain(backBay.npi);
    const exactMiss = (await office.get('/api/sites?name=back%20bay&nameMatch=exact')).json<{ sites: unknown[] }>();
    expect(exactMiss.sites).toEqual([]);
    const wildcard = (await office.get('/api/sites?name=%25%25&nameMatch=starts_with')).json<{ sites: unknown[] }>();
    expect(wildcard.sites).toEqual([]);
    const byNpi = (await office.get(`/api/sites?npi=${backBay.npi}`)).json<{ sites: Array<{ id: string }> }>();
    draft = (await save(draft, 'site', { siteId: byNpi.sites[0]!.id })).json<CaseView>();
    expect(draft).toMatchObject({ currentStep: 'attestation', site: { npi: backBay.npi } });
  });

  it('lists the request under Certification Requests In Progress', async () => {
    const list = (await office.get('/api/cases/in-progress')).json<{ cases: CaseView[] }>();
    expect(list.cases.map((item) => item.id)).toEqual([draft.id]);
    expect((await otherOffice.get('/api/cases/in-progress')).json()).toEqual({ cases: [] });
  });

  it('locks provider, member and service once the person proceeds to clinical information', async () => {
    const unconfirmed = await office.post(`/api/cases/${draft.id}/attest`, { version: draft.version, attest: false });
    expect(unconfirmed.statusCode).toBe(400);
    draft = (await office.post(`/api/cases/${draft.id}/attest`, { version: draft.version, attest: true })).json<CaseView>();
    expect(draft).toMatchObject({ locked: true, currentStep: 'urgency' });
    const edit = await save(draft, 'member', { memberId: draft.member!.id, phoneUnknown: true });
    expect(edit.statusCode).toBe(409);
    expect(edit.json<{ error: { message: string } }>().error.message).toMatch(/can no longer be changed/);
  });

  it('treats an urgent request without an upload as standard, and says so', async () => {
    const noReason = await office.put(`/api/cases/${draft.id}/urgency`, { version: draft.version, urgency: 'urgent', reasons: { jeopardy: false, severePain: false } });
    expect(noReason.statusCode).toBe(400);
    const response = await office.put(`/api/cases/${draft.id}/urgency`, { version: draft.version, urgency: 'urgent', reasons: { jeopardy: true, severePain: false } });
    draft = response.json<CaseView>();
    expect(draft.urgency).toBe('standard');
    expect(draft.notice).toMatch(/reviewed as standard/);
  });

  it('refuses disguised or active files by name, stores good ones, and serves them only as downloads', async () => {
    const refused = await office.upload(`/api/cases/${draft.id}/documents`, [
      { name: 'note.pdf', bytes: samplePdf() },
      { name: 'photo.pdf', bytes: samplePng() },
      { name: 'macro.docx', bytes: await macroDocx() },
    ], { purpose: 'urgent_clinical' });
    expect(refused.statusCode).toBe(400);
    const message = refused.json<{ error: { message: string } }>().error.message;
    expect(message).toMatch(/photo\.pdf is really a \.png/);
    expect(message).toMatch(/macros/);
    expect((await office.get(`/api/cases/${draft.id}/documents`)).json()).toEqual({ documents: [] });

    const six = await office.upload(`/api/cases/${draft.id}/documents`, Array.from({ length: 6 }, (_, index) => ({ name: `n${index}.pdf`, bytes: samplePdf() })), { purpose: 'urgent_clinical' });
    expect(six.statusCode).toBe(400);

    const stored = await office.upload(`/api/cases/${draft.id}/documents`, [{ name: 'progress note \u202Efdp.pdf', bytes: samplePdf() }], { purpose: 'urgent_clinical' });
    expect(stored.statusCode).toBe(201);
    const [document] = stored.json<{ documents: Array<{ id: string; displayName: string }> }>().documents;
    expect(document!.displayName).toBe('progress note fdp.pdf');

    const download = await office.get(`/api/cases/${draft.id}/documents/${document!.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="progress note fdp\.pdf"; filename\*=UTF-8''progress%20note%20fdp\.pdf$/);
    expect(download.headers['content-security-policy']).toBe('sandbox');
    expect(download.rawPayload.equals(samplePdf())).toBe(true);
    expect((await otherOffice.get(`/api/cases/${draft.id}/documents/${document!.id}`)).statusCode).toBe(404);

    // A stored byte changed behind Priora's back: the download is refused, not served.
    const { sql } = await import('drizzle-orm');
    await tc.ctx.db.execute(sql`update document_blobs set content = overlay(content placing '\\x00'::bytea from 1 for 1) where document_id = ${document!.id}`);
    const tampered = await office.get(`/api/cases/${draft.id}/documents/${document!.id}`);
    expect(tampered.statusCode).toBe(409);
    expect(tampered.json<{ error: { message: string } }>().error.message).toMatch(/integrity/);

    draft = (await office.get(`/api/cases/${draft.id}`)).json<CaseView>();
    const urgent = await office.put(`/api/cases/${draft.id}/urgency`, { version: draft.version, urgency: 'urgent', reasons: { jeopardy: false, severePain: true } });
    expect(urgent.json<CaseView>()).toMatchObject({ urgency: 'urgent', currentStep: 'questionnaire' });
    expect(urgent.json<CaseView>().notice).toBeUndefined();
  });
});

describe('unsubmitted requests', () => {
  it('expire after two business days without a save, leave the in-progress list, and cannot be changed', async () => {
    const { expireInProgressRequests } = await import('../../src/app/cases/case-policy.ts');
    // Friday 6 March, 9:00 New York: the weekend does not count.
    tc.clock.set('2026-03-06T14:00:00Z');
    const friday = await signIn(tc, 'bb.user');
    const started = (await friday.post('/api/cases', { programCode: 'DME' })).json<CaseView>();
    const saved = (await friday.put(`/api/cases/${started.id}/steps/provider`, { version: started.version, input: { officePractitionerId } })).json<CaseView>();
    expect(saved.expiresAt).toBe('2026-03-11T04:00:00.000Z');
    // Tuesday evening: the earlier request (last saved on 2 March) expires, this one does not yet.
    tc.clock.set('2026-03-10T20:00:00Z');
    expect(await expireInProgressRequests(tc.ctx)).toBe(1);
    tc.clock.set('2026-03-11T04:00:01Z');
    expect(await expireInProgressRequests(tc.ctx)).toBe(1);
    const wednesday = await signIn(tc, 'bb.user');
    const list = (await wednesday.get('/api/cases/in-progress')).json<{ cases: CaseView[] }>();
    expect(list.cases.map((item) => item.id)).not.toContain(started.id);
    const late = await wednesday.put(`/api/cases/${started.id}/steps/provider`, { version: saved.version, input: { officePractitionerId } });
    expect(late.statusCode).toBe(409);
    expect((await wednesday.get(`/api/cases/${started.id}`)).json<CaseView>().status).toBe('expired');
  });
});
