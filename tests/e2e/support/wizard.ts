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

/**
 * From the menu to the clinical questions: a standard lumbar injection (62323, M54.16) for Patrick
 * Sullivan (WellSense) by Dr. Okonkwo, found by NPI and added to the account if he is not on it
 * yet, at the Back Bay center, two weeks from today, attested.
 */
export async function requestLumbarInjectionForSullivan(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Clinical Certification' }).first().click();
  await page.getByLabel('Musculoskeletal').check();
  await page.getByLabel('Continue to Build a New Case').check();
  await continueStep(page);

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
  await page.getByRole('heading', { name: 'Clinical Information' }).waitFor();
}

