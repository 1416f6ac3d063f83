import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { CaseView, EligibilityResult, QuestionnaireState, SubmissionResult } from '../../src/contracts/cases.ts';
import { sites } from '../../src/db/schema/members.ts';
import { healthPlans } from '../../src/db/schema/plans.ts';
import type { Answers } from '../../src/domain/questionnaires/answers.ts';
import { demoOrthopedicSurgeon, demoRadiationOncologist, demoSites } from '../../src/content/catalogue/demo-fixtures.ts';
import { breastWholeWithNodes, lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import { facetFirstBlock } from '../../src/content/criteria/pain-sample-answers.testing.ts';
import type { Browser } from './http.ts';
import type { TestContext } from './test-context.ts';

/** A whole request as an office builds it in the wizard, for tests that submit cases end to end. */
export interface CaseRequest {
  programCode: string;
  programPath?: string;
  npi: string;
  locationId: string;
  planCode: string;
  member: { patientId: string; dateOfBirth: string; lastName: string };
  dateOfService: string;
  procedureCode: string;
  diagnosis: string;
  siteNpi: string;
  answers: Answers;
  /** What the office adds when the answers do not meet the criteria (the submit endpoint requires it then). */
  criteriaNotMet?: { choice: 'upload' | 'notes' | 'both' | 'none'; notes?: string };
}

/**
 * Walks every wizard step through the API as the office would (the practitioner must be on the
 * office's account), answers the questionnaire and submits; expects each step to succeed. `office`
 * may also be an intake agent on a call for the office, and `tc` a browser journey's running Priora.
 */
export async function requestAndSubmitCase(tc: Pick<TestContext, 'ctx'>, office: Browser, request: CaseRequest): Promise<SubmissionResult> {
  let view = (await office.post('/api/cases', { programCode: request.programCode, ...(request.programPath ? { programPath: request.programPath } : {}) })).json<CaseView>();
  const step = async (name: string, input: unknown) => {
    const response = await office.put(`/api/cases/${view.id}/steps/${name}`, { version: view.version, input });
    expect(response.statusCode, response.body).toBe(200);
    view = response.json<CaseView>();
  };
  const { practitioners } = (await office.get('/api/account/practitioners')).json<{ practitioners: Array<{ id: string; npi: string }> }>();
  await step('provider', { officePractitionerId: practitioners.find((practitioner) => practitioner.npi === request.npi)!.id });
  const planId = (await tc.ctx.db.select({ id: healthPlans.id }).from(healthPlans).where(eq(healthPlans.code, request.planCode)))[0]!.id;
  await step('plan', { planId, locationId: request.locationId });
  await step('contact', { providerName: 'Ordering office', contactName: 'Desk', phone: '2155550110', fax: '2155550160', email: 'desk@programs.test', notifyOnStatusChange: false });
  const [member] = (await office.post('/api/eligibility/search', { planId, ...request.member })).json<{ members: EligibilityResult[] }>().members;
  await step('member', { memberId: member!.memberId, phoneUnknown: true });
  await step('date_of_service', { dateOfService: request.dateOfService, alreadyPerformed: false });
  await step('service', { procedureCode: request.procedureCode, primaryDiagnosis: request.diagnosis, renderedInOffice: false });
  const siteId = (await tc.ctx.db.select({ id: sites.id }).from(sites).where(eq(sites.npi, request.siteNpi)))[0]!.id;
  await step('site', { siteId });
  view = (await office.post(`/api/cases/${view.id}/attest`, { version: view.version, attest: true })).json<CaseView>();
  view = (await office.put(`/api/cases/${view.id}/urgency`, { version: view.version, urgency: 'standard', reasons: { jeopardy: false, severePain: false } })).json<CaseView>();
  const state = (await office.put(`/api/cases/${view.id}/questionnaire`, { version: view.version, answers: request.answers })).json<QuestionnaireState>();
  expect(state.problems).toEqual([]);
  const response = await office.request('POST', `/api/cases/${view.id}/submit`, { version: state.caseVersion, acknowledge: true, ...(request.criteriaNotMet ? { criteriaNotMet: request.criteriaNotMet } : {}) }, { 'idempotency-key': `key-${view.id}` });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<SubmissionResult>();
}

/** WellSense members of the demo directory, as the eligibility step finds them. */
export const wellsenseMembers = {
  /** Commercial. */
  sullivan: { patientId: '900000301', dateOfBirth: '1969-03-30', lastName: 'Sullivan' },
  /** Medicare: no reconsideration, and the pre-decision notice comes before a denial. */
  tremblay: { patientId: '900000302', dateOfBirth: '1950-12-07', lastName: 'Tremblay' },
} as const;

/**
 * Patrick Sullivan's lumbar epidural injection (WellSense commercial MSK, Dr. Okonkwo at the Back
 * Bay center): the request the plan, review and workbench tests build. The office must have Dr.
 * Okonkwo on its account; `answers` default to one that meets every criterion.
 */
export function wellsenseLumbarEsi(dateOfService: string, answers: Answers = lumbarEsiFirstInjection): CaseRequest {
  return {
    programCode: 'MSK',
    programPath: 'new_case',
    npi: demoOrthopedicSurgeon.npi,
    locationId: demoOrthopedicSurgeon.locations[0]!.id,
    planCode: 'WELLSENSE',
    member: wellsenseMembers.sullivan,
    dateOfService,
    procedureCode: '62323',
    diagnosis: 'M54.16',
    siteNpi: '2916429303',
    answers,
  };
}


/**
 * Eleanor Whitaker's whole-breast radiation with nodes (Health Partners Plans, Dr. Alvarez at the
 * first demo site): approved at once by phase, with fractions, and IGRT on its own line. The
 * office must have Dr. Alvarez on its account.
 */
export function hppBreastRadiation(dateOfService: string): CaseRequest {
  return {
    programCode: 'RADONC',
    npi: demoRadiationOncologist.npi,
    locationId: demoRadiationOncologist.locations[0]!.id,
    planCode: 'HPP',
    member: { patientId: '900000101', dateOfBirth: '1948-05-14', lastName: 'Whitaker' },
    dateOfService,
    procedureCode: 'RCBREA',
    diagnosis: 'C50.912',
    siteNpi: demoSites[0]!.npi,
    answers: breastWholeWithNodes,
  };
}

/**
 * Rachel Goldberg's whole-breast radiation with distant metastases (Cigna commercial): criteria not
 * met, for review. Cigna delegates its first level appeal to Priora, so after a denial both a
 * reconsideration and the appeal are open through Priora. The office must have Dr. Alvarez's Cigna
 * location on its account.
 */
export function cignaMetastaticBreastRadiation(dateOfService: string): CaseRequest {
  return {
    programCode: 'RADONC',
    npi: demoRadiationOncologist.npi,
    locationId: demoRadiationOncologist.locations.find((location) => location.planCode === 'CIGNA')!.id,
    planCode: 'CIGNA',
    member: { patientId: '900000201', dateOfBirth: '1971-08-23', lastName: 'Goldberg' },
    dateOfService,
    procedureCode: 'RCBREA',
    diagnosis: 'C50.912',
    siteNpi: demoSites[0]!.npi,
    answers: { ...breastWholeWithNodes, 'distant-metastases': true },
    criteriaNotMet: { choice: 'notes', notes: 'Staging scans attached to the chart.' },
  };
}

/**
 * A two-level lumbar facet block (64493 + 64494 on two lines) with three weeks of conservative
 * care: the criteria are not met, so it goes to clinical review with the office's note.
 */
export function wellsenseFacetBlockForReview(dateOfService: string, member: CaseRequest['member'] = wellsenseMembers.sullivan): CaseRequest {
  return {
    ...wellsenseLumbarEsi(dateOfService),
    member,
    procedureCode: '64493',
    diagnosis: 'M47.816',
    answers: { ...facetFirstBlock, 'conservative-weeks': 3 },
    criteriaNotMet: { choice: 'notes', notes: 'Therapy notes to follow.' },
  };
}

/** The body of an API error, as tests read its message and field messages. */
export interface ApiError {
  error: { message: string; fields?: Record<string, string>; details?: Record<string, unknown> };
}
