import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Browser } from '../support/http.ts';
import { wellsenseLumbarEsi } from '../support/case-requests.ts';
import { demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import type { AppointmentView } from '../../src/contracts/p2p.ts';
import { newPage, signInAsDemo, startHarness, type Harness } from './support/harness.ts';
import { fillP2pContact, openSchedulerFromCase, reviewerSlots } from './support/p2p.ts';
import { apiSessionOf, deniedThroughApi } from './support/review.ts';

/**
 * Issue 6 part 5 and "correct across daylight-saving changes" in the browser: two offices click
 * "Schedule Appointment" for the same reviewer slot at the same moment and one booking is left; a
 * Pacific office books an Eastern reviewer on both sides of the end of daylight saving time and
 * both see their own local time. The server clock is moved to fixed weekdays, so the scheduler's
 * first week (the server's today, not this browser's) holds the slots every time the test runs.
 */
let harness: Harness;
before(async () => {
  harness = await startHarness();
});
after(async () => {
  await harness?.close();
});

const REVIEWER = 'Dr. Samuel Ortiz';
const DAY_MS = 86_400_000;

/** Sullivan's lumbar injection with three weeks of therapy, for service `daysAhead` after the SERVER's today, denied by demo.md. */
const deniedInjection = (office: Browser, md: Browser, daysAhead: number) =>
  deniedThroughApi(
    harness,
    office,
    md,
    {
      ...wellsenseLumbarEsi(new Date(harness.clock.now().getTime() + daysAhead * DAY_MS).toISOString().slice(0, 10), { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }),
      criteriaNotMet: { choice: 'notes', notes: 'Therapy notes to follow.' },
    },
    'Three weeks of therapy; six are needed first.',
  );

/** Dr. Okonkwo on the office's account (the demo offices start with another practitioner). */
async function addOrthopedicSurgeon(office: Browser): Promise<void> {
  const added = await office.post('/api/account/practitioners', { locationId: demoOrthopedicSurgeon.locations[0]!.id });
  assert.ok([201, 409].includes(added.statusCode), added.body);
}

/** An instant as a person in `timeZone` reads it in the scheduler: "Fri, 11/5/27 7:00 AM PDT". */
function shownIn(iso: string, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', month: 'numeric', day: 'numeric', year: '2-digit' }).format(new Date(iso));
  const time = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso));
  return `${day} ${time}`;
}

const appointmentsOf = async (api: Browser) => (await api.get('/api/p2p/appointments')).json<{ appointments: AppointmentView[] }>().appointments;
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

void test('two offices booking the same slot at the same moment leave one booking', async () => {
  // Wednesday noon Eastern: the rest of the reviewer's afternoon is free in the first week.
  harness.clock.moveTo(new Date('2027-10-20T16:00:00Z'));
  const riverside = await newPage(harness);
  const lakeside = await newPage(harness);
  const md = await newPage(harness);
  let current: Page = riverside.page;
  try {
    await signInAsDemo(riverside.page, harness.baseUrl, 'demo.office', harness.clock);
    await signInAsDemo(lakeside.page, harness.baseUrl, 'demo.lakeside', harness.clock);
    await signInAsDemo(md.page, harness.baseUrl, 'demo.md', harness.clock);
    const mdApi = await apiSessionOf(harness, md.page);
    // Each office in its own zone: the same slot reads differently, and must still be one slot.
    const offices = [
      { ...riverside, timeZone: 'America/Los_Angeles', email: 'frontdesk@riverside.example', daysAhead: 20, api: await apiSessionOf(harness, riverside.page), label: '' },
      { ...lakeside, timeZone: 'America/Chicago', email: 'frontdesk@lakeside.example', daysAhead: 21, api: await apiSessionOf(harness, lakeside.page), label: '' },
    ];
    for (const office of offices) {
      current = office.page;
      await addOrthopedicSurgeon(office.api);
      const denied = await deniedInjection(office.api, mdApi, office.daysAhead);
      await openSchedulerFromCase(office.page, harness.baseUrl, denied.caseId, office.timeZone);
      const first = reviewerSlots(office.page, REVIEWER).first();
      office.label = (await first.getAttribute('aria-label')) ?? '';
      await first.click();
      await fillP2pContact(office.page, { name: 'Dr. Daniel Okonkwo', phone: '(215) 555-0140', email: office.email });
    }

    // Both click at the same moment.
    await Promise.all(offices.map((office) => office.page.getByRole('button', { name: 'Schedule Appointment' }).click()));
    const scheduled = (page: Page) => page.getByText('Your peer to peer appointment is scheduled.');
    const taken = (page: Page) => page.getByText(/^That time was just booked by someone else/);
    await Promise.all(offices.map((office) => scheduled(office.page).or(taken(office.page)).first().waitFor()));
    const won = await Promise.all(offices.map((office) => scheduled(office.page).isVisible()));
    assert.equal(won.filter(Boolean).length, 1, 'exactly one office sees the confirmation');
    const winner = offices[won.indexOf(true)]!;
    const loser = offices[won.indexOf(false)]!;
    current = loser.page;
    await taken(loser.page).waitFor();

    // Both had clicked the same instant, each reading it in its own zone.
    const booked = (await appointmentsOf(winner.api)).filter((one) => one.status === 'booked');
    assert.equal(booked.length, 1);
    const startsAt = booked[0]!.startsAt;
    for (const office of offices) {
      assert.equal(office.label, `${shownIn(startsAt, office.timeZone)} with ${REVIEWER}`);
    }
    assert.deepEqual(await appointmentsOf(loser.api), [], 'the office told the time was taken has no booking');

    // The other is back at the times: that day's other slots are offered, the taken one is not.
    const day = loser.label.replace(/ \d{1,2}:\d\d (AM|PM) .*$/, '');
    // (The times shown before the refusal may flash up until they are read again.)
    await loser.page.getByRole('button', { name: loser.label, exact: true }).waitFor({ state: 'detached' });
    await loser.page.getByRole('button', { name: new RegExp(`^${escape(day)} .* with ${REVIEWER}$`) }).first().waitFor();

    // The reviewer has exactly one booked appointment at that time.
    const atThatTime = (await appointmentsOf(mdApi)).filter((one) => one.startsAt === startsAt && one.status === 'booked');
    assert.equal(atThatTime.length, 1);
    assert.deepEqual(riverside.problems, []);
    assert.deepEqual(lakeside.problems, []);
  } catch (error) {
    await current.screenshot({ path: '/tmp/p2p-concurrency-failure.png', fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await riverside.page.context().close();
    await lakeside.page.context().close();
    await md.page.context().close();
  }
});

void test('a Pacific office and an Eastern reviewer see the right local times in the week daylight saving ends', async () => {
  // Wednesday 7:00 AM Pacific; daylight saving time ends Sunday 2027-11-07 at 2:00 AM.
  harness.clock.moveTo(new Date('2027-11-03T14:00:00Z'));
  const office = await newPage(harness);
  const md = await newPage(harness);
  let current: Page = office.page;
  try {
    await signInAsDemo(office.page, harness.baseUrl, 'demo.office', harness.clock);
    await signInAsDemo(md.page, harness.baseUrl, 'demo.md', harness.clock);
    const officeApi = await apiSessionOf(harness, office.page);
    const mdApi = await apiSessionOf(harness, md.page);
    await addOrthopedicSurgeon(officeApi);

    // 7:00 AM Pacific on the Friday before the change and on the Monday after it: 10:00 AM Eastern both days.
    const wanted = [
      { label: 'Fri, 11/5/27 7:00 AM PDT', startsAt: '2027-11-05T14:00:00.000Z', reviewer: '10:00 AM EDT your time', day: 'Fri, 11/5/27', daysAhead: 20 },
      { label: 'Mon, 11/8/27 7:00 AM PST', startsAt: '2027-11-08T15:00:00.000Z', reviewer: '10:00 AM EST your time', day: 'Mon, 11/8/27', daysAhead: 21 },
    ];
    const caseNumbers: string[] = [];
    for (const one of wanted) {
      const denied = await deniedInjection(officeApi, mdApi, one.daysAhead);
      caseNumbers.push(denied.caseNumber);
      await openSchedulerFromCase(office.page, harness.baseUrl, denied.caseId, 'America/Los_Angeles');
      // Narrowed to the 7 o'clock hour (Pacific): both days are in the first week, the server's.
      for (const hour of [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6]) {
        const chip = `${hour}:00 to ${hour === 12 ? 1 : hour + 1}:00`;
        // A chip's checkbox is drawn as its label.
        await office.page.getByText(chip, { exact: true }).click();
        assert.equal(await office.page.getByRole('checkbox', { name: chip, exact: true }).isChecked(), false);
      }
      const slot = office.page.getByRole('button', { name: `${one.label} with ${REVIEWER}`, exact: true });
      await slot.click();
      await fillP2pContact(office.page, { name: 'Dr. Daniel Okonkwo', phone: '(215) 555-0140', email: 'frontdesk@riverside.example' });
      await office.page.getByRole('button', { name: 'Schedule Appointment' }).click();
      await office.page.getByText('Your peer to peer appointment is scheduled.').waitFor();
      await office.page.getByRole('heading', { name: one.label, exact: true }).waitFor();
    }

    // My P2P Requests: each in Pacific time, daylight on Friday and standard on Monday.
    await mainMenu(office.page).getByRole('link', { name: 'My P2P Requests' }).click();
    for (const [index, one] of wanted.entries()) {
      await office.page.getByRole('row').filter({ hasText: caseNumbers[index]! }).getByRole('link', { name: one.label, exact: true }).waitFor();
    }
    // Stored in UTC: the same Pacific wall-clock hour is an hour later in UTC after the change.
    const stored = await appointmentsOf(officeApi);
    for (const [index, one] of wanted.entries()) {
      const appointment = stored.find((item) => item.cases.some((linked) => linked.caseNumber === caseNumbers[index]));
      assert.equal(appointment?.startsAt, one.startsAt);
      assert.equal(appointment?.requesterTimeZone, 'America/Los_Angeles');
      assert.equal(appointment?.reviewerTimeZone, 'America/New_York');
    }
    assert.deepEqual(office.problems, []);

    // The reviewer's calendar: 10:00 AM Eastern both days, with the office's own time beside it.
    current = md.page;
    await mainMenu(md.page).getByRole('link', { name: 'My P2P calendar' }).click();
    for (const one of wanted) {
      await md.page.getByRole('region', { name: one.day, exact: true }).getByText(`${one.reviewer} · ${one.label} for the office`).waitFor();
    }
    assert.deepEqual(md.problems, []);
  } catch (error) {
    await current.screenshot({ path: '/tmp/p2p-dst-failure.png', fullPage: true }).catch(() => undefined);
    throw error;
  } finally {
    await office.page.context().close();
    await md.page.context().close();
  }
});
