import type { Locator, Page } from 'playwright-core';

/** The P2P scheduler journeys' shared moves, from a denied case's lookup detail to the contact step. */

/**
 * Opens the scheduler from the case's lookup detail; confirms `timeZone` on first use (later uses
 * check it is the one shown); looks the prefilled case up and continues to the times.
 */
export async function openSchedulerFromCase(page: Page, baseUrl: string, caseId: string, timeZone: string): Promise<void> {
  await page.goto(`${baseUrl}/cases/${caseId}/detail`);
  await page.getByRole('link', { name: 'Schedule a peer to peer' }).click();
  const confirm = page.getByRole('heading', { name: 'Confirm your time zone' });
  const lookUp = page.getByRole('button', { name: 'Look up cases' });
  await confirm.or(lookUp).first().waitFor();
  if (await confirm.isVisible()) {
    await page.getByLabel('Time zone', { exact: true }).fill(timeZone);
    await page.getByRole('option', { name: timeZone, exact: true }).click();
    await page.getByRole('button', { name: 'Confirm time zone' }).click();
  }
  await lookUp.click();
  await page.getByText('P2P Eligible').waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText(`Time Zone: ${timeZone}`).waitFor();
}

/** "Change" next to "Time Zone: ..." (scheduler or reschedule): picks `timeZone`, saves, and waits for it to be shown. */
export async function changeTimeZone(page: Page, timeZone: string): Promise<void> {
  await page.getByRole('button', { name: 'Change time zone' }).click();
  await page.getByRole('heading', { name: 'Change your time zone' }).waitFor();
  await page.getByLabel('Time zone', { exact: true }).fill(timeZone);
  await page.getByRole('option', { name: timeZone, exact: true }).click();
  await page.getByRole('button', { name: 'Save time zone' }).click();
  await page.getByText(`Time Zone: ${timeZone}`).waitFor();
}

/** A reviewer's slot buttons in the best skill group, e.g. "Mon, 12/14/26 5:00 AM PST with Dr. Samuel Ortiz". */
export function reviewerSlots(page: Page, reviewerName: string): Locator {
  return page.getByRole('region', { name: '1st Priority by Skill' }).getByRole('button', { name: new RegExp(`(AM|PM) [A-Z]{3,4} with ${reviewerName}$`) });
}

/** The contact step's required details: the requesting provider, a phone and an email. */
export async function fillP2pContact(page: Page, details: { name: string; phone: string; email: string }): Promise<void> {
  await page.getByRole('heading', { name: 'P2P Contact Details' }).waitFor();
  await page.getByLabel('Name of Referring Physician on Case').fill(details.name);
  await page.getByLabel('Credential', { exact: true }).click();
  await page.getByRole('option', { name: 'MD', exact: true }).click();
  await page.getByLabel('Phone Number for P2P').fill(details.phone);
  await page.getByLabel('Requesting Provider Email').fill(details.email);
}
