/**
 * What the P2P scheduler costs with a realistic reviewer panel: a week of free slots (the
 * scheduler's main read) and a booking (its write, with the slot re-checked in the transaction).
 * Run: npm run bench:p2p   (REVIEWERS=40 BOOKED=3000 RUNS=40 to change the load)
 *
 * Builds an app on a fresh embedded PGlite with the demo catalogue, publishes REVIEWERS medical
 * directors in four US zones (weekdays 08–12 and 13–17, every program), books BOOKED of their
 * slots over the next weeks directly in the database, denies one case, then times
 * GET /api/p2p/slots for the first and the next week, and POST /api/p2p/appointments followed by
 * its cancellation. Prints p50/p95/max.
 */
import { performance } from 'node:perf_hooks';
import { createCaseTestContext, addOfficePractitioners } from '../tests/support/case-setup.ts';
import { createOffice, createUser, signIn, userIdByName } from '../tests/support/http.ts';
import { requestAndSubmitCase, wellsenseLumbarEsi } from '../tests/support/case-requests.ts';
import { demoOrthopedicSurgeon } from '../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../src/content/criteria/sample-answers.testing.ts';
import { programs } from '../src/content/catalogue/programs.ts';
import { p2pAppointments, reviewerProfiles, reviewerWeeklyHours } from '../src/db/schema/post-decision.ts';
import type { AppointmentView, SlotsView } from '../src/contracts/p2p.ts';
import type { ReviewCaseView } from '../src/contracts/review.ts';

const reviewerCount = Number(process.env['REVIEWERS'] ?? 30);
const bookedCount = Number(process.env['BOOKED'] ?? 2000);
const runs = Number(process.env['RUNS'] ?? 30);
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const summary = (label: string, values: number[]) =>
  console.log(`${label.padEnd(46)} p50 ${percentile(values, 50).toFixed(1)} ms   p95 ${percentile(values, 95).toFixed(1)} ms   max ${Math.max(...values).toFixed(1)} ms   (n=${values.length})`);

const tc = await createCaseTestContext();
try {
  const officeId = await createOffice(tc, 'Bench Office');
  await createUser(tc, { userName: 'bench.office', role: 'office_user', officeId });
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'bench.office'), [demoOrthopedicSurgeon]);
  const office = await signIn(tc, 'bench.office');
  const now = tc.clock.now();

  // The panel: profiles and weekly hours as the availability page saves them.
  const reviewerIds: string[] = [];
  for (let index = 0; index < reviewerCount; index += 1) {
    await createUser(tc, { userName: `bench.md${index}`, role: 'medical_director' });
    const userId = await userIdByName(tc, `bench.md${index}`);
    reviewerIds.push(userId);
    await tc.ctx.db.insert(reviewerProfiles).values({ userId, timeZone: ZONES[index % ZONES.length]!, programCodes: programs.map((program) => program.code), specialties: index % 3 === 0 ? ['Orthopedic Surgery'] : ['Pain Medicine'], licensedStates: index % 2 === 0 ? ['MA', 'PA'] : ['NY'], updatedAt: now });
    await tc.ctx.db.insert(reviewerWeeklyHours).values(
      [1, 2, 3, 4, 5].flatMap((weekday) => [
        { userId, weekday, startTime: '08:00', endTime: '12:00' },
        { userId, weekday, startTime: '13:00', endTime: '17:00' },
      ]),
    );
  }
  // Bookings on the hour marks of the coming weeks (UTC instants; some fall outside hours, as after a change).
  const director = await signIn(tc, 'bench.md0');
  const { caseId } = await requestAndSubmitCase(tc, office, { ...wellsenseLumbarEsi('2026-03-20', { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }), criteriaNotMet: { choice: 'notes', notes: 'Bench.' } });
  const view = (await director.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();
  const claimed = (await director.post(`/api/review/cases/${caseId}/claim`, { version: view.version })).json<ReviewCaseView>();
  await director.post(`/api/review/cases/${caseId}/decision`, { version: claimed.version, action: 'deny', reason: 'Bench.', criteriaIds: ['conservative-care'] });
  const officeUserId = await userIdByName(tc, 'bench.office');
  const rows = Array.from({ length: bookedCount }, (_, index) => ({
    reviewerUserId: reviewerIds[index % reviewerCount]!,
    officeId,
    requestedByUserId: officeUserId,
    purpose: 'post_decision' as const,
    startsAt: new Date(now.getTime() + (Math.floor(index / reviewerCount) + 1) * 15 * 60_000),
    endsAt: new Date(now.getTime() + (Math.floor(index / reviewerCount) + 2) * 15 * 60_000),
    status: 'booked' as const,
    performer: { kind: 'requesting_provider' as const, name: 'Dr. Bench', credential: 'MD' },
    phone: '6175550100',
    email: 'bench@example.test',
    callNotes: [],
    requesterTimeZone: 'America/New_York',
    createdAt: now,
    updatedAt: now,
  }));
  for (let start = 0; start < rows.length; start += 500) {
    await tc.ctx.db.insert(p2pAppointments).values(rows.slice(start, start + 500));
  }
  await office.put('/api/p2p/time-zone', { timeZone: 'America/Los_Angeles' });

  const firstWeek: number[] = [];
  const nextWeek: number[] = [];
  let next = '';
  for (let index = 0; index < runs; index += 1) {
    let started = performance.now();
    const first = await office.get(`/api/p2p/slots?caseIds=${caseId}`);
    firstWeek.push(performance.now() - started);
    if (first.statusCode !== 200) {
      throw new Error(first.body);
    }
    next = new Date(Date.parse(`${first.json<SlotsView>().weekStart}T12:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    started = performance.now();
    await office.get(`/api/p2p/slots?caseIds=${caseId}&weekStart=${next}`);
    nextWeek.push(performance.now() - started);
  }
  const offered = (await office.get(`/api/p2p/slots?caseIds=${caseId}&weekStart=${next}`)).json<SlotsView>();
  const free = offered.groups.flatMap((group) => group.days.flatMap((day) => day.slots));

  const bookings: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const slot = free[index % free.length]!;
    const started = performance.now();
    const booked = await office.post('/api/p2p/appointments', {
      caseIds: [caseId],
      slot: { reviewerUserId: slot.reviewerUserId, startsAt: slot.startsAt },
      timeZone: 'America/Los_Angeles',
      performer: { kind: 'requesting_provider', name: 'Dr. Daniel Okonkwo', credential: 'DO' },
      phone: '(617) 555-0142',
      email: 'frontdesk@bench.example',
      callNotes: [],
    });
    bookings.push(performance.now() - started);
    if (booked.statusCode !== 201) {
      throw new Error(booked.body);
    }
    const appointment = booked.json<AppointmentView>();
    await office.post(`/api/p2p/appointments/${appointment.id}/cancel`, { version: appointment.version, reason: 'Bench.' });
  }

  console.log(`P2P scheduler on embedded PGlite: ${reviewerCount} reviewers, ${bookedCount} booked slots, ${free.length} free slots in the week shown`);
  summary('GET /api/p2p/slots (first week, server today)', firstWeek);
  summary('GET /api/p2p/slots (next week)', nextWeek);
  summary('POST /api/p2p/appointments (book)', bookings);
} finally {
  await tc.close();
}
