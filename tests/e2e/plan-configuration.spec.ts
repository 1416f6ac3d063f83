import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';

let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

void test('a plan administrator changes a policy number, with a reason, and sees it in the history', async () => {
  const { page, problems } = await newPage(harness);
  await signInAsDemo(page, harness.baseUrl, 'demo.planadmin');

  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Health plans' }).click();
  await page.getByRole('heading', { name: 'Health plans' }).waitFor();
  await page.getByRole('link', { name: 'WellSense Health Plan' }).click();
  await page.getByRole('heading', { name: 'WellSense Health Plan (WELLSENSE)' }).waitFor();

  // The commercial MSK contract's policy numbers.
  const contractRow = page.getByRole('row').filter({ hasText: 'Musculoskeletal' }).filter({ hasText: 'Commercial' });
  await contractRow.getByRole('link', { name: 'Policy numbers' }).click();
  await page.getByRole('heading', { name: 'Policy numbers: WELLSENSE, Commercial, MSK' }).waitFor();
  await page.getByText('wellsense-commercial-msk-v1').first().waitFor();
  await page.getByText('180 days; DME purchase 90').waitFor();

  await page.getByRole('button', { name: 'Change these numbers' }).click();
  // A negative window is refused next to the field before anything is sent.
  await page.getByLabel('Reason for the change').fill('Plan amendment 7: pain authorizations valid 90 days');
  await page.getByLabel('Authorizations (days)').fill('90');
  const retro = page.getByRole('textbox', { name: 'Retro requests accepted within' });
  await retro.fill('-2');
  await page.getByRole('button', { name: 'Save new version' }).click();
  await page.getByText('Retro window cannot be negative.').waitFor();
  await retro.fill('14');

  // A change cannot start in the past: the server says so next to the date, and nothing typed is lost.
  const appliesFrom = page.getByLabel('Applies from');
  const today = await appliesFrom.inputValue();
  await appliesFrom.fill('2020-01-01');
  await page.getByRole('button', { name: 'Save new version' }).click();
  await page.getByText(`Choose ${today} or later.`).waitFor();
  assert.equal(await page.getByLabel('Reason for the change').inputValue(), 'Plan amendment 7: pain authorizations valid 90 days');
  assert.equal(await page.getByLabel('Authorizations (days)').inputValue(), '90');

  await appliesFrom.fill(today);
  await page.getByRole('button', { name: 'Save new version' }).click();
  await page.getByText('Policy saved').waitFor();
  await page.getByText('90 days; DME purchase 90').waitFor();
  const history = page.getByRole('row').filter({ hasText: 'wellsense-commercial-msk-v2' });
  await history.getByText('Authorization validity').waitFor();
  await history.getByText('Plan amendment 7').waitFor();

  assert.deepEqual(problems, []);
});
