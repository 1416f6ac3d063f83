import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { signInAsDemo, type Harness } from './harness.ts';
import { Browser as ApiClient } from '../../support/http.ts';
import { type CaseRequest, requestAndSubmitCase } from '../../support/case-requests.ts';
import type { ReviewCaseView } from '../../../src/contracts/review.ts';
import { answerTwoLevelFacetBlock, continueStep, requestLumbarInjectionForSullivan, type WizardMember } from './wizard.ts';

/** The review journeys' shared moves: an office sends a case to review, a reviewer opens it from the queue. */

/** demo.office requests a two-level facet block after two weeks of conservative care (criteria not met) and sends it to review with notes. */
export async function officeSendsCaseToReview(harness: Harness, page: Page, member?: WizardMember): Promise<string> {
  await signInAsDemo(page, harness.baseUrl, 'demo.office');
  await requestLumbarInjectionForSullivan(page, { procedureCode: '64493', diagnosis: 'M47.816', ...(member ? { member } : {}) });
  await page.getByRole('heading', { name: 'Clinical Information' }).waitFor();

  await answerTwoLevelFacetBlock(page, 2);
  await continueStep(page);

  await page.getByRole('heading', { name: 'Review and Submit' }).waitFor();
  await page.getByText('Criteria not met', { exact: true }).first().waitFor();
  await page.getByRole('radiogroup', { name: /any additional information specific to the member/ }).getByLabel(/enter additional notes in the space provided/).check();
  await page.getByLabel('Additional notes', { exact: true }).fill('Two weeks of physical therapy so far; back pain is worsening and limits walking.');
  await page.getByLabel(/^I acknowledge that the clinical information/).check();
  await page.getByRole('button', { name: 'SUBMIT CASE' }).click();

  await page.getByText('Your case has been sent to clinical review.').first().waitFor();
  const caseNumber = (await page.getByRole('row', { name: /Case Number/ }).innerText()).replace('Case Number', '').trim();
  assert.match(caseNumber, /\w{6,}/, `a case number is shown: ${caseNumber}`);
  return caseNumber;
}

/** From the menu's Review queue to the case's review page. */
export async function openFromQueue(page: Page, caseNumber: string, memberName = 'Sullivan'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Review queue', exact: true }).click();
  await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(memberName), 'the queue row names the member');
  await row.getByRole('link', { name: caseNumber, exact: true }).click();
  await page.getByRole('heading', { name: `Case ${caseNumber}`, level: 1 }).waitFor();
}


/** An API client with a signed-in page's session: journeys build the cases they start from through the API. */
export async function apiSessionOf(harness: Harness, page: Page): Promise<ApiClient> {
  const api = new ApiClient(harness.priora.app);
  for (const cookie of await page.context().cookies()) {
    api.setCookie(cookie.name, cookie.value);
  }
  return api;
}

/** Submits `request` as the office and has the medical director deny it on its unmet criteria. */
export async function deniedThroughApi(harness: Harness, office: ApiClient, md: ApiClient, request: CaseRequest, reason: string): Promise<{ caseId: string; caseNumber: string }> {
  const { caseId } = await requestAndSubmitCase(harness.priora, office, request);
  let view = (await md.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();
  view = (await md.post(`/api/review/cases/${caseId}/claim`, { version: view.version })).json<ReviewCaseView>();
  const criteriaIds = view.criteria.filter((criterion) => criterion.result !== 'met').map((criterion) => criterion.id);
  const denied = await md.post(`/api/review/cases/${caseId}/decision`, { version: view.version, action: 'deny', reason, criteriaIds });
  assert.equal(denied.statusCode, 200, denied.body);
  return { caseId, caseNumber: view.caseNumber };
}
