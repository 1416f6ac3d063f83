import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { DECISIVE_P2P_OUTCOMES, P2P_OUTCOME_LABELS, type AppointmentView, type bookingSchema, type cancelSchema, type outcomeSchema, type rescheduleSchema } from '../../contracts/p2p.ts';
import type { Transaction } from '../../db/client.ts';
import { p2pAppointmentCases, p2pAppointments, reviewerProfiles } from '../../db/schema/post-decision.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { actorMay } from '../../domain/access/policy.ts';
import { dateInZone, isValidTimeZone } from '../../domain/calendar/time-zone.ts';
import { SLOT_MINUTES } from '../../domain/p2p/weekly-hours.ts';
import { DomainError, invalid, notFound } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudits } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { decideByPeerToPeer } from '../post-decision/peer-to-peer-outcome.ts';
import { recordCaseEvent, type CaseEventKind } from '../review/case-events.ts';
import { appointmentViews, memberIdsOf, type AppointmentRow } from './appointment-view.ts';
import { alreadyScheduled, eligibleP2pCases, type P2pCase } from './p2p-cases.ts';
import { notifyP2pChange, slotWords, type P2pChange } from './p2p-messages.ts';
import { isFreeSlot, weekOfSlots } from './slots.ts';
import { requireSchedulerTimeZone } from './time-zone.ts';

const SYSTEM = { kind: 'system' } as const;
const SLOT_TAKEN = 'That time was just booked by someone else. Choose another time: the free times are shown again.';

/** Thrown inside the booking's transaction so it rolls back; answered as 409 with fresh slots. */
class SlotTaken extends Error {}

/** The partial unique index on (reviewer, start) of booked appointments refused a second booking. */
function isUniqueViolation(error: unknown): boolean {
  for (let current = error; current instanceof Error || (typeof current === 'object' && current !== null); current = (current as { cause?: unknown }).cause) {
    if ((current as { code?: unknown }).code === '23505') {
      return true;
    }
  }
  return false;
}

/**
 * Runs a booking change; a slot taken meanwhile (seen in the transaction, or refused by the
 * database when two arrive at the same moment) becomes a clear 409 carrying that week's free slots.
 */
async function claimingSlot<T>(ctx: AppContext, actor: Actor, caseIds: readonly string[], startsAt: Date, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (!(error instanceof SlotTaken) && !isUniqueViolation(error)) {
      throw error;
    }
    const timeZone = await requireSchedulerTimeZone(ctx, actor);
    const found = await eligibleP2pCases(ctx, ctx.db, actor.officeId as string, caseIds);
    const slots = await weekOfSlots(ctx, ctx.db, found, dateInZone(startsAt, timeZone), timeZone);
    throw new DomainError('conflict', SLOT_TAKEN, undefined, { slots });
  }
}

async function reviewerContact(tx: Transaction, userId: string): Promise<{ email: string; timeZone: string; userId: string }> {
  const [reviewer] = await tx.select({ email: users.email, timeZone: reviewerProfiles.timeZone }).from(users).innerJoin(reviewerProfiles, eq(reviewerProfiles.userId, users.id)).where(eq(users.id, userId));
  if (!reviewer) {
    throw notFound('The reviewer');
  }
  return { ...reviewer, userId };
}

/** The events, emails and audit every change of an appointment leaves, in its transaction. */
async function recordChange(
  ctx: AppContext,
  tx: Transaction,
  actor: Actor,
  row: AppointmentRow,
  change: P2pChange | 'outcome',
  details: Record<string, unknown> = {},
  detailsOfCase: (caseId: string) => Record<string, unknown> = () => ({}),
): Promise<void> {
  const linked = await memberIdsOf(tx, [row.id]);
  const views = await appointmentViews(tx, [row], { now: ctx.clock.now(), reviewerSide: false });
  const caseNumbers = views[0]!.cases.map((one) => one.caseNumber);
  const kind: CaseEventKind = change === 'outcome' ? 'p2p_outcome' : `p2p_${change}`;
  for (const link of linked) {
    await recordCaseEvent(tx, ctx.clock, {
      caseId: link.caseId,
      actorUserId: actor.userId,
      kind,
      officeVisible: true,
      details: { appointmentId: row.id, when: `${slotWords(row.startsAt, row.requesterTimeZone)}`, ...details, ...detailsOfCase(link.caseId) },
    });
  }
  if (change !== 'outcome') {
    const reviewer = await reviewerContact(tx, row.reviewerUserId);
    const byReviewer = change === 'cancelled' && row.cancelledBy === 'reviewer';
    // The contact email given with the booking, and the person who booked when that is another address.
    const [requester] = await tx.select({ email: users.email }).from(users).where(eq(users.id, row.requestedByUserId));
    const officeSide = [...new Set([row.email, requester?.email].filter((email): email is string => Boolean(email)))].map((email) => ({ email, timeZone: row.requesterTimeZone, officeId: row.officeId }));
    await notifyP2pChange(ctx, tx, byReviewer ? 'cancelled_by_reviewer' : change, caseNumbers, row.startsAt, [...officeSide, reviewer]);
  }
  await recordAudits(
    tx,
    ctx.clock,
    linked.map((link) => ({
      action: `p2p.${change}`,
      outcome: 'success' as const,
      actor,
      officeId: row.officeId,
      objectType: 'p2p_appointment',
      objectId: row.id,
      memberId: link.memberId ?? undefined,
      details: { caseId: link.caseId, startsAt: row.startsAt.toISOString(), ...details, ...detailsOfCase(link.caseId) },
    })),
  );
}

async function claimFreeSlot(ctx: AppContext, tx: Transaction, found: readonly P2pCase[], reviewerUserId: string, startsAt: Date): Promise<void> {
  if (!(await isFreeSlot(ctx, tx, found, reviewerUserId, startsAt))) {
    throw new SlotTaken();
  }
}

async function lockCases(tx: Transaction, found: readonly P2pCase[]): Promise<void> {
  await tx.execute(sql`select id from cases where id in (${sql.join(found.map((one) => sql`${one.row.id}`), sql`, `)}) for update`);
}

/** A case is booked once at a time (the caller holds its row lock). */
async function refuseScheduledCases(tx: Transaction, found: readonly P2pCase[]): Promise<void> {
  const scheduled = await alreadyScheduled(tx, found.map((one) => one.row.id));
  const taken = found.find((one) => scheduled.has(one.row.id));
  if (taken) {
    throw new DomainError('conflict', `Case ${taken.view.caseNumber}: ${scheduled.get(taken.row.id)!}`);
  }
}

const endOf = (startsAt: Date) => new Date(startsAt.getTime() + SLOT_MINUTES * 60_000);

/** POST /api/p2p/appointments: books a slot for one or more of the office's cases. */
export async function bookAppointment(ctx: AppContext, actor: Actor, input: z.output<typeof bookingSchema>): Promise<AppointmentView> {
  await authorize(ctx, actor, 'p2p.request', ownOffice(actor));
  const officeId = actor.officeId as string;
  await requireSchedulerTimeZone(ctx, actor);
  if (!isValidTimeZone(input.timeZone)) {
    throw invalid('Choose your time zone from the list.', { timeZone: 'Choose your time zone from the list.' });
  }
  const startsAt = new Date(input.slot.startsAt);
  const row = await claimingSlot(ctx, actor, input.caseIds, startsAt, () =>
    ctx.db.transaction(async (tx) => {
      const found = await eligibleP2pCases(ctx, tx, officeId, input.caseIds);
      // Locked first, so a second booking of these cases waits for the first and then sees it.
      await lockCases(tx, found);
      await claimFreeSlot(ctx, tx, found, input.slot.reviewerUserId, startsAt);
      await refuseScheduledCases(tx, found);
      const now = ctx.clock.now();
      const [booked] = await tx
        .insert(p2pAppointments)
        .values({
          reviewerUserId: input.slot.reviewerUserId,
          officeId,
          requestedByUserId: actor.userId,
          purpose: found[0]!.view.level === 'pre_decision' ? 'pre_decision' : 'post_decision',
          startsAt,
          endsAt: endOf(startsAt),
          status: 'booked',
          performer: { kind: input.performer.kind, name: input.performer.name, credential: input.performer.credential ?? null },
          phone: input.phone,
          phoneExtension: input.phoneExtension ?? null,
          alternatePhone: input.alternatePhone ?? null,
          email: input.email,
          contactInstructions: input.contactInstructions ?? null,
          callNotes: input.callNotes.map((note) => ({ kind: note.kind, date: note.date ?? null, text: note.text ?? null })),
          requesterTimeZone: input.timeZone,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await tx.insert(p2pAppointmentCases).values(found.map((one) => ({ appointmentId: booked!.id, caseId: one.row.id, level: one.view.level!, validUntil: one.view.validUntil })));
      await recordChange(ctx, tx, actor, booked!, 'scheduled');
      return booked!;
    }),
  );
  return (await viewsFor(ctx, actor, [row]))[0]!;
}

/** The appointment as the actor may see it: the office's own, or (medical director) one they hold; otherwise not found. */
async function visibleAppointment(ctx: AppContext, tx: Transaction | AppContext['db'], actor: Actor, appointmentId: string): Promise<AppointmentRow> {
  const [row] = await tx.select().from(p2pAppointments).where(eq(p2pAppointments.id, appointmentId));
  const reviewerSide = actorMay(actor, 'p2p.review');
  if (!row || (reviewerSide ? row.reviewerUserId !== actor.userId : row.officeId !== actor.officeId)) {
    throw notFound('The appointment');
  }
  return row;
}

/** The views the actor sees: the reviewer's with the lines a due call could overturn in part. */
const viewsFor = (ctx: AppContext, actor: Actor, rows: readonly AppointmentRow[]) => appointmentViews(ctx.db, rows, { now: ctx.clock.now(), reviewerSide: actorMay(actor, 'p2p.review') });

async function authorizeEither(ctx: AppContext, actor: Actor): Promise<void> {
  await authorize(ctx, actor, actorMay(actor, 'p2p.review') ? 'p2p.review' : 'p2p.request', actorMay(actor, 'p2p.review') ? SYSTEM : ownOffice(actor));
}

/** Writes a change only over the version the person saw: a change made meanwhile answers 409. */
async function updateAppointment(tx: Transaction, row: AppointmentRow, version: number, set: Partial<AppointmentRow>, now: Date): Promise<AppointmentRow> {
  if (row.version !== version) {
    throw new DomainError('conflict', 'This appointment was changed meanwhile: open it again to see the latest.');
  }
  const [updated] = await tx
    .update(p2pAppointments)
    .set({ ...set, version: row.version + 1, updatedAt: now })
    .where(and(eq(p2pAppointments.id, row.id), eq(p2pAppointments.version, version)))
    .returning();
  if (!updated) {
    throw new DomainError('conflict', 'This appointment was changed meanwhile: open it again to see the latest.');
  }
  return updated;
}

function requireBooked(row: AppointmentRow): void {
  if (row.status !== 'booked') {
    throw new DomainError('conflict', `This appointment is ${row.status} and can no longer be changed.`);
  }
}

/** Moves a booked appointment to a new free slot; the old slot is free again in the same transaction. */
export async function rescheduleAppointment(ctx: AppContext, actor: Actor, appointmentId: string, input: z.output<typeof rescheduleSchema>): Promise<AppointmentView> {
  await authorize(ctx, actor, 'p2p.request', ownOffice(actor));
  const startsAt = new Date(input.slot.startsAt);
  // The new time was picked in the person's zone now (they may have changed it since booking).
  const timeZone = await requireSchedulerTimeZone(ctx, actor);
  const current = await visibleAppointment(ctx, ctx.db, actor, appointmentId);
  const caseIds = (await memberIdsOf(ctx.db, [current.id])).map((link) => link.caseId);
  const row = await claimingSlot(ctx, actor, caseIds, startsAt, () =>
    ctx.db.transaction(async (tx) => {
      const before = await visibleAppointment(ctx, tx, actor, appointmentId);
      requireBooked(before);
      const found = await eligibleP2pCases(ctx, tx, before.officeId, caseIds);
      // Freed first, so the same reviewer's neighbouring slot (or this one) can be chosen.
      await tx.update(p2pAppointments).set({ status: 'cancelled' }).where(eq(p2pAppointments.id, before.id));
      await claimFreeSlot(ctx, tx, found, input.slot.reviewerUserId, startsAt);
      const moved = await updateAppointment(tx, before, input.version, { status: 'booked', reviewerUserId: input.slot.reviewerUserId, startsAt, endsAt: endOf(startsAt), requesterTimeZone: timeZone }, ctx.clock.now());
      await recordChange(ctx, tx, actor, moved, 'rescheduled', { from: before.startsAt.toISOString() });
      return moved;
    }),
  );
  return (await viewsFor(ctx, actor, [row]))[0]!;
}

/**
 * Cancels with a reason (kept on the appointment, never put in an email): the office, or the
 * reviewer who cannot keep the time. Either way the slot is free again and the cases stay open
 * for the office to book another time within their window.
 */
export async function cancelAppointment(ctx: AppContext, actor: Actor, appointmentId: string, input: z.output<typeof cancelSchema>): Promise<AppointmentView> {
  await authorizeEither(ctx, actor);
  const cancelledBy = actorMay(actor, 'p2p.review') ? 'reviewer' : 'office';
  const row = await ctx.db.transaction(async (tx) => {
    const before = await visibleAppointment(ctx, tx, actor, appointmentId);
    requireBooked(before);
    const cancelled = await updateAppointment(tx, before, input.version, { status: 'cancelled', cancelReason: input.reason, cancelledBy }, ctx.clock.now());
    await recordChange(ctx, tx, actor, cancelled, 'cancelled', { reason: input.reason, by: cancelledBy });
    return cancelled;
  });
  return (await viewsFor(ctx, actor, [row]))[0]!;
}

type OutcomeInput = z.output<typeof outcomeSchema>;
type CaseOutcome = OutcomeInput['cases'][number];

/**
 * Each case of the call with its outcome: every case once, and only a case whose level of review
 * may change the decision overturned (a consultative-only or pre-decision conversation cannot).
 */
function outcomesPerCase(links: ReadonlyArray<{ caseId: string; level: string }>, input: OutcomeInput): Array<CaseOutcome & { level: string }> {
  const chosen = new Map(input.cases.map((one) => [one.caseId, one]));
  if (chosen.size !== input.cases.length || links.length !== chosen.size || links.some((link) => !chosen.has(link.caseId))) {
    throw invalid('Choose the outcome for each case of the call.', { cases: 'Choose the outcome for each case of the call.' });
  }
  return links.map((link) => {
    const one = chosen.get(link.caseId)!;
    if (link.level !== 'peer_to_peer' && DECISIVE_P2P_OUTCOMES.includes(one.outcome)) {
      const message = 'This conversation was consultative only: it cannot change the decision.';
      // The field is named by the case's place in what the reviewer sent.
      throw new DomainError('validation', message, { [`cases.${input.cases.indexOf(one)}.outcome`]: 'Choose upheld or consultative only.' });
    }
    return { ...one, level: link.level };
  });
}

/**
 * The reviewer records how the call ended, case by case. On a case whose P2P may change the
 * decision, upheld or an overturn is that case's peer-to-peer decision (`decideByPeerToPeer`:
 * an overturn changes the determination with its letters), in the same transaction.
 */
export async function recordOutcome(ctx: AppContext, actor: Actor, appointmentId: string, input: OutcomeInput): Promise<AppointmentView> {
  await authorize(ctx, actor, 'p2p.review', SYSTEM);
  const row = await ctx.db.transaction(async (tx) => {
    const before = await visibleAppointment(ctx, tx, actor, appointmentId);
    requireBooked(before);
    if (ctx.clock.now().getTime() < before.startsAt.getTime()) {
      throw new DomainError('conflict', 'Record the outcome once the call has started.');
    }
    const links = await tx.select({ caseId: p2pAppointmentCases.caseId, level: p2pAppointmentCases.level }).from(p2pAppointmentCases).where(eq(p2pAppointmentCases.appointmentId, before.id));
    const outcomes = outcomesPerCase(links, input);
    const completed = await updateAppointment(tx, before, input.version, { status: 'completed', outcomeNote: input.note ?? null }, ctx.clock.now());
    for (const one of outcomes) {
      await tx
        .update(p2pAppointmentCases)
        .set({ outcome: one.outcome })
        .where(and(eq(p2pAppointmentCases.appointmentId, before.id), eq(p2pAppointmentCases.caseId, one.caseId)));
    }
    await recordChange(ctx, tx, actor, completed, 'outcome', {}, (caseId) => {
      const outcome = outcomes.find((one) => one.caseId === caseId)!.outcome;
      return { outcome, outcomeLabel: P2P_OUTCOME_LABELS[outcome] };
    });
    for (const one of outcomes) {
      if (one.level === 'peer_to_peer' && one.outcome !== 'consultative_only') {
        await decideByPeerToPeer(ctx, tx, actor, { caseId: one.caseId, appointment: before, outcome: one.outcome, reason: input.note ?? null, lines: one.lines });
      }
    }
    return completed;
  });
  return (await viewsFor(ctx, actor, [row]))[0]!;
}

/** My P2P Requests (the office's), or the medical director's P2P calendar (those they hold), soonest first. */
export async function listAppointments(ctx: AppContext, actor: Actor): Promise<{ appointments: AppointmentView[] }> {
  await authorizeEither(ctx, actor);
  const scope = actorMay(actor, 'p2p.review') ? eq(p2pAppointments.reviewerUserId, actor.userId) : eq(p2pAppointments.officeId, actor.officeId as string);
  const rows = await ctx.db.select().from(p2pAppointments).where(scope).orderBy(asc(p2pAppointments.startsAt)).limit(500);
  await auditRead(ctx, actor, rows);
  return { appointments: await viewsFor(ctx, actor, rows) };
}

export async function getAppointment(ctx: AppContext, actor: Actor, appointmentId: string): Promise<AppointmentView> {
  await authorizeEither(ctx, actor);
  const row = await visibleAppointment(ctx, ctx.db, actor, appointmentId);
  await auditRead(ctx, actor, [row]);
  return (await viewsFor(ctx, actor, [row]))[0]!;
}

async function auditRead(ctx: AppContext, actor: Actor, rows: readonly AppointmentRow[]): Promise<void> {
  const linked = await memberIdsOf(ctx.db, rows.map((row) => row.id));
  if (linked.length === 0) {
    return;
  }
  await ctx.db.transaction((tx) =>
    recordAudits(
      tx,
      ctx.clock,
      linked.map((link) => ({ action: 'p2p.read', outcome: 'success' as const, actor, objectType: 'p2p_appointment', objectId: link.appointmentId, memberId: link.memberId ?? undefined, details: { caseId: link.caseId } })),
    ),
  );
}

