import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { type ApiError, requestAndSubmitCase, wellsenseFacetBlockForReview, wellsenseLumbarEsi } from '../support/case-requests.ts';
import { messagesTo } from '../support/outbox.ts';
import { squashedPdfText } from '../support/pdf-text.ts';
import { demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import type { CaseDetail } from '../../src/contracts/cases.ts';
import type { CaseLetterView } from '../../src/contracts/letters.ts';
import type { AppointmentView, AvailabilityView } from '../../src/contracts/p2p.ts';
import type { ReviewCaseView } from '../../src/contracts/review.ts';

/**
 * Issue 6 part 6: the outcome of a peer-to-peer, recorded by the medical director after the call,
 * changes the determination where the P2P may change it, with the outcome letters; upheld keeps
 * it and closes the P2P; a call about several cases ends case by case.
 */
let tc: TestContext;
let office: Browser;
let director: Browser;
let directorId: string;

const weekdayHours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '12:00' }));

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Outcome Office');
  await createUser(tc, { userName: 'outcome.office', role: 'office_user', officeId });
  await createUser(tc, { userName: 'outcome.md', role: 'medical_director' });
  directorId = await userIdByName(tc, 'outcome.md');
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'outcome.office'), [demoOrthopedicSurgeon]);
  office = await signIn(tc, 'outcome.office');
  director = await signIn(tc, 'outcome.md');
  const saved = await director.put('/api/p2p/availability', { timeZone: 'America/New_York', programCodes: ['MSK'], specialties: [], licensedStates: ['MA'], weeklyHours: weekdayHours, timeOff: [] });
  expect(saved.statusCode, saved.body).toBe(200);
  expect((await office.put('/api/p2p/time-zone', { timeZone: 'America/New_York' })).statusCode).toBe(200);
});
afterAll(async () => {
  await tc.close();
});

/** Submitted, claimed and denied by the medical director now. */
async function denied(request: Parameters<typeof requestAndSubmitCase>[2], criteriaId: string): Promise<{ caseId: string; caseNumber: string }> {
  const { caseId } = await requestAndSubmitCase(tc, office, request);
  const current = (await director.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();
  const claimed = (await director.post(`/api/review/cases/${caseId}/claim`, { version: current.version })).json<ReviewCaseView>();
  const decided = await director.post(`/api/review/cases/${caseId}/decision`, { version: claimed.version, action: 'deny', reason: 'Three weeks of therapy only.', criteriaIds: [criteriaId] });
  expect(decided.statusCode, decided.body).toBe(200);
  return { caseId, caseNumber: claimed.caseNumber };
}

const deniedInjection = (dateOfService: string) =>
  denied({ ...wellsenseLumbarEsi(dateOfService, { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }), criteriaNotMet: { choice: 'notes', notes: 'Therapy notes to follow.' } }, 'conservative-care');

/** What the office sends to book demo availability for these cases at `startsAt` (Eastern, like the reviewer). */
const bookingOf = (caseIds: string | string[], startsAt: string) => ({
  caseIds: typeof caseIds === 'string' ? [caseIds] : caseIds,
  slot: { reviewerUserId: directorId, startsAt },
  timeZone: 'America/New_York',
  performer: { kind: 'requesting_provider', name: 'Dr. Daniel Okonkwo', credential: 'DO' },
  phone: '(617) 555-0142',
  email: 'frontdesk@outcome.example',
  callNotes: [] as unknown[],
});

/** Booked for these cases at `startsAt`, then the clock moves into the call and the reviewer signs in again. */
async function heldCall(caseIds: string[], startsAt: string): Promise<AppointmentView> {
  const booked = await office.post('/api/p2p/appointments', bookingOf(caseIds, startsAt));
  expect(booked.statusCode, booked.body).toBe(201);
  tc.clock.set(new Date(new Date(startsAt).getTime() + 5 * 60_000));
  director = await signIn(tc, 'outcome.md');
  office = await signIn(tc, 'outcome.office');
  const view = (await director.get(`/api/p2p/appointments/${booked.json<AppointmentView>().id}`)).json<AppointmentView>();
  expect(view.outcomeDue).toBe(true);
  return view;
}

const detailOf = async (caseId: string) => (await office.get(`/api/cases/${caseId}/detail`)).json<CaseDetail>();
const lettersOf = async (caseId: string) => (await office.get(`/api/cases/${caseId}/letters`)).json<{ letters: CaseLetterView[] }>().letters;

describe('recording the outcome of a peer to peer', () => {
  it('an overturn needs the reason, then approves the case with an authorization and the outcome letters; nothing is left to ask for', async () => {
    const { caseId } = await deniedInjection('2026-03-20');
    const call = await heldCall([caseId], '2026-03-03T14:00:00.000Z');
    expect(call.cases[0]!.lines).toMatchObject([{ lineNumber: 1, unitsRequested: 1, fractionsRequested: null }]);
    // The review page tells the reviewer a P2P is on (in the zone it was booked in).
    expect((await director.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>().determination!.p2pStatus).toBe('Scheduled for Tue, Mar 3, 2026, 9:00 AM EST with Dr. Test outcome.md');
    // The office never sees the reviewer's working lines.
    expect((await office.get(`/api/p2p/appointments/${call.id}`)).json<AppointmentView>().cases[0]!.lines).toBeNull();

    const withoutReason = await director.post(`/api/p2p/appointments/${call.id}/outcome`, { version: call.version, cases: [{ caseId, outcome: 'overturned' }] });
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json<ApiError>().error.fields).toEqual({ note: 'Give the reason for the change: it goes in the letter.' });

    const recorded = await director.post(`/api/p2p/appointments/${call.id}/outcome`, { version: call.version, note: 'Six weeks of therapy confirmed on the call.', cases: [{ caseId, outcome: 'overturned' }] });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json<AppointmentView>()).toMatchObject({ status: 'completed', outcome: 'overturned', cases: [{ outcome: 'overturned' }] });

    const detail = await detailOf(caseId);
    expect(detail.status).toBe('approved');
    expect(detail.authorizationNumber).toMatch(/^A\d+$/);
    expect(detail.postDecisionOptions).toEqual([]);
    expect(detail.history.map((event) => event.description)).toEqual(
      expect.arrayContaining(['Peer-to-peer held: Decision overturned', 'Peer to Peer Review decided: original decision overturned. Six weeks of therapy confirmed on the call.']),
    );
    const letters = (await lettersOf(caseId)).filter((letter) => letter.letterType === 'peer_to_peer_outcome');
    expect(letters.map((letter) => letter.audience).sort()).toEqual(['member', 'provider']);
    const provider = letters.find((letter) => letter.audience === 'provider')!;
    const text = squashedPdfText((await office.get(`/api/cases/${caseId}/letters/${provider.id}`)).rawPayload);
    expect(text).toContain('Outcome of the peer-to-peer review');
    expect(text).toContain('After the peer-to-peer conversation about this request, the physician reviewer changed the original decision: it is overturned.');
    expect(text).toContain('Six weeks of therapy confirmed on the call.');
    expect(text).toContain(detail.authorizationNumber!);

    // Recorded once: the call is completed.
    const again = await director.post(`/api/p2p/appointments/${call.id}/outcome`, { version: call.version + 1, note: 'x', cases: [{ caseId, outcome: 'overturned' }] });
    expect(again.statusCode).toBe(409);
  });

  it('a partial overturn approves line by line, never above the request; upheld keeps the denial, sends no letter and closes the P2P', async () => {
    const facet = await denied(wellsenseFacetBlockForReview('2026-03-24'), 'conservative-care');
    const injection = await deniedInjection('2026-03-25');
    const call = await heldCall([facet.caseId, injection.caseId], '2026-03-04T14:00:00.000Z');
    const facetLines = call.cases.find((one) => one.caseId === facet.caseId)!.lines!;
    // Two levels: two lines to decide.
    expect(facetLines).toHaveLength(2);
    const lettersBefore = (await lettersOf(injection.caseId)).length;

    const tooMany = await director.post(`/api/p2p/appointments/${call.id}/outcome`, {
      version: call.version,
      note: 'One level documented.',
      cases: [
        { caseId: facet.caseId, outcome: 'partially_overturned', lines: facetLines.map((line) => ({ lineNumber: line.lineNumber, unitsApproved: line.unitsRequested + 1 })) },
        { caseId: injection.caseId, outcome: 'upheld' },
      ],
    });
    expect(tooMany.statusCode).toBe(400);
    expect(await detailOf(facet.caseId)).toMatchObject({ status: 'denied' });

    const missingCase = await director.post(`/api/p2p/appointments/${call.id}/outcome`, { version: call.version, cases: [{ caseId: injection.caseId, outcome: 'upheld' }] });
    expect(missingCase.json<ApiError>().error.fields).toEqual({ cases: 'Choose the outcome for each case of the call.' });

    const partly = facetLines.map((line, index) => ({ lineNumber: line.lineNumber, unitsApproved: index === 0 ? line.unitsRequested : 0 }));
    const recorded = await director.post(`/api/p2p/appointments/${call.id}/outcome`, {
      version: call.version,
      note: 'One level documented.',
      cases: [
        { caseId: facet.caseId, outcome: 'partially_overturned', lines: partly },
        { caseId: injection.caseId, outcome: 'upheld' },
      ],
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    // The call ended differently for each case: no single outcome.
    expect(recorded.json<AppointmentView>().outcome).toBeNull();

    const facetDetail = await detailOf(facet.caseId);
    expect(facetDetail.status).toBe('partially_approved');
    expect(facetDetail.authorizationNumber).toMatch(/^A\d+$/);
    expect((await lettersOf(facet.caseId)).some((letter) => letter.letterType === 'peer_to_peer_outcome')).toBe(true);

    const injectionDetail = await detailOf(injection.caseId);
    expect(injectionDetail.status).toBe('denied');
    expect(await lettersOf(injection.caseId)).toHaveLength(lettersBefore);
    const p2p = injectionDetail.postDecisionOptions.find((option) => option.kind === 'peer_to_peer')!;
    expect(p2p).toMatchObject({ open: false, closedByHistory: true });
    expect(p2p.explanation).toMatch(/held on this case/);
    // The case page: held, with its outcome, and why no other P2P may change the decision.
    expect(injectionDetail.p2p).toMatchObject({ status: expect.stringMatching(/^Held Wed, Mar 4, 2026, 9:00 AM EST with Dr\. .*: Decision upheld$/) as unknown, mayRequest: false, eligibilityResult: p2p.explanation });
    // A reconsideration is still open after the P2P.
    expect(injectionDetail.postDecisionOptions.find((option) => option.kind === 'reconsideration')).toMatchObject({ open: true });
  });
});

describe('a reviewer who cannot keep the time', () => {
  it('cancels with a reason; the office is told without the reason, sees who cancelled, and books another time', async () => {
    const { caseId } = await deniedInjection('2026-03-27');
    const startsAt = '2026-03-06T15:00:00.000Z';
    const booked = (await office.post('/api/p2p/appointments', bookingOf(caseId, startsAt))).json<AppointmentView>();
    // Booked once at a time: the case page shows the appointment, and a second booking is refused.
    expect((await detailOf(caseId)).p2p).toMatchObject({
      scheduled: { appointmentId: booked.id, startsAt },
      status: 'Scheduled for Fri, Mar 6, 2026, 10:00 AM EST with Dr. Test outcome.md',
      mayRequest: false,
      level: 'peer_to_peer',
    });
    const twice = await office.post('/api/p2p/appointments', { ...bookingOf(caseId, '2026-03-06T15:15:00.000Z') });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ApiError>().error.message).toMatch(/: A peer-to-peer is already scheduled for this case on Fri, Mar 6, 2026, 10:00 AM EST: reschedule or cancel it in My P2P Requests\.$/);
    const detail = await detailOf(caseId);
    const [checked] = (await office.post('/api/p2p/cases', { cases: [{ caseNumber: detail.caseNumber, dateOfBirth: detail.member!.dateOfBirth }] })).json<{ cases: Array<{ eligible: boolean; message: string }> }>().cases;
    expect(checked).toMatchObject({ eligible: false, message: expect.stringMatching(/^A peer-to-peer is already scheduled/) as unknown });

    // Another medical director does not see it, let alone cancel it.
    await createUser(tc, { userName: 'outcome.md2', role: 'medical_director' });
    const other = await signIn(tc, 'outcome.md2');
    expect((await other.post(`/api/p2p/appointments/${booked.id}/cancel`, { version: booked.version, reason: 'Not mine.' })).statusCode).toBe(404);

    const cancelled = await director.post(`/api/p2p/appointments/${booked.id}/cancel`, { version: booked.version, reason: 'Called into an urgent case review.' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const seen = (await office.get(`/api/p2p/appointments/${booked.id}`)).json<AppointmentView>();
    expect(seen).toMatchObject({ status: 'cancelled', cancelledBy: 'reviewer', cancelReason: 'Called into an urgent case review.' });
    // The contact email given, and the person who booked it.
    expect(await messagesTo(tc, 'outcome.office@example.test', 'p2p.scheduled')).not.toHaveLength(0);
    const [mail] = await messagesTo(tc, 'frontdesk@outcome.example', 'p2p.cancelled');
    expect(mail!.body).toContain('was cancelled by the reviewing physician. Schedule another time in Priora');
    expect(mail!.body).not.toContain('urgent case review');
    expect((await detailOf(caseId)).history.map((event) => event.description)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Peer-to-peer for .* cancelled by the reviewing physician: Called into an urgent case review\.$/) as unknown]),
    );

    // The time is free again and the case can still be booked.
    expect((await detailOf(caseId)).p2p).toMatchObject({ scheduled: null, status: 'Fri, Mar 6, 2026, 10:00 AM EST cancelled by the reviewer', mayRequest: true, level: 'peer_to_peer' });
    const again = await office.post('/api/p2p/appointments', { ...bookingOf(caseId, startsAt), performer: { kind: 'contact_person', name: 'Pat Lee' } });
    expect(again.statusCode, again.body).toBe(201);
  });
});

describe('a reviewer who changes their availability', () => {
  it('keeps the bookings already made and is shown those the new hours or time off no longer cover', async () => {
    const { caseId } = await deniedInjection('2026-03-30');
    const startsAt = '2026-03-09T15:30:00.000Z'; // Monday 11:30 Eastern (daylight time from March 8)
    expect((await office.post('/api/p2p/appointments', bookingOf(caseId, startsAt))).statusCode).toBe(201);
    const base = { timeZone: 'America/New_York', programCodes: ['MSK'], specialties: [], licensedStates: ['MA'] };
    expect((await director.get('/api/p2p/availability')).json<AvailabilityView>().bookedOutsideAvailability).toEqual([]);

    const dayOff = await director.put('/api/p2p/availability', { ...base, weeklyHours: weekdayHours, timeOff: [{ from: '2026-03-09', to: '2026-03-09', note: 'Board meeting' }] });
    expect(dayOff.json<AvailabilityView>().bookedOutsideAvailability).toEqual([{ appointmentId: expect.any(String) as unknown, startsAt }]);
    const shorter = await director.put('/api/p2p/availability', { ...base, weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '11:00' })), timeOff: [] });
    expect(shorter.json<AvailabilityView>().bookedOutsideAvailability).toHaveLength(1);
    // Still booked: the reviewer decides.
    const calendar = (await director.get('/api/p2p/appointments')).json<{ appointments: AppointmentView[] }>().appointments;
    expect(calendar.find((one) => one.startsAt === startsAt)).toMatchObject({ status: 'booked' });

    const restored = await director.put('/api/p2p/availability', { ...base, weeklyHours: weekdayHours, timeOff: [] });
    expect(restored.json<AvailabilityView>().bookedOutsideAvailability).toEqual([]);
  });
});

describe('an office that changed its time zone', () => {
  it('reschedules in the new zone: the appointment and its emails follow it', async () => {
    const { caseId } = await deniedInjection('2026-03-31');
    const booked = (await office.post('/api/p2p/appointments', bookingOf(caseId, '2026-03-10T14:00:00.000Z'))).json<AppointmentView>();
    expect(booked.requesterTimeZone).toBe('America/New_York');
    expect((await office.put('/api/p2p/time-zone', { timeZone: 'America/Chicago' })).statusCode).toBe(200);
    try {
      const moved = await office.post(`/api/p2p/appointments/${booked.id}/reschedule`, { version: booked.version, slot: { reviewerUserId: directorId, startsAt: '2026-03-10T14:15:00.000Z' } });
      expect(moved.json<AppointmentView>()).toMatchObject({ requesterTimeZone: 'America/Chicago', startsAt: '2026-03-10T14:15:00.000Z' });
      const mails = await messagesTo(tc, 'frontdesk@outcome.example', 'p2p.rescheduled');
      expect(mails.map((mail) => mail.body).join('\n')).toContain('Tue, Mar 10, 2026, 9:15 AM CDT (America/Chicago)');
    } finally {
      await office.put('/api/p2p/time-zone', { timeZone: 'America/New_York' });
    }
  });
});
