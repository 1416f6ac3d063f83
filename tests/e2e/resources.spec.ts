import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { pickFromCombobox } from './support/wizard.ts';

/**
 * Resources (PRODUCT.md C7) as an office user finds them in the menu: read a clinical guideline,
 * download a worksheet and the list of codes HealthSpring requires authorization for, and find
 * the support number on Help / Contact Us.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

void test('an office reads a guideline and downloads the worksheet and the code list', async () => {
  const { page, problems } = await newPage(harness);
  const base = harness.baseUrl;
  try {
    await signInAsDemo(page, base, 'demo.office');

    // Clinical Guidelines: filter by plan, then read the DME guideline.
    await page.getByRole('link', { name: 'Clinical Guidelines' }).first().click();
    await page.getByRole('heading', { name: 'Clinical Guidelines', level: 1 }).waitFor();
    await pickFromCombobox(page, 'Health Plan', 'HealthSpring', /HealthSpring/);
    await page.getByText(/HealthSpring Medicare Advantage has us review: Durable medical equipment/).waitFor();
    await page.getByRole('link', { name: 'Priora Durable Medical Equipment Guideline' }).first().click();
    await page.getByRole('heading', { name: 'Priora Durable Medical Equipment Guideline', level: 1 }).waitFor();
    await page.getByRole('heading', { name: /Written order/ }).waitFor();
    await page.getByText(/^Version 2026\.\d+$/).first().waitFor();

    // Clinical Worksheets: the DME worksheet as a PDF.
    await page.getByRole('link', { name: 'Clinical Worksheets' }).first().click();
    await page.getByRole('heading', { name: 'Clinical Worksheets', level: 1 }).waitFor();
    const [worksheet] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^Download PDF Durable medical equipment, version \d+$/ }).first().click(),
    ]);
    const pdf = readFileSync(await worksheet.path());
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'the worksheet is a PDF');

    // Codes Requiring Authorization: HealthSpring's DME list, and the same list as CSV.
    await page.getByRole('link', { name: 'Codes Requiring Authorization' }).first().click();
    await page.getByRole('heading', { name: 'Codes Requiring Authorization', level: 1 }).waitFor();
    await pickFromCombobox(page, 'Health Plan', 'HealthSpring', /HealthSpring/);
    await page.getByRole('heading', { name: 'Durable medical equipment · Medicare' }).waitFor();
    await page.getByText(/^Authorization does not apply in: .*Skilled nursing facility/).waitFor();
    await page.getByRole('cell', { name: 'K0823' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    assert.match(download.suggestedFilename(), /^priora-codes-requiring-authorization-healthspring-all-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'Plan,Line of business,Program,Code,Code system,Description,Authorization required,Settings where authorization does not apply');
    const k0823 = lines.find((line) => line.includes(',K0823,'));
    assert.ok(k0823, 'K0823 is on the list');
    assert.match(k0823, /^HealthSpring Medicare Advantage,Medicare,Durable medical equipment,K0823,HCPCS,"Power wheelchair/);
    assert.match(k0823, /Skilled nursing facility/);

    // Contact Lookup: the plan's DME line.
    await page.getByRole('link', { name: 'Contact Lookup' }).first().click();
    await page.getByRole('heading', { name: 'Contact Lookup', level: 1 }).waitFor();
    await pickFromCombobox(page, 'Health Plan', 'HealthSpring', /HealthSpring/);
    await page.getByRole('link', { name: '(888) 555-0143' }).waitFor();

    // Help / Contact Us from the menu.
    await page.getByRole('link', { name: 'Help / Contact Us' }).first().click();
    await page.getByRole('heading', { name: 'Help / Contact Us', level: 1 }).waitFor();
    await page.getByRole('link', { name: '(800) 555-0100' }).waitFor();
    assert.deepEqual(problems, []);
  } catch (error) {
    await page.screenshot({ path: '/tmp/e2e-resources-failure.png', fullPage: true });
    throw error;
  }
});

void test('Help / Contact Us is reachable before signing in', async () => {
  const { page, problems } = await newPage(harness);
  try {
    await page.goto(`${harness.baseUrl}/login`);
    await page.getByRole('link', { name: 'Help / Contact Us' }).click();
    await page.getByRole('heading', { name: 'Help / Contact Us', level: 1 }).waitFor();
    await page.getByRole('link', { name: '(800) 555-0100' }).waitFor();
    await page.getByRole('link', { name: 'Back to log in' }).waitFor();
    assert.deepEqual(problems, []);
  } catch (error) {
    await page.screenshot({ path: '/tmp/e2e-help-failure.png', fullPage: true });
    throw error;
  }
});
