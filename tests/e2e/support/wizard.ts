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

/** A WellSense member as the eligibility step finds them. */
export interface WizardMember {
  patientId: string;
  dateOfBirth: string;
  lastName: string;
}
export const SULLIVAN: WizardMember = { patientId: '900000301', dateOfBirth: '03/30/1969', lastName: 'Sullivan' };
/** WellSense Medicare: her plan requires the pre-decision notice before a denial. */
export const TREMBLAY: WizardMember = { patientId: '900000302', dateOfBirth: '12/07/1950', lastName: 'Tremblay' };

/**
 * From the menu to the clinical questions: a standard lumbar injection (62323, M54.16 unless
 * told otherwise) for Patrick Sullivan (WellSense, or another WellSense member) by Dr. Okonkwo,
 * found by NPI and added to the account if he is not on it yet, at the Back Bay center, two weeks
 * from today, attested.
 */
export async function requestLumbarInjectionForSullivan(
  page: Page,
  { procedureCode = '62323', diagnosis = 'M54.16', member = SULLIVAN }: { procedureCode?: string; diagnosis?: string; member?: WizardMember } = {},
): Promise<void> {
  await page.getByRole('link', { name: 'Clinical Certification' }).first().click();
  await page.getByLabel('Musculoskeletal').check();
  await page.getByLabel('Continue to Build a New Case').check();
  await continueStep(page);

  // Dr. Okonkwo is chosen from the account when an earlier request added him, else found by NPI and added.
  const accountList = page.getByRole('table').filter({ has: page.getByText('Providers on your account') });
  await Promise.race([accountList.waitFor(), page.getByText('No providers on your account yet').waitFor()]);
  const onAccount = accountList.getByRole('row').filter({ hasText: '1915732089' });
  if ((await onAccount.count()) > 0) {
    await onAccount.getByRole('button', { name: /SELECT/ }).click();
  } else {
    await page.getByLabel('Search By NPI').fill('1915732089');
    await pickFromCombobox(page, 'Practitioner State', 'Massa', /Massachusetts/);
    await page.getByLabel('Practitioner Zip').fill('02114');
    await page.getByRole('button', { name: 'SEARCH' }).click();
    await page.getByRole('button', { name: /SELECT Okonkwo/ }).click();
    await page.getByRole('button', { name: 'YES' }).click();
  }
  await pickFromCombobox(page, 'Health Plan', 'Well', /WellSense/);
  await page.getByRole('radiogroup', { name: /Provider Address/ }).getByRole('radio').first().check();
  await continueStep(page);

  await continueStep(page, 'CONFIRM FAX AND CONTINUE');

  await page.getByLabel('Patient ID').fill(member.patientId);
  await page.getByLabel('Date of Birth').fill(member.dateOfBirth);
  await page.getByLabel('Patient Last Name').fill(member.lastName);
  await page.getByRole('button', { name: 'ELIGIBILITY LOOKUP' }).click();
  await page.getByRole('button', { name: new RegExp(`SELECT ${member.lastName}`) }).click();
  await page.getByLabel('Unknown', { exact: true }).check();
  await continueStep(page);

  // The patient step has a date field too: wait for the next step before typing a date.
  await page.getByRole('heading', { name: 'Date of Service' }).waitFor();
  await page.getByRole('textbox', { name: /date/i }).first().fill(typedDate(14));
  await page.keyboard.press('Escape'); // close the calendar that covers the buttons
  await continueStep(page);

  await pickFromCombobox(page, 'Procedure', procedureCode, new RegExp(procedureCode));
  await pickFromCombobox(page, 'Primary Diagnosis', diagnosis, new RegExp(diagnosis.replace('.', '\\.')));
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


/** Lumbar facet block questions (64493): a diagnostic block on both sides at two levels, with the weeks of conservative care given. */
export async function answerTwoLevelFacetBlock(page: Page, conservativeWeeks: number): Promise<void> {
  await page.getByLabel(/^To find out whether the facet joints cause the pain/).check();
  await page.getByRole('radiogroup', { name: /On which side/ }).getByLabel('Both sides').check();
  await page.getByLabel(/At how many levels will the block be given/).fill('2');
  await page.getByLabel(/^Pain brought on by bending the spine backwards/).check();
  await page.getByLabel(/^Tenderness over the facet joints/).check();
  await page.getByLabel(/weeks of conservative care are documented/).fill(String(conservativeWeeks));
  await page.getByLabel(/diagnostic facet joint or medial branch blocks of this region/).fill('0');
  await page.getByRole('radiogroup', { name: /epidural injection be given in the same region/ }).getByLabel('No').check();
}
