import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';

/**
 * C8 as an office would do it: from the current portal, toggle to the legacy portal without
 * signing in again, open a radiation request made there before Health Partners Plans moved on
 * 10/15/2021 (individual codes, simulation date), and toggle back. The legacy requests never
 * appear in the current Certification Summary.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

void test('an office toggles to the legacy portal, opens a legacy authorization and toggles back', async () => {
  const { page, problems } = await newPage(harness);
  const base = harness.baseUrl;
  try {
    await signInAsDemo(page, base, 'demo.office');

    await page.getByRole('link', { name: 'Legacy portal' }).click();
    await page.getByRole('heading', { name: 'Legacy authorizations' }).waitFor();
    await page.getByText(/Requests made before 10\/15\/2021 for Health Partners Plans/).first().waitFor();
    await page.getByRole('link', { name: '2102220147' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/legacy', 'no second sign-in on the way');

    await page.getByRole('link', { name: '2102220147' }).click();
    await page.getByRole('heading', { name: 'Legacy authorization 2102220147' }).waitFor();
    await page.getByRole('row', { name: /Simulation Date\s*03\/01\/2021/ }).waitFor();
    await page.getByRole('row', { name: /Authorization Number\s*A2102238814/ }).waitFor();
    await page.getByText('Whitaker, Eleanor').waitFor();
    for (const code of ['77301', '77338', '77386', '77387']) {
      await page.getByRole('cell', { name: code, exact: true }).waitFor();
    }

    await page.getByRole('link', { name: 'Back to legacy authorizations' }).click();
    await page.getByRole('heading', { name: 'Legacy authorizations' }).waitFor();

    await page.getByRole('link', { name: 'Current portal' }).click();
    await page.getByRole('heading', { name: 'Welcome to Priora' }).waitFor();
    await page.getByRole('link', { name: 'Certification Summary' }).first().click();
    await page.getByRole('heading', { name: 'Certification Summary' }).waitFor();
    await page.getByText('No cases match.').waitFor();
    const current = (await (await page.request.get(`${base}/api/cases?pageSize=100`)).json()) as { total: number };
    assert.equal(current.total, 0, 'legacy requests stay out of the Certification Summary');
    assert.deepEqual(problems, []);
  } catch (error) {
    await page.screenshot({ path: '/tmp/e2e-legacy-portal-failure.png', fullPage: true });
    throw error;
  }
});
