import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn, userIdByName } from '../support/http.ts';
import { addOfficePractitioners, createCaseTestContext } from '../support/case-setup.ts';
import { type ApiError, requestAndSubmitCase, wellsenseLumbarEsi, wellsenseMembers } from '../support/case-requests.ts';
import { messagesTo } from '../support/outbox.ts';
import { demoOrthopedicSurgeon } from '../../src/content/catalogue/demo-fixtures.ts';
import { lumbarEsiFirstInjection } from '../../src/content/criteria/sample-answers.testing.ts';
import { p2pAppointments } from '../../src/db/schema/post-decision.ts';
import { auditEvents } from '../../src/db/schema/audit.ts';
import { users } from '../../src/db/schema/users.ts';
import type { AppointmentView, AvailabilityView, P2pCaseView, SlotsView } from '../../src/contracts/p2p.ts';
import type { CaseDetail } from '../../src/contracts/cases.ts';
import type { ReviewCaseView } from '../../src/contracts/review.ts';

/**
 * Issue 6 parts 3–6: a medical director publishes P2P hours; an office on Pacific time finds its
 * denied case, sees the Eastern reviewer's slots in its own zone, books one (never twice), then
 * reschedules and cancels; the reviewer sees each change and records the outcome.
 */
let tc: TestContext;
let office: Browser;
let otherOffice: Browser;
let director: Browser;
let directorId: string;
/** The denied commercial case the booking tests share. */
let denied: { caseId: string; caseNumber: string };

type SlotsError = ApiError & { error: { details?: { slots?: SlotsView } } };

const { sullivan } = wellsenseMembers;
const availability = {
  timeZone: 'America/New_York',
  programCodes: ['MSK'],
  specialties: ['Orthopedic Surgery'],
  licensedStates: ['MA'],
  weeklyHours: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '09:00', end: '10:00' },
    { weekday, start: '13:00', end: '14:00' },
  ]),
  timeOff: [{ from: '2026-03-04', to: '2026-03-04', note: 'Conference' }],
};

beforeAll(async () => {
  tc = await createCaseTestContext();
  const officeId = await createOffice(tc, 'Pacific Office');
  const otherId = await createOffice(tc, 'Other Office');
  await createUser(tc, { userName: 'p2p.office', role: 'office_user', officeId });
  await createUser(tc, { userName: 'p2p.other', role: 'office_user', officeId: otherId });
  await createUser(tc, { userName: 'p2p.md', role: 'medical_director' });
  directorId = await userIdByName(tc, 'p2p.md');
  await addOfficePractitioners(tc, officeId, await userIdByName(tc, 'p2p.office'), [demoOrthopedicSurgeon]);
  office = await signIn(tc, 'p2p.office');
  otherOffice = await signIn(tc, 'p2p.other');
  director = await signIn(tc, 'p2p.md');
});
afterAll(async () => {
  await tc.close();
});

/** A lumbar injection without enough conservative care, denied by the medical director today. */
async function deniedCase(): Promise<{ caseId: string; caseNumber: string }> {
  const result = await requestAndSubmitCase(tc, office, { ...wellsenseLumbarEsi('2026-03-16', { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }), criteriaNotMet: { choice: 'notes', notes: 'Therapy notes to follow.' } });
  const caseId = result.caseId;
  const current = (await director.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();
  const claimed = (await director.post(`/api/review/cases/${caseId}/claim`, { version: current.version })).json<ReviewCaseView>();
  const denied = await director.post(`/api/review/cases/${caseId}/decision`, { version: claimed.version, action: 'deny', reason: 'Three weeks of therapy only.', criteriaIds: ['conservative-care'] });
  expect(denied.statusCode, denied.body).toBe(200);
  return { caseId, caseNumber: claimed.caseNumber };
}

const booking = (caseIds: string[], slot: { reviewerUserId: string; startsAt: string }) => ({
  caseIds,
  slot,
  timeZone: 'America/Los_Angeles',
  performer: { kind: 'requesting_provider', name: 'Dr. Amara Okonkwo', credential: 'MD' },
  phone: '(617) 555-0142',
  phoneExtension: '12',
  email: 'frontdesk@pacific.example',
  contactInstructions: 'Select option 4, ask for Dr. Okonkwo',
  callNotes: [{ kind: 'Caller requested MD Specialty match' }],
});

const firstSlots = (view: SlotsView) => view.groups.flatMap((group) => group.days.flatMap((day) => day.slots));

describe('reviewer availability', () => {
  it('a medical director saves a zone, skills, weekly hours and time off; bad hours are refused next to the field', async () => {
    const bad = await director.put('/api/p2p/availability', { ...availability, weeklyHours: [{ weekday: 1, start: '10:00', end: '09:00' }, { weekday: 2, start: '09:10', end: '10:00' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ApiError>().error.fields).toEqual({ 'weeklyHours.0.end': 'End after the start time.', 'weeklyHours.1.start': 'Start on a quarter hour (:00, :15, :30 or :45).' });
    const saved = await director.put('/api/p2p/availability', availability);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<AvailabilityView>()).toMatchObject({ timeZone: 'America/New_York', published: true, timeOff: [{ from: '2026-03-04', to: '2026-03-04', note: 'Conference' }] });
    expect((await director.get('/api/p2p/availability')).json<AvailabilityView>().weeklyHours).toHaveLength(10);
    expect((await office.get('/api/p2p/availability')).statusCode).toBe(403);
  });
});

describe('booking a P2P', () => {

  let appointment: AppointmentView;

  it('checks the case by number and DOB, then lists the Eastern reviewer’s slots in the office’s Pacific time', async () => {
    denied = await deniedCase();
    const detail = (await office.get(`/api/cases/${denied.caseId}/detail`)).json<CaseDetail>();
    expect(detail.postDecisionOptions.some((option) => option.kind === 'peer_to_peer' && option.open)).toBe(true);

    const wrongDob = await office.post('/api/p2p/cases', { cases: [{ caseNumber: denied.caseNumber, dateOfBirth: '1970-01-01' }] });
    expect(wrongDob.json<ApiError>().error.fields).toEqual({ 'cases.0.caseNumber': 'No case of your office has this number and member date of birth.' });
    const checked = (await office.post('/api/p2p/cases', { cases: [{ caseNumber: denied.caseNumber, dateOfBirth: sullivan.dateOfBirth }] })).json<{ cases: P2pCaseView[] }>().cases;
    expect(checked[0]).toMatchObject({ eligible: true, level: 'peer_to_peer', member: { state: 'MA' } });
    expect(checked[0]!.member.name).toContain('Sullivan');
    expect(checked[0]!.validUntil).toMatch(/^2026-\d\d-\d\d$/);

    const unconfirmed = await office.get(`/api/p2p/slots?caseIds=${denied.caseId}&weekStart=2026-03-02`);
    expect(unconfirmed.json<ApiError>().error.fields).toEqual({ timeZone: 'Confirm your time zone first.' });
    expect((await office.put('/api/p2p/time-zone', { timeZone: 'Mars/Olympus' })).statusCode).toBe(400);
    expect((await office.put('/api/p2p/time-zone', { timeZone: 'America/Los_Angeles' })).statusCode).toBe(200);

    const slots = (await office.get(`/api/p2p/slots?caseIds=${denied.caseId}&weekStart=2026-03-02`)).json<SlotsView>();
    expect(slots.groups.map((group) => group.label)).toEqual(['1st Priority by Skill']);
    const days = slots.groups[0]!.days;
    // Now is Monday 9:00 Eastern: the rest of Monday; Wednesday is time off.
    expect(days[0]!.slots.map((slot) => slot.startsAt)).toEqual(['2026-03-02T14:15:00.000Z', '2026-03-02T14:30:00.000Z', '2026-03-02T14:45:00.000Z', '2026-03-02T18:00:00.000Z', '2026-03-02T18:15:00.000Z', '2026-03-02T18:30:00.000Z', '2026-03-02T18:45:00.000Z']);
    expect(days[2]!).toEqual({ date: '2026-03-04', slots: [] });
    expect(days[1]!.slots[0]).toMatchObject({ reviewerUserId: directorId, startsAt: '2026-03-03T14:00:00.000Z' });

    // After the change to daylight time the same 9:00 Eastern is still 6:00 Pacific, an hour earlier in UTC.
    const afterChange = (await office.get(`/api/p2p/slots?caseIds=${denied.caseId}&weekStart=2026-03-09&days=1&hours=6`)).json<SlotsView>();
    expect(firstSlots(afterChange).map((slot) => slot.startsAt)).toEqual(['2026-03-09T13:00:00.000Z', '2026-03-09T13:15:00.000Z', '2026-03-09T13:30:00.000Z', '2026-03-09T13:45:00.000Z']);
  });

  it('books a slot once: two offices clicking at the same moment leave one booking, the other gets 409 and fresh slots', async () => {
    const slot = { reviewerUserId: directorId, startsAt: '2026-03-03T14:00:00.000Z' };
    const results = await Promise.all([office.post('/api/p2p/appointments', booking([denied.caseId], slot)), office.post('/api/p2p/appointments', booking([denied.caseId], slot))]);
    expect(results.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const refused = results.find((response) => response.statusCode === 409)!.json<SlotsError>().error;
    expect(refused.message).toBe('That time was just booked by someone else. Choose another time: the free times are shown again.');
    expect(firstSlots(refused.details!.slots!).map((free) => free.startsAt)).not.toContain(slot.startsAt);
    appointment = results.find((response) => response.statusCode === 201)!.json<AppointmentView>();
    expect(appointment).toMatchObject({ status: 'booked', startsAt: slot.startsAt, requesterTimeZone: 'America/Los_Angeles', reviewerTimeZone: 'America/New_York', cases: [{ caseNumber: denied.caseNumber, level: 'peer_to_peer' }] });
    expect(await tc.ctx.db.select().from(p2pAppointments).where(and(eq(p2pAppointments.reviewerUserId, directorId), eq(p2pAppointments.status, 'booked')))).toHaveLength(1);
    const later = (await office.get(`/api/p2p/slots?caseIds=${denied.caseId}&weekStart=2026-03-02`)).json<SlotsView>();
    expect(firstSlots(later).map((free) => free.startsAt)).not.toContain(slot.startsAt);
  });

  it('emails the requester and the reviewer with the case number and time only, and notes it on the case', async () => {
    const [toOffice] = await messagesTo(tc, 'frontdesk@pacific.example', 'p2p.scheduled');
    expect(toOffice!.body).toContain(denied.caseNumber);
    expect(toOffice!.body).toMatch(/Tue, Mar 3, 2026, 6:00 AM PST/);
    const [toReviewer] = await messagesTo(tc, 'p2p.md@example.test', 'p2p.scheduled');
    expect(toReviewer!.body).toMatch(/Tue, Mar 3, 2026, 9:00 AM EST/);
    const all = await messagesTo(tc, 'frontdesk@pacific.example');
    for (const message of all) {
      expect(message.body).not.toMatch(/Sullivan|1969|M54|62323|therapy/i);
    }
    const detail = (await office.get(`/api/cases/${denied.caseId}/detail`)).json<CaseDetail>();
    expect(detail.history.map((event) => event.description)).toContain('Peer-to-peer scheduled for Tue, Mar 3, 2026, 6:00 AM PST');
    // P2P Status in each side's zone; no eligibility row while "P2P availability" says the P2P may change the decision.
    expect(detail.p2p).toMatchObject({ status: 'Scheduled for Tue, Mar 3, 2026, 6:00 AM PST with Dr. Test p2p.md', eligibilityResult: null, level: 'peer_to_peer' });
    const reviewed = (await director.get(`/api/review/cases/${denied.caseId}`)).json<ReviewCaseView>();
    expect(reviewed.determination!.p2pStatus).toBe('Scheduled for Tue, Mar 3, 2026, 9:00 AM EST with Dr. Test p2p.md');
    const audits = await tc.ctx.db.select().from(auditEvents).where(eq(auditEvents.action, 'p2p.scheduled'));
    expect(audits.length).toBeGreaterThan(0);
  });

  it('keeps another office out (404) and refuses a case with no open P2P', async () => {
    expect((await otherOffice.get(`/api/p2p/appointments/${appointment.id}`)).statusCode).toBe(404);
    await otherOffice.put('/api/p2p/time-zone', { timeZone: 'America/New_York' });
    const foreign = await otherOffice.post('/api/p2p/appointments', booking([denied.caseId], { reviewerUserId: directorId, startsAt: '2026-03-03T14:15:00.000Z' }));
    expect(foreign.statusCode).toBe(404);
    expect((await otherOffice.get(`/api/p2p/slots?caseIds=${denied.caseId}&weekStart=2026-03-02`)).statusCode).toBe(404);

    const pending = await requestAndSubmitCase(tc, office, { ...wellsenseLumbarEsi('2026-03-17', { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }), criteriaNotMet: { choice: 'notes', notes: 'Notes to follow.' } });
    const refused = await office.post('/api/p2p/appointments', booking([pending.caseId], { reviewerUserId: directorId, startsAt: '2026-03-03T14:15:00.000Z' }));
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ApiError>().error.message).toMatch(/cannot have a peer-to-peer now: This case has no decision a peer-to-peer could discuss\./);
  });

  it('reschedules to a new slot, freeing the old one, and cancels with a reason; the reviewer sees each change', async () => {
    const moved = await office.post(`/api/p2p/appointments/${appointment.id}/reschedule`, { version: appointment.version, slot: { reviewerUserId: directorId, startsAt: '2026-03-05T18:00:00.000Z' } });
    expect(moved.statusCode, moved.body).toBe(200);
    appointment = moved.json<AppointmentView>();
    expect(appointment).toMatchObject({ status: 'booked', startsAt: '2026-03-05T18:00:00.000Z' });
    const free = firstSlots((await office.get(`/api/p2p/slots?caseIds=${denied.caseId}&weekStart=2026-03-02`)).json<SlotsView>()).map((slot) => slot.startsAt);
    expect(free).toContain('2026-03-03T14:00:00.000Z');
    expect(free).not.toContain('2026-03-05T18:00:00.000Z');

    let calendar = (await director.get('/api/p2p/appointments')).json<{ appointments: AppointmentView[] }>().appointments;
    expect(calendar.map((one) => [one.startsAt, one.status])).toEqual([['2026-03-05T18:00:00.000Z', 'booked']]);
    expect((await messagesTo(tc, 'frontdesk@pacific.example', 'p2p.rescheduled'))[0]!.body).toContain('Thu, Mar 5, 2026, 10:00 AM PST');

    expect((await office.post(`/api/p2p/appointments/${appointment.id}/cancel`, { version: appointment.version, reason: '' })).json<ApiError>().error.fields).toEqual({ reason: 'Cancellation reason is required.' });
    const cancelled = await office.post(`/api/p2p/appointments/${appointment.id}/cancel`, { version: appointment.version, reason: 'The surgeon is in the operating room that day.' });
    expect(cancelled.json<AppointmentView>()).toMatchObject({ status: 'cancelled', cancelReason: 'The surgeon is in the operating room that day.' });
    calendar = (await director.get('/api/p2p/appointments')).json<{ appointments: AppointmentView[] }>().appointments;
    expect(calendar[0]).toMatchObject({ status: 'cancelled', cancelReason: 'The surgeon is in the operating room that day.' });
    const [cancelMail] = await messagesTo(tc, 'frontdesk@pacific.example', 'p2p.cancelled');
    expect(cancelMail!.body).not.toContain('operating room');
  });

  it('the reviewer records the outcome after the call', async () => {
    const booked = (await office.post('/api/p2p/appointments', booking([denied.caseId], { reviewerUserId: directorId, startsAt: '2026-03-03T14:15:00.000Z' }))).json<AppointmentView>();
    const upheld = { version: booked.version, cases: [{ caseId: denied.caseId, outcome: 'upheld' }] };
    const early = await director.post(`/api/p2p/appointments/${booked.id}/outcome`, upheld);
    expect(early.json<ApiError>().error.message).toBe('Record the outcome once the call has started.');
    tc.clock.set(new Date('2026-03-03T14:20:00Z'));
    director = await signIn(tc, 'p2p.md');
    const recorded = await director.post(`/api/p2p/appointments/${booked.id}/outcome`, { ...upheld, note: 'Discussed the therapy record.' });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json<AppointmentView>()).toMatchObject({ status: 'completed', outcome: 'upheld', outcomeDue: false, cases: [{ caseId: denied.caseId, outcome: 'upheld' }] });
    office = await signIn(tc, 'p2p.office');
    const detail = (await office.get(`/api/cases/${denied.caseId}/detail`)).json<CaseDetail>();
    expect(detail.history.map((event) => event.description)).toContain('Peer-to-peer held: Decision upheld');
  });
});

describe('pre-decision clinical consultation (Medicare)', () => {
  it('books a consultation with the same scheduler, only before the pre-decision hold is due', async () => {
    const tremblay = { patientId: '900000302', dateOfBirth: '1950-12-07', lastName: 'Tremblay' };
    const { caseId } = await requestAndSubmitCase(tc, office, { ...wellsenseLumbarEsi('2026-03-23', { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }), member: tremblay, criteriaNotMet: { choice: 'notes', notes: 'Notes to follow.' } });
    let review = (await director.get(`/api/review/cases/${caseId}`)).json<ReviewCaseView>();
    review = (await director.post(`/api/review/cases/${caseId}/claim`, { version: review.version })).json<ReviewCaseView>();
    const criteriaIds = review.criteria.filter((criterion) => criterion.result !== 'met').map((criterion) => criterion.id);
    const noticed = await director.post(`/api/review/cases/${caseId}/pre-decision-notice`, { version: review.version, reason: 'Six weeks of conservative care are needed first.', criteriaIds, calledProvider: true });
    expect(noticed.statusCode, noticed.body).toBe(200);
    const dueAt = noticed.json<ReviewCaseView>().hold!.dueAt;
    const caseNumber = review.caseNumber;

    const [checked] = (await office.post('/api/p2p/cases', { cases: [{ caseNumber, dateOfBirth: tremblay.dateOfBirth }] })).json<{ cases: P2pCaseView[] }>().cases;
    expect(checked).toMatchObject({ eligible: true, level: 'pre_decision', levelLabel: 'Pre-Decision Clinical Consultation', windowEndsAt: dueAt });
    // Not in one appointment with a case already decided (one whose P2P is still open).
    const decided = await deniedCase();
    const mixed = await office.get(`/api/p2p/slots?caseIds=${caseId},${decided.caseId}&weekStart=2026-03-02`);
    expect(mixed.json<ApiError>().error.message).toBe('A consultation before a decision is booked on its own: schedule it apart from cases already decided.');

    const slots = firstSlots((await office.get(`/api/p2p/slots?caseIds=${caseId}&weekStart=2026-03-02`)).json<SlotsView>());
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      expect(new Date(slot.startsAt).getTime() + 15 * 60_000).toBeLessThanOrEqual(new Date(dueAt).getTime());
    }
    const last = slots.at(-1)!;
    const booked = await office.post('/api/p2p/appointments', booking([caseId], { reviewerUserId: last.reviewerUserId, startsAt: last.startsAt }));
    expect(booked.statusCode, booked.body).toBe(201);
    expect(booked.json<AppointmentView>()).toMatchObject({ purpose: 'pre_decision', cases: [{ level: 'pre_decision' }] });
  });
});


describe('the first week of slots', () => {
  it('without weekStart starts at the server clock’s today in the requester’s zone, not the browser’s or UTC’s', async () => {
    const { caseId } = await deniedCase();
    const [row] = await tc.ctx.db.select({ officeId: users.officeId }).from(users).where(eq(users.userName, 'p2p.office'));
    // Fresh people of the Pacific office: signing in after the clock moves replays no one's authenticator code.
    await createUser(tc, { userName: 'p2p.first.pacific', role: 'office_user', officeId: row!.officeId });
    await createUser(tc, { userName: 'p2p.first.eastern', role: 'office_user', officeId: row!.officeId });
    const before = tc.clock.now();
    // 06:00 UTC next day: still the evening before on the Pacific coast, already that day in the East.
    const moved = new Date(`${new Date(before.getTime() + 86_400_000).toISOString().slice(0, 10)}T06:00:00Z`);
    const utcDay = moved.toISOString().slice(0, 10);
    const pacificDay = new Date(moved.getTime() - 86_400_000).toISOString().slice(0, 10);
    tc.clock.set(moved);
    try {
      const pacific = await signIn(tc, 'p2p.first.pacific');
      const eastern = await signIn(tc, 'p2p.first.eastern');
      expect((await pacific.put('/api/p2p/time-zone', { timeZone: 'America/Los_Angeles' })).statusCode).toBe(200);
      expect((await eastern.put('/api/p2p/time-zone', { timeZone: 'America/New_York' })).statusCode).toBe(200);

      const west = await pacific.get(`/api/p2p/slots?caseIds=${caseId}`);
      expect(west.statusCode, west.body).toBe(200);
      expect(west.json<SlotsView>()).toMatchObject({ timeZone: 'America/Los_Angeles', weekStart: pacificDay });
      for (const group of west.json<SlotsView>().groups) {
        expect(group.days[0]!.date).toBe(pacificDay);
      }
      const east = (await eastern.get(`/api/p2p/slots?caseIds=${caseId}`)).json<SlotsView>();
      expect(east).toMatchObject({ timeZone: 'America/New_York', weekStart: utcDay });
      // A week asked for by its start is still that week.
      expect((await pacific.get(`/api/p2p/slots?caseIds=${caseId}&weekStart=${utcDay}`)).json<SlotsView>().weekStart).toBe(utcDay);
    } finally {
      // Tests after this one go on from the time they expect, with their sessions still fresh.
      tc.clock.set(before);
    }
  });
});
