import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { answerEsiHistoryAndExam, answerEsiOpening, continueStep, requestLumbarInjectionForSullivan } from './support/wizard.ts';

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
    // Dr. Okonkwo is not on the account yet: the helper finds him by NPI and adds him during the request (seed 003).
    await requestLumbarInjectionForSullivan(page);

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
