import { and, eq, gt, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { slotsQuerySchema, SlotsView, SlotView } from '../../contracts/p2p.ts';
import type { Queryable } from '../../db/client.ts';
import { p2pAppointments, reviewerProfiles, reviewerTimeOff, reviewerWeeklyHours } from '../../db/schema/post-decision.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { addDays, type IsoDate } from '../../domain/calendar/iso-date.ts';
import { dateInZone } from '../../domain/calendar/time-zone.ts';
import { skillPriority } from '../../domain/p2p/skill-priority.ts';
import { slotsFor, type ReviewerCalendar } from '../../domain/p2p/slots.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudits } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { eligibleP2pCases, windowOfAll, type P2pCase } from './p2p-cases.ts';
import { requireSchedulerTimeZone } from './time-zone.ts';

const PRIORITY_LABELS = ['1st Priority by Skill', '2nd Priority by Skill', '3rd Priority by Skill'];

export interface Preferences {
  days?: readonly number[] | undefined;
  hours?: readonly number[] | undefined;
}

interface Reviewer {
  userId: string;
  name: string;
  priority: number;
  calendar: ReviewerCalendar;
}

/** The medical directors trained for these cases, with their calendars from `now` on; `only` narrows to one. */
export async function reviewersFor(ctx: AppContext, db: Queryable, found: readonly P2pCase[], only?: string): Promise<Reviewer[]> {
  const profiles = await db
    .select({ profile: reviewerProfiles, firstName: users.firstName, lastName: users.lastName })
    .from(reviewerProfiles)
    .innerJoin(users, eq(users.id, reviewerProfiles.userId))
    .where(and(eq(users.role, 'medical_director'), eq(users.status, 'active'), only ? eq(reviewerProfiles.userId, only) : undefined));
  const now = ctx.clock.now();
  const trained = profiles.flatMap(({ profile, firstName, lastName }) => {
    const priority = skillPriority(profile, found.map((one) => one.need));
    return priority === null ? [] : [{ profile, name: `Dr. ${firstName} ${lastName}`, priority }];
  });
  if (trained.length === 0) {
    return [];
  }
  // Three reads for the whole panel, not three per reviewer.
  const ids = trained.map((one) => one.profile.userId);
  const hours = await db.select().from(reviewerWeeklyHours).where(inArray(reviewerWeeklyHours.userId, ids));
  const timeOff = await db.select().from(reviewerTimeOff).where(and(inArray(reviewerTimeOff.userId, ids), gt(reviewerTimeOff.endsAt, now)));
  const booked = await db
    .select({ reviewerUserId: p2pAppointments.reviewerUserId, startsAt: p2pAppointments.startsAt })
    .from(p2pAppointments)
    .where(and(inArray(p2pAppointments.reviewerUserId, ids), eq(p2pAppointments.status, 'booked'), gt(p2pAppointments.startsAt, now)));
  const reviewers: Reviewer[] = trained.map(({ profile, name, priority }) => ({
    userId: profile.userId,
    name,
    priority,
    calendar: {
      timeZone: profile.timeZone,
      weeklyHours: hours.filter((range) => range.userId === profile.userId).map((range) => ({ weekday: range.weekday, start: range.startTime, end: range.endTime })),
      timeOff: timeOff.filter((off) => off.userId === profile.userId),
      booked: booked.filter((row) => row.reviewerUserId === profile.userId).map((row) => row.startsAt),
    },
  }));
  return reviewers;
}

/** A week of free slots for the cases, in `timeZone`, grouped by skill priority and by day. */
export async function weekOfSlots(ctx: AppContext, db: Queryable, found: readonly P2pCase[], weekStart: IsoDate, timeZone: string, preferences: Preferences = {}): Promise<SlotsView> {
  const until = windowOfAll(found);
  const reviewers = await reviewersFor(ctx, db, found);
  const dates = Array.from({ length: 7 }, (_, index) => addDays(weekStart, index));
  const groups: SlotsView['groups'] = [];
  // Each slot's day in the viewer's zone, worked out once (the zone conversion is the costly part).
  const days = new Map<string, IsoDate>();
  const dayOf = (slot: SlotView) => days.get(slot.startsAt) ?? days.set(slot.startsAt, dateInZone(new Date(slot.startsAt), timeZone)).get(slot.startsAt)!;
  for (const priority of [1, 2, 3]) {
    const slots: SlotView[] = reviewers
      .filter((reviewer) => reviewer.priority === priority)
      .flatMap((reviewer) =>
        slotsFor(reviewer.calendar, { weekStart, viewerTimeZone: timeZone, now: ctx.clock.now(), until, preferredDays: preferences.days, preferredHours: preferences.hours }).map((start) => ({
          reviewerUserId: reviewer.userId,
          reviewerName: reviewer.name,
          startsAt: start.toISOString(),
        })),
      )
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.reviewerName.localeCompare(b.reviewerName));
    if (slots.length > 0) {
      groups.push({
        priority,
        label: PRIORITY_LABELS[priority - 1]!,
        days: dates.map((date) => ({ date, slots: slots.filter((slot) => dayOf(slot) === date) })),
      });
    }
  }
  return { timeZone, weekStart, windowEndsAt: until.toISOString(), groups };
}

/** GET /api/p2p/slots: the free slots for the office's cases (each checked open for a P2P), a week from `weekStart` or today. */
export async function listSlots(ctx: AppContext, actor: Actor, query: z.output<typeof slotsQuerySchema>): Promise<SlotsView> {
  await authorize(ctx, actor, 'p2p.request', ownOffice(actor));
  const timeZone = await requireSchedulerTimeZone(ctx, actor);
  const found = await eligibleP2pCases(ctx, ctx.db, actor.officeId as string, query.caseIds);
  // The server's clock decides "today", not the browser's: a PC clock off by a day would show the wrong first week.
  const weekStart = query.weekStart ?? dateInZone(ctx.clock.now(), timeZone);
  const view = await weekOfSlots(ctx, ctx.db, found, weekStart, timeZone, { days: query.days?.length ? query.days : undefined, hours: query.hours?.length ? query.hours : undefined });
  await ctx.db.transaction((tx) =>
    recordAudits(
      tx,
      ctx.clock,
      found.map((one) => ({ action: 'p2p.slots_read', outcome: 'success' as const, actor, objectType: 'case', objectId: one.row.id, memberId: one.row.memberId ?? undefined })),
    ),
  );
  return view;
}

/** Whether `startsAt` is a free slot of the reviewer for these cases right now (read in the booking's transaction). */
export async function isFreeSlot(ctx: AppContext, db: Queryable, found: readonly P2pCase[], reviewerUserId: string, startsAt: Date): Promise<boolean> {
  const [reviewer] = await reviewersFor(ctx, db, found, reviewerUserId);
  if (!reviewer) {
    return false;
  }
  const day = dateInZone(startsAt, reviewer.calendar.timeZone);
  return slotsFor(reviewer.calendar, { weekStart: day, viewerTimeZone: reviewer.calendar.timeZone, now: ctx.clock.now(), until: windowOfAll(found) }).some(
    (slot) => slot.getTime() === startsAt.getTime(),
  );
}

