import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { requestAndSubmitCase } from '../support/case-requests.ts';
import { demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import { auditEvents } from '../../src/db/schema/audit.ts';
import type { ReviewCaseView, SupervisorView } from '../../src/contracts/review.ts';

/**
 * Issue 5, part 2: the medical directors' view of decision clocks — counts by escalation level,
 * the cases at risk, the breaches, and the cases decided after their due time.
 */
let tc: TestContext;
let office: Browser;

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Supervised Office');
  await createUser(tc, { userName: 'sup.office', role: 'office_user', officeId });
  await createUser(tc, { userName: 'sup.nurse', role: 'nurse_reviewer' });
  await createUser(tc, { userName: 'sup.md', role: 'medical_director' });
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'sup.office'), [demoOrthopedicSurgeon]);
  office = await signIn(tc, 'sup.office');
});
afterAll(async () => {
  await tc.close();
});

/** A lumbar injection with too little conservative care: sent to clinical review. */
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

/** Time passes between reads: sign in again each time (sessions end after 15 idle minutes). */
async function supervisorView(): Promise<SupervisorView> {
  const response = await (await signIn(tc, 'sup.md')).get('/api/review/supervisor');
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SupervisorView>();
}

describe('decision clocks for medical directors', () => {
  it('counts move as the clock passes 75 % and the due time; a case decided late is listed; nurses are refused', async () => {
    const caseId = await pendedCase('2026-03-27');
    let view = await supervisorView();
    expect(view.summary.overall).toEqual({ ok: 1, watch: 0, warning: 0, critical: 0, breached: 0, total: 1 });
    expect(view.atRisk).toEqual([]);
    expect(view.breaches).toEqual([]);
    expect(view.recentBreachesDecided).toEqual([]);

    const nurse = await signIn(tc, 'sup.nurse');
    expect((await nurse.get('/api/review/supervisor')).statusCode).toBe(403);
    expect((await office.get('/api/review/supervisor')).statusCode).toBe(403);

    const [fresh] = (await (await signIn(tc, 'sup.nurse')).get('/api/review/queue')).json<{ rows: Array<{ caseId: string; submittedAt: string; decisionDueAt: string }> }>().rows;
    const window = new Date(fresh!.decisionDueAt).getTime() - new Date(fresh!.submittedAt).getTime();

    tc.clock.advance(window * 0.8);
    view = await supervisorView();
    expect(view.summary.overall).toMatchObject({ ok: 0, warning: 1, breached: 0, total: 1 });
    expect(view.summary.byProgram.map((program) => [program.programCode, program.counts.warning, program.counts.total])).toEqual([['MSK', 1, 1]]);
    expect(view.summary.byUrgency.map((urgency) => [urgency.urgency, urgency.counts.warning, urgency.counts.total])).toEqual([
      ['urgent', 0, 0],
      ['standard', 1, 1],
    ]);
    expect(view.atRisk.map((row) => [row.caseId, row.escalation, row.memberName])).toEqual([[caseId, 'warning', 'Sullivan, Patrick']]);
    expect(view.breaches).toEqual([]);

    tc.clock.advance(window * 0.25);
    view = await supervisorView();
    expect(view.summary.overall).toMatchObject({ warning: 0, critical: 0, breached: 1, total: 1 });
    expect(view.atRisk).toEqual([]);
    expect(view.breaches).toHaveLength(1);
    expect(view.breaches[0]).toMatchObject({ caseId, escalation: 'breached' });
    expect(view.breaches[0]!.hoursPastDue).toBeCloseTo((window * 0.05) / 3_600_000, 0);

    // Listing members is an audited read, told apart from the queue's.
    const audited = await tc.ctx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'case.list'), sql`${auditEvents.details}->>'view' = 'review_supervisor'`));
    expect(audited[0]!.n).toBeGreaterThanOrEqual(2);

    // Decided after its due time: no longer a breach, but listed as decided late.
    const director = await signIn(tc, 'sup.md');
    let current = (await director.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();
    current = (await director.post(`/api/review/cases/${caseId}/claim`, { version: current.version })).json<ReviewCaseView>();
    const approved = await director.post(`/api/review/cases/${caseId}/decision`, { version: current.version, action: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    view = await supervisorView();
    expect(view.summary.overall.total).toBe(0);
    expect(view.breaches).toEqual([]);
    expect(view.recentBreachesDecided).toHaveLength(1);
    expect(view.recentBreachesDecided[0]).toMatchObject({ caseId, caseNumber: current.caseNumber, programCode: 'MSK', outcome: 'approved', decisionDueAt: fresh!.decisionDueAt });
    expect(view.recentBreachesDecided[0]!.hoursLate).toBeGreaterThan(0);

    // Thirty days on, it has left the list.
    tc.clock.advance(31 * 24 * 3_600_000);
    expect((await supervisorView()).recentBreachesDecided).toEqual([]);
  });
});
