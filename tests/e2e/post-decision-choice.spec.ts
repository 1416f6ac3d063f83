import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { cignaMetastaticBreastRadiation } from '../support/case-requests.ts';
import { samplePdf } from '../support/sample-files.ts';
import { demoRadiationOncologist } from '../../src/content/catalogue/demo-fixtures.ts';
import { ABANDONED_BY_WEB_USER_NOTE, NEW_CLINICAL_REQUIRED } from '../../src/contracts/post-decision.ts';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { apiSessionOf, deniedThroughApi } from './support/review.ts';

/**
 * Issue 6 part 2 in the browser, when Priora handles more than one review open at once: Cigna
 * (commercial) has a reconsideration "before appeal" and delegates its first level appeal to
 * Priora. demo.office opens the denied case, sees what it can do right under the decision (above
 * the history), chooses the First Level Appeal over the Reconsideration, answers the seed's
 * question, uploads new clinicals, acknowledges them and submits; the reconsideration then reads
 * closed, with the reason. On another case, "No" to the chosen reconsideration leaves the appeal
 * on offer.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const CIGNA_LOCATION = demoRadiationOncologist.locations.find((location) => location.planCode === 'CIGNA')!;

/** demo.office (with Dr. Alvarez's Cigna office on its account) has a case demo.md denied: a reconsideration and the appeal are open through Priora. */
async function deniedCignaCase(office: Page, md: Page, daysAhead: number): Promise<string> {
  await signInAsDemo(office, harness.baseUrl, 'demo.office');
  await signInAsDemo(md, harness.baseUrl, 'demo.md');
  const officeApi = await apiSessionOf(harness, office);
  const added = await officeApi.post('/api/account/practitioners', { locationId: CIGNA_LOCATION.id });
  assert.ok([201, 409].includes(added.statusCode), added.body);
  const dateOfService = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
  const request = cignaMetastaticBreastRadiation(dateOfService);
  return (await deniedThroughApi(harness, officeApi, await apiSessionOf(harness, md), request, 'Metastatic disease: a curative whole-breast course is not indicated.')).caseId;
}

void test('with a reconsideration and a first level appeal both open through Priora, the office chooses the appeal and submits it with new clinicals', async () => {
  const office = await newPage(harness);
  const md = await newPage(harness);
  try {
    const caseId = await deniedCignaCase(office.page, md.page, 20);

    await office.page.goto(`${harness.baseUrl}/cases/${caseId}/detail`);
    await office.page.getByRole('row', { name: /^Status.*Denied/ }).waitFor();
    // What the office can do after the denial sits right under the decision, before the history.
    const options = office.page.getByRole('table', { name: 'All post decision options' });
    await options.waitFor();
    const history = office.page.getByRole('heading', { name: 'History', level: 2 });
    await history.waitFor();
    const [optionsBox, requestBox, historyBox, proceduresBox] = await Promise.all([
      options.boundingBox(),
      office.page.getByRole('heading', { name: 'Reconsideration and appeal' }).boundingBox(),
      history.boundingBox(),
      office.page.getByRole('heading', { name: 'Procedures', level: 2 }).boundingBox(),
    ]);
    assert.ok(optionsBox && requestBox && historyBox && proceduresBox, 'the sections are on the page');
    assert.ok(optionsBox.y < historyBox.y && requestBox.y < historyBox.y, 'the post decision options come before the history');
    assert.ok(requestBox.y < proceduresBox.y, 'the reconsideration and appeal form comes before the procedures');

    // Both reviews are allowed through Priora: the office chooses one first.
    await office.page.getByText(/^Reconsideration allowed through Priora until \d{2}\/\d{2}\/\d{4}\.$/).waitFor();
    await office.page.getByText(/^First Level Appeal allowed through Priora until \d{2}\/\d{2}\/\d{4}\.$/).waitFor();
    const choice = office.page.getByRole('radiogroup', { name: 'Which post decision review would you like to process?' });
    await choice.waitFor();
    assert.equal(await choice.getByRole('radio').count(), 2, 'one choice per review Priora may take');
    assert.equal(await office.page.getByRole('radiogroup', { name: /^Would you like to process a/ }).count(), 0, 'no question before a choice');

    // Choosing the reconsideration asks about it; changing to the appeal (the second option) asks about the appeal instead.
    await choice.getByLabel('Reconsideration', { exact: true }).check();
    await office.page.getByRole('radiogroup', { name: 'Would you like to process a Reconsideration?' }).waitFor();
    await choice.getByLabel('First Level Appeal', { exact: true }).check();
    const question = office.page.getByRole('radiogroup', { name: 'Would you like to process a Standard Pre-Service Appeal?' });
    await question.waitFor();
    assert.equal(await office.page.getByRole('radiogroup', { name: 'Would you like to process a Reconsideration?' }).count(), 0);

    // "Yes": new clinicals, the acknowledgement, the seed's success message.
    await question.getByLabel('Yes').check();
    await office.page.getByRole('button', { name: 'SUBMIT' }).click();
    await office.page.getByText(/^New or additional clinical is required when submitting a Post Decision Review request online/).waitFor();
    await office.page.locator('input[type="file"]').setInputFiles({ name: 'restaging-pet.pdf', mimeType: 'application/pdf', buffer: samplePdf('restaging PET: no distant disease') });
    await office.page.getByRole('button', { name: 'UPLOAD' }).click();
    await office.page.getByRole('status').getByText('Uploaded').waitFor();
    await office.page.getByLabel(/^Do you acknowledge that the uploaded clinical information/).check();
    await office.page.getByRole('button', { name: 'SUBMIT' }).click();
    await office.page.getByText('Your Post Decision Review request has been successfully submitted.').waitFor();
    await office.page.getByRole('row', { name: /^Status.*Additional Information Received, Pending Medical Director Review/ }).waitFor();
    await office.page.getByRole('cell', { name: 'First Level Appeal requested with new clinical information; pending medical director review' }).waitFor();

    // Nothing else can be asked for while the appeal is under review; the table says why.
    assert.match(await options.getByRole('row', { name: /^Reconsideration/ }).innerText(), /Closed[\s\S]*Not while the First Level Appeal of this case is under review/i);
    assert.match(await options.getByRole('row', { name: /^First Level Appeal/ }).innerText(), /Closed[\s\S]*under review on this case/i);
    assert.equal(await office.page.getByRole('radiogroup', { name: 'Which post decision review would you like to process?' }).count(), 0);
    assert.deepEqual(office.problems, []);
  } catch (error) {
    await office.page.screenshot({ path: '/tmp/e2e-post-decision-choice-failure.png', fullPage: true });
    throw error;
  }
});

void test('"No" to the chosen reconsideration uses nothing up: both stay on offer; "Yes" to the appeal without an upload abandons it with the seed\'s note', async () => {
  const office = await newPage(harness);
  const md = await newPage(harness);
  try {
    const caseId = await deniedCignaCase(office.page, md.page, 21);

    await office.page.goto(`${harness.baseUrl}/cases/${caseId}/detail`);
    const choice = office.page.getByRole('radiogroup', { name: 'Which post decision review would you like to process?' });
    const table = office.page.getByRole('table', { name: 'All post decision options' });
    await choice.getByLabel('Reconsideration', { exact: true }).check();
    await office.page.getByRole('radiogroup', { name: 'Would you like to process a Reconsideration?' }).getByLabel('No').check();
    await office.page.getByRole('button', { name: 'SUBMIT' }).click();
    await office.page.getByRole('status').getByText(ABANDONED_BY_WEB_USER_NOTE).waitFor();
    await office.page.getByRole('cell', { name: ABANDONED_BY_WEB_USER_NOTE }).waitFor();
    // "Case will not proceed … at this time": both reviews are still open, the choice is asked afresh.
    await choice.waitFor();
    assert.match(await table.getByRole('row', { name: /^Reconsideration/ }).innerText(), /Until \d{2}\/\d{2}\/\d{4}/i);

    // "Yes" to the appeal, then SUBMIT without uploading: abandoned, as the seed warns, with the same note.
    await choice.getByLabel('First Level Appeal', { exact: true }).check();
    await office.page.getByRole('radiogroup', { name: 'Would you like to process a Standard Pre-Service Appeal?' }).getByLabel('Yes').check();
    await office.page.getByRole('button', { name: 'SUBMIT' }).click();
    await office.page.getByText(NEW_CLINICAL_REQUIRED).waitFor();
    await office.page.getByRole('button', { name: 'SUBMIT' }).click();
    await office.page.getByRole('cell', { name: ABANDONED_BY_WEB_USER_NOTE }).nth(1).waitFor();
    assert.match(await table.getByRole('row', { name: /^First Level Appeal/ }).innerText(), /Until \d{2}\/\d{2}\/\d{4}/i);
    assert.deepEqual(office.problems, []);
  } catch (error) {
    await office.page.screenshot({ path: '/tmp/e2e-post-decision-choice-no-failure.png', fullPage: true });
    throw error;
  }
});
