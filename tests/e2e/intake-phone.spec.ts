import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { hppBreastRadiation, requestAndSubmitCase } from '../support/case-requests.ts';
import { samplePdf } from '../support/sample-files.ts';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { apiSessionOf } from './support/review.ts';
import { answerEsiHistoryAndExam, answerEsiOpening, continueStep, requestLumbarInjectionForSullivan } from './support/wizard.ts';

/**
 * Issue 5, parts 7 and 8, in the browser: the intake agent takes a call from Riverside Oncology,
 * finds the office by a practitioner's NPI and starts the call, requests an authorization through
 * the portal's wizard, checks its status in Authorization Lookup, attaches the clinicals the office
 * faxed, moves the request to another site with a reason, changes the boost fractions of an
 * approved breast radiation plan (a new case for review), and ends the call.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

void test('an intake agent builds, tracks and updates a request for a caller’s office, and files its fax', async () => {
  const { page, problems } = await newPage(harness);
  try {
    await signInAsDemo(page, harness.baseUrl, 'demo.intake');
    // Between calls: the caller's office search, and none of an office's menus.
    assert.equal(await mainMenu(page).getByRole('link', { name: 'Clinical Certification' }).count(), 0, 'no office menus before a call');
    await page.getByRole('link', { name: 'Caller’s office' }).first().click();
    await page.getByRole('heading', { name: 'Caller’s office', level: 1 }).waitFor();

    // A wrong number is explained next to the field; Dr. Alvarez's NPI finds Riverside.
    await page.getByLabel('NPI or TIN').fill('12345');
    await page.getByRole('button', { name: 'SEARCH' }).click();
    await page.getByText('Enter an NPI (10 digits) or a TIN (9 digits).').waitFor();
    await page.getByLabel('NPI or TIN').fill('1902847361');
    await page.getByRole('button', { name: 'SEARCH' }).click();
    const office = page.getByRole('row').filter({ hasText: 'Riverside Oncology Associates' });
    await office.waitFor();
    assert.match(await office.innerText(), /TIN 231234567/);
    await office.getByRole('button', { name: /Start call for this office/ }).click();

    // On the call: a banner on every page, and the office's menus.
    const banner = page.getByRole('alert', { name: 'Call in progress' });
    await banner.getByText('Riverside Oncology Associates').waitFor();
    await page.getByText('On a call for Riverside Oncology Associates', { exact: true }).waitFor();
    await mainMenu(page).getByRole('link', { name: 'Clinical Certification' }).waitFor();

    // The request, through the same wizard as the portal; too little conservative care sends it to review.
    await requestLumbarInjectionForSullivan(page);
    await answerEsiOpening(page);
    await answerEsiHistoryAndExam(page, 2);
    await continueStep(page);
    await page.getByRole('heading', { name: 'Review and Submit' }).waitFor();
    await page.getByRole('radiogroup', { name: /any additional information specific to the member/ }).getByLabel(/enter additional notes in the space provided/).check();
    await page.getByLabel('Additional notes', { exact: true }).fill('Caller will fax the therapy notes.');
    await page.getByLabel(/^I acknowledge that the clinical information/).check();
    await page.getByRole('button', { name: 'SUBMIT CASE' }).click();
    await page.getByText('Your case has been sent to clinical review.').first().waitFor();
    const caseNumber = (await page.getByRole('row', { name: /Case Number/ }).innerText()).replace('Case Number', '').trim();
    assert.match(caseNumber, /^\d{9}$/, `a case number is shown: ${caseNumber}`);
    await banner.waitFor();

    // The caller asks where it stands: Authorization Lookup by case number and ordering NPI.
    await mainMenu(page).getByRole('link', { name: 'Authorization Lookup' }).click();
    await page.getByText('Search by authorization number').click();
    await page.getByLabel('Authorization or Case Number').fill(caseNumber);
    await page.getByLabel('Ordering Provider NPI').fill('1915732089');
    await page.getByRole('button', { name: 'SEARCH' }).click();
    const found = page.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber }) });
    await found.getByText('Pending clinical review').waitFor();
    await found.getByRole('link', { name: caseNumber }).click();
    await page.getByRole('heading', { name: 'Authorization Detail' }).waitFor();

    // The office faxed its therapy notes: the agent attaches them, kept as a fax.
    await page.locator('input[type="file"]').setInputFiles({ name: 'faxed-therapy-notes.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
    await page.getByRole('button', { name: 'ATTACH FAXED DOCUMENT' }).click();
    await page.getByRole('status').getByText('Uploaded').waitFor();
    await page.getByText(/faxed-therapy-notes\.pdf.*\(fax,/).waitFor();

    // The caller moves the injection to another site: the reason is required and kept in the history.
    await page.getByRole('button', { name: 'Update authorization' }).click();
    const dialog = page.getByRole('dialog', { name: 'Update authorization' });
    await dialog.getByText('Current site: Back Bay Spine and Joint Surgery Center').waitFor();
    await dialog.getByLabel('Find the new site').fill('Lakeshore');
    await dialog.getByRole('button', { name: 'LOOKUP SITE' }).click();
    await dialog.getByRole('button', { name: /SELECT Lakeshore Imaging Center/ }).click();
    await dialog.getByRole('button', { name: 'Save update' }).click();
    await dialog.getByText(/^Say why the authorization is updated/).waitFor();
    await dialog.getByLabel('Reason for the update').fill('The caller moved the injection to the Chicago center.');
    await dialog.getByRole('button', { name: 'Save update' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /^Site.*Lakeshore Imaging Center/ }).waitFor();
    await page.getByText(/Authorization updated: site Back Bay Spine and Joint Surgery Center .* → Lakeshore Imaging Center .*Reason: The caller moved the injection to the Chicago center\./).waitFor();

    // An approved breast radiation plan (built through the API in the same session): the caller
    // extends the boost, which makes a new case for review; this one stays approved until then.
    const api = await apiSessionOf(harness, page);
    const radiation = await requestAndSubmitCase(harness.priora, api, hppBreastRadiation(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)));
    assert.equal(radiation.status, 'approved');
    await page.goto(`${harness.baseUrl}/cases/${radiation.caseId}/detail`);
    await page.getByRole('button', { name: 'Update authorization' }).click();
    const treatment = page.getByRole('dialog', { name: 'Update authorization' });
    await treatment.getByText('Technique or fractions').click();
    assert.equal(await treatment.getByLabel('Boost fractions').inputValue(), '5');
    await treatment.getByLabel('Boost fractions').fill('8');
    await treatment.getByLabel('Reason for the update').fill('The radiation oncologist extended the boost.');
    await treatment.getByRole('button', { name: 'Save update' }).click();
    await treatment.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /^Status.*Approved/ }).waitFor();
    await page.getByText(/Authorization updated: Boost fractions 5 → 8; reviewed as new case \d+/).waitFor();
    await page.getByRole('link', { name: /^Open case \d+/ }).click();
    await page.getByRole('row', { name: /^Status.*Pending clinical review/ }).waitFor();
    await page.getByText(`Authorization updated: replaces case ${radiation.caseNumber}: Boost fractions 5 → 8 (by phone). Reason: The radiation oncologist extended the boost.`).waitFor();

    // The call ends: back to the office search, and the office's menus are gone.
    await banner.getByRole('button', { name: 'End call' }).click();
    await page.getByLabel('NPI or TIN').waitFor();
    assert.equal(await page.getByRole('alert', { name: 'Call in progress' }).count(), 0, 'the banner is gone');
    assert.equal(await mainMenu(page).getByRole('link', { name: 'Clinical Certification' }).count(), 0, 'no office menus after the call');
    assert.deepEqual(problems, []);
  } catch (error) {
    await page.screenshot({ path: '/tmp/intake-phone-failure.png', fullPage: true }).catch(() => undefined);
    throw error;
  }
});
