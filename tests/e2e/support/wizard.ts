import type { Locator, Page } from 'playwright-core';

/** Small moves of the Clinical Certification wizard that every case journey makes. */
export async function continueStep(page: Page, label = 'CONTINUE'): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).click();
}

/** Types into a Mantine combobox (Select or typeahead) and picks the first matching option. */
export async function pickFromCombobox(page: Page, label: string | RegExp, typed: string, option: RegExp, scope: Page | Locator = page): Promise<void> {
  const box = scope.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

/** A date n days from today as the date fields take it (MM/DD/YYYY). */
export function typedDate(daysAhead: number): string {
  const date = new Date(Date.now() + daysAhead * 86_400_000);
  return `${String(date.getMonth() + 1).padStart(2, '0')}/${String(date.getDate()).padStart(2, '0')}/${date.getFullYear()}`;
}

/** Lumbar ESI questions, first part: what the injection is for, what is injected, how many levels. */
export async function answerEsiOpening(page: Page): Promise<void> {
  await page.getByLabel(/^Low back pain/).check();
  await page.getByLabel(/^Local anesthetic/).check();
  await page.getByLabel(/^Corticosteroid/).check();
  await page.getByLabel(/At how many spinal levels/).fill('1');
}

/** Lumbar ESI questions, the rest: no earlier injections, exam and imaging, the weeks of conservative care. */
export async function answerEsiHistoryAndExam(page: Page, conservativeWeeks: number): Promise<void> {
  await page.getByLabel(/in the last 6 months/).fill('0');
  await page.getByLabel(/in the last 12 months/).fill('0');
  await page.getByLabel(/^Pain or abnormal sensation/).check();
  await page.getByLabel(/^Positive straight-leg-raise/).check();
  await page.getByLabel(/^Reduced, absent or uneven reflexes/).check();
  await page.getByRole('radiogroup', { name: /confirm nerve root compression/ }).getByLabel('Yes').check();
  await page.getByLabel(/weeks of conservative care/).fill(String(conservativeWeeks));
  await page.getByRole('radiogroup', { name: /active rehabilitation/ }).getByLabel('Yes').check();
  await page.getByRole('radiogroup', { name: /facet joint injection or medial branch block/ }).getByLabel('No').check();
}
