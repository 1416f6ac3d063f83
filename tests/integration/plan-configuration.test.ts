import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { requestAndSubmitCase, wellsenseLumbarEsi } from '../support/case-requests.ts';
import { seedCatalogue } from '../../src/db/seed/seed-catalogue.ts';
import { cases } from '../../src/db/schema/cases.ts';
import { auditEvents } from '../../src/db/schema/audit.ts';
import { healthPlans } from '../../src/db/schema/plans.ts';
import { demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import type { UploadRules } from '../../src/contracts/cases.ts';
import { samplePng } from '../support/sample-files.ts';
import type { PlanChange, PlanDetail, PlanSummary, PolicyScopeView } from '../../src/contracts/plan-admin.ts';

/**
 * Issue 4's check for plan configuration: a plan administrator changes a policy number and the
 * next case follows it, while the case decided before keeps what it was decided under; changes
 * are validated and audited; only plan administrators may change anything.
 */
let tc: TestContext;
let office: Browser;
let planAdmin: Browser;

const WELLSENSE_MSK_COMMERCIAL = { planCode: 'WELLSENSE', lineOfBusiness: 'commercial', programCode: 'MSK' } as const;

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Configuration Office');
  await createUser(tc, { userName: 'config.office', role: 'office_user', officeId });
  await createUser(tc, { userName: 'config.plan', role: 'plan_admin' });
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'config.office'), [demoOrthopedicSurgeon]);
  office = await signIn(tc, 'config.office');
  planAdmin = await signIn(tc, 'config.plan');
});
afterAll(async () => {
  await tc.close();
});

const lumbarEsiRequest = (dateOfService: string) => wellsenseLumbarEsi(dateOfService);

async function scope(query: Record<string, string>): Promise<PolicyScopeView> {
  const response = await planAdmin.get(`/api/admin/policies?${new URLSearchParams(query).toString()}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PolicyScopeView>();
}

/** The form's values: everything the version in force has, minus what a release owns. */
function editable(view: PolicyScopeView): Record<string, unknown> {
  const { holidayCalendar: _calendar, regulatoryDecisionCap: _cap, ...values } = view.inForce.values;
  return values;
}

describe('plan configuration', () => {
  it('lists the plans with their lines of business and programs; plan detail shows contracts and policy versions', async () => {
    const { plans } = (await planAdmin.get('/api/admin/plans')).json<{ plans: PlanSummary[] }>();
    expect(plans.map((plan) => plan.code)).toEqual(expect.arrayContaining(['HPP', 'CIGNA', 'WELLSENSE', 'ABHIL', 'HEALTHSPRING', 'DEMO']));
    expect(plans.find((plan) => plan.code === 'DEMO')?.programCodes).toHaveLength(10);
    const detail = (await planAdmin.get('/api/admin/plans/WELLSENSE')).json<PlanDetail>();
    expect(detail.contracts.map((contract) => `${contract.programCode}/${contract.lineOfBusiness}/${contract.effectiveFrom}`)).toContain('MSK/commercial/2023-03-01');
    expect(detail.policyVersions.map((version) => version.versionId)).toContain('wellsense-commercial-msk-v1');
  });

  it('refuses plan configuration to office users (403) and changes to system administrators', async () => {
    expect((await office.get('/api/admin/plans')).statusCode).toBe(403);
    await createUser(tc, { userName: 'config.sysadmin', role: 'system_admin' });
    const sysadmin = await signIn(tc, 'config.sysadmin');
    expect((await sysadmin.get('/api/admin/plans')).statusCode).toBe(200);
    expect((await sysadmin.patch('/api/admin/plans/DEMO', { name: 'Renamed' })).statusCode).toBe(403);
  });

  it('a policy change applies to the next case and leaves the earlier case as it was decided', async () => {
    const before = await requestAndSubmitCase(tc, office, lumbarEsiRequest('2026-03-20'));
    expect(before.status).toBe('approved');
    expect([before.validFrom, before.validTo]).toEqual(['2026-03-20', '2026-09-16']);

    const current = await scope(WELLSENSE_MSK_COMMERCIAL);
    expect(current.inForce.versionId).toBe('wellsense-commercial-msk-v1');
    const values = editable(current);
    const changed = await planAdmin.post('/api/admin/policies', {
      scope: WELLSENSE_MSK_COMMERCIAL,
      effectiveFrom: current.today,
      values: { ...values, authorizationValidity: { ...(values['authorizationValidity'] as object), standardDays: 90 } },
      note: 'Plan amendment: pain authorizations valid 90 days.',
    });
    expect(changed.statusCode, changed.body).toBe(201);
    const view = changed.json<PolicyScopeView>();
    expect(view.inForce.versionId).toBe('wellsense-commercial-msk-v2');
    expect(view.inForce.changedFields).toEqual(['authorizationValidity.standardDays']);
    expect(view.inForce.createdBy).toContain('config.plan');
    expect(view.versions.find((version) => version.versionId === 'wellsense-commercial-msk-v1')).toMatchObject({ effectiveTo: '2026-03-01', casesDecided: 1 });

    // At least 2 weeks after the first injection (lumbar ESI criteria v2 read the member's earlier authorizations).
    const after = await requestAndSubmitCase(tc, office, lumbarEsiRequest('2026-04-06'));
    expect([after.validFrom, after.validTo]).toEqual(['2026-04-06', '2026-07-05']);

    const rows = await tc.ctx.db.select({ caseNumber: cases.caseNumber, validTo: cases.validTo, policyVersionId: cases.policyVersionId }).from(cases).where(eq(cases.status, 'approved'));
    expect(rows.find((row) => row.caseNumber === before.caseNumber)).toMatchObject({ validTo: '2026-09-16', policyVersionId: 'wellsense-commercial-msk-v1' });
    expect(rows.find((row) => row.caseNumber === after.caseNumber)).toMatchObject({ validTo: '2026-07-05', policyVersionId: 'wellsense-commercial-msk-v2' });

    const [audit] = await tc.ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'policy.version.add'), eq(auditEvents.objectId, 'wellsense-commercial-msk-v2')));
    expect(audit?.details).toMatchObject({ changed: ['authorizationValidity.standardDays'], endedVersion: 'wellsense-commercial-msk-v1' });
  });

  it('refuses negative windows and changes that start in the past, saying which field', async () => {
    const current = await scope(WELLSENSE_MSK_COMMERCIAL);
    const values = editable(current);
    const negative = await planAdmin.post('/api/admin/policies', {
      scope: WELLSENSE_MSK_COMMERCIAL,
      effectiveFrom: '2026-04-01',
      values: { ...values, retroWindow: { within: { amount: -3, unit: 'calendar_days' }, outcomeWhenLate: 'administrative_denial' } },
      note: 'Typo',
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.body).toContain('Retro window cannot be negative.');
    const past = await planAdmin.post('/api/admin/policies', { scope: WELLSENSE_MSK_COMMERCIAL, effectiveFrom: '2026-01-01', values, note: 'Backdated' });
    expect(past.statusCode).toBe(400);
    expect(past.json<{ error: { fields: Record<string, string> } }>().error.fields['effectiveFrom']).toMatch(/or later/);
    const uncontracted = await planAdmin.post('/api/admin/policies', { scope: { planCode: 'HEALTHSPRING', lineOfBusiness: 'medicare', programCode: 'MSK' }, effectiveFrom: '2026-04-01', values, note: 'Wrong plan' });
    expect(uncontracted.statusCode).toBe(400);
    expect(uncontracted.body).toContain('HEALTHSPRING does not contract MSK for medicare');
  });

  it('a planned change can be withdrawn before it starts; the version before it runs on', async () => {
    const current = await scope({ planCode: 'CIGNA', lineOfBusiness: 'commercial' });
    const planned = await planAdmin.post('/api/admin/policies', {
      scope: { planCode: 'CIGNA', lineOfBusiness: 'commercial', programCode: null },
      effectiveFrom: '2026-07-01',
      values: { ...editable(current), contact: { phone: '8885550199', fax: '8885550198', hours: 'Every day, 8 a.m. to 8 p.m. Eastern' } },
      note: 'New call center from July',
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const plannedView = planned.json<PolicyScopeView>();
    expect(plannedView.inForce.versionId).toBe('cigna-commercial-v1');
    expect(plannedView.versions.find((version) => version.versionId === 'cigna-commercial-v1')?.effectiveTo).toBe('2026-06-30');

    const withdrawn = await planAdmin.post('/api/admin/policies/cigna-commercial-v2/withdraw', { note: 'Move postponed' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const view = withdrawn.json<PolicyScopeView>();
    expect(view.versions.find((version) => version.versionId === 'cigna-commercial-v1')?.effectiveTo).toBeNull();
    expect(view.versions.find((version) => version.versionId === 'cigna-commercial-v2')?.status).toBe('withdrawn');
    expect((await planAdmin.post('/api/admin/policies/cigna-commercial-v1/withdraw', { note: 'No' })).statusCode).toBe(409);
  });

  it('edits a plan, its states and contracts, with clear messages for what cannot be done', async () => {
    const renamed = await planAdmin.patch('/api/admin/plans/DEMO', { name: 'Priora Demo Health Plan of Illinois', phone: '(608) 555-0151', fax: '' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<PlanDetail>()).toMatchObject({ name: 'Priora Demo Health Plan of Illinois', phone: '6085550151', fax: null });

    const noLine = await planAdmin.post('/api/admin/plans/DEMO/contracts', { programCode: 'SLEEP', lineOfBusiness: 'medicaid', effectiveFrom: '2026-04-01' });
    expect(noLine.statusCode).toBe(400);
    expect(noLine.body).toContain('Add the line of business');
    expect((await planAdmin.post('/api/admin/plans/DEMO/lines', { lineOfBusiness: 'medicaid', state: 'ZZ' })).statusCode).toBe(400);
    const line = await planAdmin.post('/api/admin/plans/DEMO/lines', { lineOfBusiness: 'medicaid', state: 'IL' });
    expect(line.json<PlanDetail>().linesOfBusiness.find((entry) => entry.lineOfBusiness === 'medicaid')?.states).toEqual(['IL']);
    const contracted = await planAdmin.post('/api/admin/plans/DEMO/contracts', { programCode: 'SLEEP', lineOfBusiness: 'medicaid', effectiveFrom: '2026-04-01' });
    expect(contracted.statusCode, contracted.body).toBe(200);
    const overlap = await planAdmin.post('/api/admin/plans/DEMO/contracts', { programCode: 'SLEEP', lineOfBusiness: 'medicaid', effectiveFrom: '2026-05-01' });
    expect(overlap.statusCode).toBe(400);
    const contract = contracted.json<PlanDetail>().contracts.find((entry) => entry.programCode === 'SLEEP' && entry.lineOfBusiness === 'medicaid')!;
    const ended = await planAdmin.patch(`/api/admin/plans/DEMO/contracts/${contract.id}`, { effectiveTo: '2026-12-31' });
    expect(ended.json<PlanDetail>().contracts.find((entry) => entry.id === contract.id)?.effectiveTo).toBe('2026-12-31');

    // Who changed what, newest first, in words.
    const { changes } = (await planAdmin.get('/api/admin/plans/DEMO/history')).json<{ changes: PlanChange[] }>();
    expect(changes.map((change) => change.change)).toEqual([
      'Set the end of the SLEEP medicaid contract to 2026-12-31 (was open-ended).',
      'Contracted SLEEP for medicaid from 2026-04-01.',
      'Added IL to medicaid.',
      'Changed name from “Priora Demo Health Plan” to “Priora Demo Health Plan of Illinois”, fax from “6085550152” to “”.',
    ]);
    expect(changes[0]?.by).toContain('(config.plan)');
  });

  it('adds a code to a program list, refusing a duplicate', async () => {
    const added = await planAdmin.post('/api/admin/programs/GI/procedures', { code: '45380', codeSystem: 'CPT', description: 'Colonoscopy with tissue sampling' });
    expect(added.statusCode, added.body).toBe(201);
    expect((await planAdmin.post('/api/admin/programs/GI/procedures', { code: '45380', codeSystem: 'CPT', description: 'Again' })).statusCode).toBe(400);
    const { procedures } = (await planAdmin.get('/api/admin/programs/GI/procedures')).json<{ procedures: { code: string }[] }>();
    expect(procedures.map((procedure) => procedure.code)).toContain('45380');
  });

  it('the Eligibility Lookup follows the plan’s exemptions by setting and by code', async () => {
    const planId = (await tc.ctx.db.select({ id: healthPlans.id }).from(healthPlans).where(eq(healthPlans.code, 'WELLSENSE')))[0]!.id;
    const check = async (body: Record<string, string>) =>
      (await office.post('/api/eligibility/check', { planId, patientId: '900000301', dateOfBirth: '1969-03-30', lastName: 'Sullivan', onDate: '2026-04-02', procedureCode: '64483', ...body })).json<{
        authorization: { required: boolean; explanation: string };
      }>().authorization;
    const inOffice = await check({ setting: 'office' });
    expect(inOffice.required).toBe(true);
    expect(inOffice.explanation).toContain('It does not apply in: emergency room, observation stay, inpatient stay.');
    const inEmergencyRoom = await check({ setting: 'emergency_room' });
    expect(inEmergencyRoom.required).toBe(false);
    expect(inEmergencyRoom.explanation).toContain('(emergency room)');

    const current = await scope(WELLSENSE_MSK_COMMERCIAL);
    const values = editable(current);
    const exempted = await planAdmin.post('/api/admin/policies', {
      scope: WELLSENSE_MSK_COMMERCIAL,
      effectiveFrom: '2026-04-01',
      values: { ...values, authorizationRequirement: { exemptCodes: ['64483'], exemptSettings: ['emergency_room', 'observation', 'inpatient'] } },
      note: 'Transforaminal injections no longer need authorization from April.',
    });
    expect(exempted.statusCode, exempted.body).toBe(201);
    const exempt = await check({});
    expect(exempt.required).toBe(false);
    expect(exempt.explanation).toContain('does not require prior authorization for it');
    expect(await check({ onDate: '2026-03-31' })).toMatchObject({ required: true });
  });

  it('uploads follow the plan’s policy, and the page is told the limits before anything is sent', async () => {
    const submitted = await requestAndSubmitCase(tc, office, lumbarEsiRequest('2026-05-04'));
    const rules = (await office.get(`/api/cases/${submitted.caseId}/upload-rules`)).json<UploadRules>();
    // WellSense takes the portal's limits (seeds 000-002): 5 files of 5 MB, no images.
    expect(rules).toEqual({ maxFiles: 5, maxFileBytes: 5 * 1024 * 1024, allowedExtensions: ['.pdf', '.doc', '.docx'] });
    const png = await office.upload(`/api/cases/${submitted.caseId}/documents`, [{ name: 'xray.png', bytes: samplePng(), type: 'image/png' }], { purpose: 'additional_clinical' });
    expect(png.statusCode).toBe(400);
    expect(png.body).toContain('xray.png: only .pdf, .doc and .docx files can be uploaded.');
    expect((await office.get('/api/cases/00000000-0000-4000-8000-000000000000/upload-rules')).statusCode).toBe(404);
  });

  it('a restart does not undo administrators’ changes', async () => {
    await seedCatalogue(tc.ctx.db);
    const detail = (await planAdmin.get('/api/admin/plans/DEMO')).json<PlanDetail>();
    expect(detail.name).toBe('Priora Demo Health Plan of Illinois');
    expect((await scope(WELLSENSE_MSK_COMMERCIAL)).inForce.versionId).toBe('wellsense-commercial-msk-v2');
  });
});
