import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { answerEsiHistoryAndExam, answerEsiOpening, continueStep, pickFromCombobox, typedDate } from './support/wizard.ts';

/**
 * Issue 3's first check, as an office user would do it in the browser: a lumbar epidural
 * steroid injection that meets every criterion is approved at once with an authorization
 * number, then found in the Certification Summary and by Authorization Lookup.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

void test('an office requests a lumbar epidural injection and it is approved at once', async () => {
  const { page, problems } = await newPage(harness);
  const base = harness.baseUrl;
  try {
    await signInAsDemo(page, base, 'demo.office');
    await page.getByRole('link', { name: 'Clinical Certification' }).first().click();
    await page.getByLabel('Musculoskeletal').check();
    await page.getByLabel('Continue to Build a New Case').check();
    await continueStep(page);

    // Dr. Okonkwo is not on the account yet: find him by NPI and add him during the request (seed 003).
    await page.getByLabel('Search By NPI').fill('1915732089');
    await pickFromCombobox(page, 'Practitioner State', 'Massa', /Massachusetts/);
    await page.getByLabel('Practitioner Zip').fill('02114');
    await page.getByRole('button', { name: 'SEARCH' }).click();
    await page.getByRole('button', { name: /SELECT Okonkwo/ }).click();
    await page.getByRole('button', { name: 'YES' }).click();

    await pickFromCombobox(page, 'Health Plan', 'Well', /WellSense/);
    await page.getByRole('radiogroup', { name: /Provider Address/ }).getByRole('radio').first().check();
    await continueStep(page);

    await continueStep(page, 'CONFIRM FAX AND CONTINUE');

    await page.getByLabel('Patient ID').fill('900000301');
    await page.getByLabel('Date of Birth').fill('03/30/1969');
    await page.getByLabel('Patient Last Name').fill('Sullivan');
    await page.getByRole('button', { name: 'ELIGIBILITY LOOKUP' }).click();
    await page.getByRole('button', { name: /SELECT Sullivan/ }).click();
    await page.getByLabel('Unknown', { exact: true }).check();
    await continueStep(page);

    // The patient step has a date field too: wait for the next step before typing a date.
    await page.getByRole('heading', { name: 'Date of Service' }).waitFor();
    await page.getByRole('textbox', { name: /date/i }).first().fill(typedDate(14));
    await page.keyboard.press('Escape'); // close the calendar that covers the buttons
    await continueStep(page);

    await pickFromCombobox(page, 'Procedure', '62323', /62323/);
    await pickFromCombobox(page, 'Primary Diagnosis', 'M54.16', /M54\.16/);
    await continueStep(page);
    // The confirmation screen: the codes once more, and whether the office renders the procedure.
    await page.getByRole('radiogroup', { name: /rendering this procedure in your office/ }).getByLabel('No').check();
    await continueStep(page);

    await page.getByLabel('Site Name').fill('Back Bay');
    await page.getByRole('button', { name: 'LOOKUP SITE' }).click();
    await page.getByRole('button', { name: /^SELECT/ }).first().click();
    await continueStep(page);

    await page.getByLabel(/^I acknowledge that the clinical information/).check();
    await continueStep(page, 'CONFIRM AND CONTINUE');

    await page.getByRole('radiogroup', { name: /Is this case Routine\/Standard/ }).getByLabel('Yes').check();
    await continueStep(page);

    await answerEsiOpening(page);
    await answerEsiHistoryAndExam(page, 8);
    await continueStep(page);

    await page.getByText(/Criteria Met/i).first().waitFor();
    await page.getByRole('checkbox').last().check();
    await page.getByRole('button', { name: 'SUBMIT CASE' }).dblclick();
    await page.getByText('Your case has been Approved').first().waitFor();
    const authorization = (await page.getByText(/A5\d{8}/).first().innerText()).match(/A5\d{8}/)?.[0];
    assert.ok(authorization, 'an authorization number is shown');

    await page.getByRole('link', { name: 'Certification Summary' }).first().click();
    await page.getByRole('cell', { name: authorization }).first().waitFor();
    const submitted = (await (await page.request.get(`${base}/api/cases?pageSize=100`)).json()) as { total: number };
    assert.equal(submitted.total, 1, 'a double click on SUBMIT CASE made one case');

    await page.getByRole('link', { name: 'Authorization Lookup' }).first().click();
    await page.getByText('Search by authorization number').click();
    await page.getByLabel('Authorization or Case Number').fill(authorization);
    await page.getByLabel('Ordering Provider NPI').fill('1915732089');
    await page.getByRole('button', { name: 'SEARCH' }).click();
    await page.getByRole('cell', { name: authorization }).first().waitFor();
    assert.deepEqual(problems, []);
  } catch (error) {
    await page.screenshot({ path: '/tmp/e2e-request-failure.png', fullPage: true });
    throw error;
  }
});
