import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';

/** Seed 004: a DME supplier names the referring physician from the registry, not from its account. */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

void test('a DME supplier finds the ordering physician by TIN and continues with the request', async () => {
  const { page, problems } = await newPage(harness);
  try {
    await signInAsDemo(page, harness.baseUrl, 'demo.office');
    await page.getByRole('link', { name: 'Clinical Certification' }).first().click();
    await page.getByLabel('Durable medical equipment').check();
    await page.getByLabel('Durable Medical Equipment Supplier').check();
    await page.getByRole('button', { name: 'CONTINUE', exact: true }).click();
    await page.getByRole('heading', { name: 'Requesting Physician Information' }).waitFor();

    await page.getByRole('button', { name: 'SEARCH PHYSICIANS' }).click();
    await page.getByText('Enter an NPI or a TIN.').waitFor();
    await page.getByLabel('TIN', { exact: true }).fill('62-0487153');
    await page.getByLabel('Physician Last Name').fill('harg');
    await page.getByRole('button', { name: 'SEARCH PHYSICIANS' }).click();
    await page.getByRole('button', { name: /SELECT Hargrove/ }).first().click();
    await page.getByRole('combobox', { name: 'Health Plan' }).waitFor();
    const { cases } = (await (await page.request.get(`${harness.baseUrl}/api/cases/in-progress`)).json()) as { cases: Array<{ provider: { npi: string } | null }> };
    assert.equal(cases[0]?.provider?.npi, '1939051276');
    assert.deepEqual(problems, []);
  } catch (error) {
    await page.screenshot({ path: '/tmp/e2e-dme-supplier-failure.png', fullPage: true });
    throw error;
  }
});
