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
