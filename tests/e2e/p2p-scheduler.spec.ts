import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Browser } from '../support/http.ts';
import { wellsenseLumbarEsi } from '../support/case-requests.ts';
import { demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { changeTimeZone } from './support/p2p.ts';
import { apiSessionOf, deniedThroughApi } from './support/review.ts';

/**
 * Issue 6 parts 3–6 in the browser: demo.md's demo availability (Eastern, weekdays) gives slots;
 * demo.office, on Pacific time, schedules a P2P from its denied case's lookup detail (confirming
 * its zone first), sees the confirmation and the request in My P2P Requests, and cancels it with a
 * reason; demo.md sees the appointment and its cancellation on the P2P calendar.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

/** Sullivan's lumbar injection with three weeks of therapy, denied by demo.md. */
const deniedInjection = (office: Browser, md: Browser) =>
  deniedThroughApi(
    harness,
    office,
    md,
    {
      ...wellsenseLumbarEsi(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10), { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }),
      criteriaNotMet: { choice: 'notes', notes: 'Therapy notes to follow.' },
    },
    'Three weeks of therapy; six are needed first.',
  );

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

void test('an office schedules a P2P from a denied case, finds it in My P2P Requests and cancels it; the reviewer sees it', async () => {
  const office = await newPage(harness);
  const md = await newPage(harness);
  let current: Page = office.page;
  try {
    await signInAsDemo(office.page, harness.baseUrl, 'demo.office');
    await signInAsDemo(md.page, harness.baseUrl, 'demo.md');
    const officeApi = await apiSessionOf(harness, office.page);
    const added = await officeApi.post('/api/account/practitioners', { locationId: demoOrthopedicSurgeon.locations[0]!.id });
    assert.ok([201, 409].includes(added.statusCode), added.body);
    const denied = await deniedInjection(officeApi, await apiSessionOf(harness, md.page));

    // The lookup detail offers the scheduler while the P2P is open; the case and DOB come prefilled.
    await office.page.goto(`${harness.baseUrl}/cases/${denied.caseId}/detail`);
    await office.page.getByRole('link', { name: 'Schedule a peer to peer' }).click();
    await office.page.getByRole('heading', { name: 'Confirm your time zone' }).waitFor();
    await office.page.getByLabel('Time zone', { exact: true }).fill('America/Los_Angeles');
    await office.page.getByRole('option', { name: 'America/Los_Angeles' }).click();
    await office.page.getByRole('button', { name: 'Confirm time zone' }).click();
    assert.equal(await office.page.getByLabel('Case number').inputValue(), denied.caseNumber);
    await office.page.getByRole('button', { name: 'Look up cases' }).click();
    await office.page.getByText('P2P Eligible').waitFor();
    await office.page.getByText('Level of Review: Peer to Peer (may change the decision)').waitFor();
    await office.page.getByText(/^P2P Valid Until: \d{2}\/\d{2}\/\d{4}$/).waitFor();
    await office.page.getByRole('button', { name: 'Continue' }).click();

    // Slots by week in Pacific time, the best skill match first; the next week has weekday slots whatever today is.
    await office.page.getByText('Time Zone: America/Los_Angeles').waitFor();
    await office.page.getByRole('button', { name: 'Next Week' }).click();
    // The zone confirmed first can be changed here: the times are shown again in the new one (then back to Pacific).
    await changeTimeZone(office.page, 'America/Chicago');
    await office.page.getByRole('region', { name: '1st Priority by Skill' }).getByRole('button', { name: /(AM|PM) C[SD]T with Dr\. Samuel Ortiz$/ }).first().waitFor();
    await changeTimeZone(office.page, 'America/Los_Angeles');
    const first = office.page.getByRole('region', { name: '1st Priority by Skill' }).getByRole('button', { name: /(AM|PM) P[SD]T with Dr\. Samuel Ortiz$/ }).first();
    const label = (await first.getAttribute('aria-label')) ?? '';
    // Each time shows its reviewer, not only in its accessible name.
    assert.match(await first.innerText(), /Dr\. Samuel Ortiz/);
    const time = label.replace(/ with .*$/, '');
    await first.click();

    // Contact details; "Procedure was performed on" needs its date.
    await office.page.getByRole('heading', { name: 'P2P Contact Details' }).waitFor();
    // The email, and the contact person's name, come from the signed-in user; both can be changed.
    assert.equal(await office.page.getByLabel('Requesting Provider Email').inputValue(), 'demo+office@demo.priora.local');
    await office.page.getByRole('radio', { name: 'Contact person' }).check();
    assert.equal(await office.page.getByLabel('Name', { exact: true }).inputValue(), 'Dana Whitfield');
    await office.page.getByRole('radio', { name: 'Requesting provider' }).check();
    await office.page.getByLabel('Name of Referring Physician on Case').fill('Dr. Daniel Okonkwo');
    await office.page.getByLabel('Credential', { exact: true }).click();
    await office.page.getByRole('option', { name: 'DO', exact: true }).click();
    await office.page.getByLabel('Phone Number for P2P').fill('(215) 555-0140');
    await office.page.getByLabel('Requesting Provider Email').fill('frontdesk@riverside.example');
    await office.page.getByLabel('Contact Instructions').fill('Select option 4, ask for Dr. Okonkwo');
    await office.page.getByLabel('Procedure was performed on', { exact: true }).first().check();
    await office.page.getByRole('button', { name: 'Schedule Appointment' }).click();
    await office.page.getByText('Enter the date the procedure was performed.').waitFor();
    await office.page.getByRole('textbox', { name: 'Procedure was performed on' }).fill('2026-01-15');
    await office.page.getByRole('button', { name: 'Schedule Appointment' }).click();

    // The confirmation, in the office's zone.
    await office.page.getByText('Your peer to peer appointment is scheduled.').waitFor();
    await office.page.getByRole('heading', { name: time, exact: true }).waitFor();
    await office.page.getByText('Reviewing provider: Dr. Samuel Ortiz').waitFor();

    // The case page shows the appointment instead of offering another.
    await office.page.goto(`${harness.baseUrl}/cases/${denied.caseId}/detail`);
    await office.page.getByText(new RegExp(`^A peer to peer is scheduled for .* with Dr\\. Samuel Ortiz\\.$`)).waitFor();
    assert.equal(await office.page.getByRole('link', { name: 'Schedule a peer to peer' }).count(), 0);

    // My P2P Requests lists it; open it and cancel with a reason.
    await mainMenu(office.page).getByRole('link', { name: 'My P2P Requests' }).click();
    const row = office.page.getByRole('row').filter({ hasText: denied.caseNumber });
    await row.getByText('Scheduled').waitFor();
    await row.getByRole('link').click();

    // Reschedule: a new time as before; the old one is free again.
    await office.page.getByRole('button', { name: 'Reschedule Appointment' }).click();
    await office.page.getByRole('button', { name: 'Next Week' }).click();
    const region = office.page.getByRole('region', { name: '1st Priority by Skill' });
    const other = region.getByRole('button', { name: /(AM|PM) P[SD]T with Dr\. Samuel Ortiz$/ }).first();
    await other.waitFor();
    assert.equal(await region.getByRole('button', { name: label, exact: true }).count(), 0, 'the booked time is not offered again');
    const newTime = ((await other.getAttribute('aria-label')) ?? '').replace(/ with .*$/, '');
    assert.notEqual(newTime, time);
    await other.click();
    await office.page.getByRole('button', { name: 'Reschedule Appointment' }).waitFor();
    await office.page.getByRole('heading', { name: newTime, exact: true }).waitFor();

    await office.page.getByRole('button', { name: 'Cancel Appointment' }).click();
    await office.page.getByRole('button', { name: 'Cancel Appointment' }).click();
    await office.page.getByText('Cancellation reason is required.').waitFor();
    await office.page.getByLabel('Cancellation reason').fill('The surgeon is in the operating room that day.');
    await office.page.getByRole('button', { name: 'Cancel Appointment' }).click();
    await office.page.getByText('Cancellation reason: The surgeon is in the operating room that day.').waitFor();
    assert.deepEqual(office.problems, []);

    // The reviewer's calendar shows it, cancelled, in Eastern time.
    current = md.page;
    await mainMenu(md.page).getByRole('link', { name: 'My P2P calendar' }).click();
    await md.page.getByText('Cancellation reason: The surgeon is in the operating room that day.').waitFor();
    await md.page.getByText(/(AM|PM) E[SD]T your time/).first().waitFor();
    assert.deepEqual(md.problems, []);
  } catch (error) {
    await current.screenshot({ path: '/tmp/p2p-scheduler-failure.png', fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await office.page.context().close();
    await md.page.context().close();
  }
});

void test('a medical director sees the demo availability, is told about a bad range next to it, and saves', async () => {
  const { page, problems } = await newPage(harness);
  try {
    await signInAsDemo(page, harness.baseUrl, 'demo.md2');
    await mainMenu(page).getByRole('link', { name: 'My P2P availability' }).click();
    await page.getByRole('heading', { name: 'My P2P availability' }).waitFor();
    assert.equal(await page.getByLabel('From').count(), 10, 'two ranges on each weekday');
    await page.getByRole('button', { name: 'Add hours' }).click();
    await page.getByLabel('From').last().fill('10:00');
    await page.getByLabel('To').last().fill('09:00');
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.getByText('End after the start time.').waitFor();
    await page.getByLabel('From').last().fill('18:00');
    await page.getByLabel('To').last().fill('19:30');
    await page.getByRole('button', { name: 'Save availability' }).click();
    await page.getByText('Availability saved').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'My P2P availability' }).waitFor();
    await page.getByLabel('From').nth(10).waitFor();
    assert.equal(await page.getByLabel('From').count(), 11);
    assert.deepEqual(problems, []);
  } catch (error) {
    await page.screenshot({ path: '/tmp/p2p-availability-failure.png', fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await page.context().close();
  }
});
