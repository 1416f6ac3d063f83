import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { signInAsDemo, type Harness } from './harness.ts';
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

