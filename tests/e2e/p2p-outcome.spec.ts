import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { wellsenseLumbarEsi } from '../support/case-requests.ts';
import { demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import type { AppointmentView, SlotView, SlotsView } from '../../src/contracts/p2p.ts';
import type { Browser as ApiClient } from '../support/http.ts';
import { slotDateTime } from '../../src/web/features/p2p/p2p-time.ts';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { apiSessionOf, deniedThroughApi } from './support/review.ts';

/**
 * Issue 6 part 6 in the browser: demo.office has a P2P booked on its denied injection and moves it
 * to another time; demo.md sees the new time on the P2P calendar. After the call has started (the
 * server clock moved into it), demo.md records "Decision overturned" with the reason; the office
 * finds its case approved, with an authorization and the P2P outcome letter.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

/** What demo.office sends to book a slot for one case, in Eastern time like the reviewer. */
const bookingFor = (caseId: string, slot: SlotView) => ({
  caseIds: [caseId],
  slot: { reviewerUserId: slot.reviewerUserId, startsAt: slot.startsAt },
  timeZone: 'America/New_York',
  performer: { kind: 'requesting_provider', name: 'Dr. Daniel Okonkwo', credential: 'DO' },
  phone: '(215) 555-0140',
  email: 'frontdesk@riverside.example',
  callNotes: [],
});

/** Sullivan's lumbar injection with three weeks of therapy, denied by demo.md through the API. */
async function deniedInjection(officeApi: ApiClient, mdApi: ApiClient, daysAhead: number) {
  const dateOfService = dayAfter(harness.clock.now().toISOString().slice(0, 10), daysAhead);
  return deniedThroughApi(
    harness,
    officeApi,
    mdApi,
    { ...wellsenseLumbarEsi(dateOfService, { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }), criteriaNotMet: { choice: 'notes', notes: 'Therapy notes to follow.' } },
    'Three weeks of therapy; six are needed first.',
  );
}

/** demo.md's free slots in the week starting `weekStart`, for the case. */
async function ortizSlots(officeApi: ApiClient, caseId: string, weekStart: string): Promise<SlotView[]> {
  const slots = (await officeApi.get(`/api/p2p/slots?caseIds=${caseId}&weekStart=${weekStart}`)).json<SlotsView>();
  return slots.groups.flatMap((group) => group.days.flatMap((day) => day.slots)).filter((slot) => slot.reviewerName === 'Dr. Samuel Ortiz');
}
const dayAfter = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

void test('a medical director overturns a denial after the P2P; the office sees the approval and the letter', async () => {
  const office = await newPage(harness);
  const md = await newPage(harness);
  let current: Page = md.page;
  try {
    await signInAsDemo(office.page, harness.baseUrl, 'demo.office', harness.clock);
    await signInAsDemo(md.page, harness.baseUrl, 'demo.md', harness.clock);
    const officeApi = await apiSessionOf(harness, office.page);
    const added = await officeApi.post('/api/account/practitioners', { locationId: demoOrthopedicSurgeon.locations[0]!.id });
    assert.ok([201, 409].includes(added.statusCode), added.body);
    const denied = await deniedInjection(officeApi, await apiSessionOf(harness, md.page), 20);

    // Booked through the API (the scheduler's screens have their own journey), next week with demo.md.
    assert.equal((await officeApi.put('/api/p2p/time-zone', { timeZone: 'America/New_York' })).statusCode, 200);
    const nextWeek = dayAfter(harness.clock.now().toISOString().slice(0, 10), 7);
    const withOrtiz = await ortizSlots(officeApi, denied.caseId, nextWeek);
    assert.ok(withOrtiz.length >= 3, 'demo.md has free slots next week');
    const booked = await officeApi.post('/api/p2p/appointments', bookingFor(denied.caseId, withOrtiz[0]!));
    assert.equal(booked.statusCode, 201, booked.body);
    const appointment = booked.json<AppointmentView>();
    const moved = await officeApi.post(`/api/p2p/appointments/${appointment.id}/reschedule`, { version: appointment.version, slot: { reviewerUserId: withOrtiz[1]!.reviewerUserId, startsAt: withOrtiz[1]!.startsAt } });
    assert.equal(moved.statusCode, 200, moved.body);

    // The reviewer sees the new time, and no outcome form before the call.
    const newTime = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric', minute: '2-digit' }).format(new Date(withOrtiz[1]!.startsAt));
    await mainMenu(md.page).getByRole('link', { name: 'My P2P calendar' }).click();
    const entry = md.page.getByText(new RegExp(`^${newTime} E[SD]T your time`));
    await entry.waitFor();
    assert.equal(await md.page.getByRole('button', { name: 'Record outcome' }).count(), 0, 'no outcome before the call');

    // Another case booked at a third time: demo.md cannot keep it and cancels it with a reason.
    const other = await deniedInjection(officeApi, await apiSessionOf(harness, md.page), 21);
    assert.equal((await officeApi.post('/api/p2p/appointments', bookingFor(other.caseId, withOrtiz[2]!))).statusCode, 201);
    await md.page.reload();
    const third = md.page.getByRole('group', { name: `Appointment ${slotDateTime(withOrtiz[2]!.startsAt, 'America/New_York')}` });
    await third.getByRole('button', { name: 'Cancel this appointment' }).click();
    await third.getByRole('button', { name: 'Cancel Appointment' }).click();
    await third.getByText('Cancellation reason is required.').waitFor();
    await third.getByLabel('Cancellation reason').fill('Called into an urgent case review.');
    await third.getByRole('button', { name: 'Cancel Appointment' }).click();
    await third.getByText('Cancelled by the reviewing physician. Cancellation reason: Called into an urgent case review.').waitFor();
    // The office sees who cancelled, and may book the case again.
    await mainMenu(office.page).getByRole('link', { name: 'My P2P Requests' }).click();
    await office.page.getByRole('row').filter({ hasText: other.caseNumber }).getByText('Cancelled by the reviewer').waitFor();
    await office.page.goto(`${harness.baseUrl}/cases/${other.caseId}/detail`);
    await office.page.getByRole('link', { name: 'Schedule a peer to peer' }).waitFor();

    // Five minutes into the call (by the server's clock).
    harness.clock.moveTo(new Date(Date.parse(withOrtiz[1]!.startsAt) + 5 * 60_000));
    await md.page.context().clearCookies();
    await signInAsDemo(md.page, harness.baseUrl, 'demo.md', harness.clock);
    await mainMenu(md.page).getByRole('link', { name: 'My P2P calendar' }).click();
    await md.page.getByLabel('Outcome of the call').click();
    await md.page.getByRole('option', { name: 'Decision overturned' }).click();
    await md.page.getByText('Recording an overturn changes the determination at once').waitFor();
    await md.page.getByRole('button', { name: 'Record outcome' }).click();
    await md.page.getByText('Give the reason for the change: it goes in the letter.').waitFor();
    await md.page.getByLabel('Reason for the change (goes in the letters)').fill('Six weeks of therapy confirmed on the call.');
    await md.page.getByRole('button', { name: 'Record outcome' }).click();
    await md.page.getByText('Outcome: Decision overturned — Six weeks of therapy confirmed on the call.').waitFor();
    assert.deepEqual(md.problems, []);

    // The office: approved, with its authorization and the outcome letter.
    current = office.page;
    await office.page.context().clearCookies();
    await signInAsDemo(office.page, harness.baseUrl, 'demo.office', harness.clock);
    await office.page.goto(`${harness.baseUrl}/cases/${denied.caseId}/detail`);
    await office.page.getByRole('row', { name: /^Status.*Approved/ }).waitFor();
    assert.match(await office.page.getByRole('row', { name: /^Authorization Number/ }).innerText(), /A\d+/);
    await office.page.getByRole('region', { name: 'Correspondence' }).getByRole('row', { name: /Outcome of the peer-to-peer review/ }).first().waitFor();
    await office.page.getByText('Peer to Peer Review decided: original decision overturned. Six weeks of therapy confirmed on the call.').waitFor();
    assert.deepEqual(office.problems, []);
  } catch (error) {
    await current.screenshot({ path: '/tmp/p2p-outcome-failure.png', fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await office.page.context().close();
    await md.page.context().close();
  }
});
