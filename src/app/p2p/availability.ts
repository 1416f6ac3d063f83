import { and, asc, eq, gt } from 'drizzle-orm';
import type { z } from 'zod';
import type { availabilitySchema, AvailabilityView } from '../../contracts/p2p.ts';
import { p2pAppointments, reviewerProfiles, reviewerTimeOff, reviewerWeeklyHours } from '../../db/schema/post-decision.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { addDays } from '../../domain/calendar/iso-date.ts';
import { dateInZone, endOfDate, isValidTimeZone, startOfDate } from '../../domain/calendar/time-zone.ts';
import { withinAvailability, type ReviewerCalendar } from '../../domain/p2p/slots.ts';
import { weeklyHoursErrors } from '../../domain/p2p/weekly-hours.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import type { Queryable } from '../../db/client.ts';

const SYSTEM = { kind: 'system' } as const;
/** Before a reviewer saves anything: Eastern, the vendor's home zone, and no hours (offered to no one). */
const DEFAULT_ZONE = 'America/New_York';

/** "My P2P availability": a medical director's zone, skills, weekly hours and time off. */
export async function getAvailability(ctx: AppContext, actor: Actor): Promise<AvailabilityView> {
  await authorize(ctx, actor, 'p2p.availability', SYSTEM);
  return availabilityOf(ctx.db, actor.userId, ctx.clock.now());
}

export async function saveAvailability(ctx: AppContext, actor: Actor, input: z.output<typeof availabilitySchema>): Promise<AvailabilityView> {
  await authorize(ctx, actor, 'p2p.availability', SYSTEM);
  if (!isValidTimeZone(input.timeZone)) {
    throw invalid('Choose your time zone from the list.', { timeZone: 'Choose your time zone from the list.' });
  }
  const hourErrors = weeklyHoursErrors(input.weeklyHours);
  if (Object.keys(hourErrors).length > 0) {
    throw invalid('Some weekly hours cannot be used: see the marked times.', hourErrors);
  }
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const profile = { timeZone: input.timeZone, programCodes: input.programCodes, specialties: input.specialties, licensedStates: input.licensedStates, updatedAt: now };
    await tx.insert(reviewerProfiles).values({ userId: actor.userId, ...profile }).onConflictDoUpdate({ target: reviewerProfiles.userId, set: profile });
    // Hours and time off are replaced as a whole, as the form shows them; bookings already made stay.
    await tx.delete(reviewerWeeklyHours).where(eq(reviewerWeeklyHours.userId, actor.userId));
    if (input.weeklyHours.length > 0) {
      await tx.insert(reviewerWeeklyHours).values(input.weeklyHours.map((range) => ({ userId: actor.userId, weekday: range.weekday, startTime: range.start, endTime: range.end })));
    }
    await tx.delete(reviewerTimeOff).where(eq(reviewerTimeOff.userId, actor.userId));
    if (input.timeOff.length > 0) {
      await tx.insert(reviewerTimeOff).values(
        input.timeOff.map((off) => ({ userId: actor.userId, startsAt: startOfDate(off.from, input.timeZone), endsAt: endOfDate(off.to, input.timeZone), note: off.note ?? null })),
      );
    }
    await recordAudit(tx, ctx.clock, {
      action: 'p2p.availability_saved',
      outcome: 'success',
      actor,
      objectType: 'reviewer_profile',
      objectId: actor.userId,
      details: { timeZone: input.timeZone, ranges: input.weeklyHours.length, timeOff: input.timeOff.length },
    });
  });
  return availabilityOf(ctx.db, actor.userId, ctx.clock.now());
}

/** The reviewer's upcoming bookings their hours or time off no longer cover: they stay booked until kept or cancelled. */
async function bookedOutside(db: Queryable, userId: string, now: Date, calendar: Omit<ReviewerCalendar, 'booked'>): Promise<AvailabilityView['bookedOutsideAvailability']> {
  const upcoming = await db
    .select({ id: p2pAppointments.id, startsAt: p2pAppointments.startsAt })
    .from(p2pAppointments)
    .where(and(eq(p2pAppointments.reviewerUserId, userId), eq(p2pAppointments.status, 'booked'), gt(p2pAppointments.startsAt, now)))
    .orderBy(asc(p2pAppointments.startsAt));
  return upcoming.filter((one) => !withinAvailability(calendar, one.startsAt)).map((one) => ({ appointmentId: one.id, startsAt: one.startsAt.toISOString() }));
}

async function availabilityOf(db: Queryable, userId: string, now: Date): Promise<AvailabilityView> {
  const [profile] = await db.select().from(reviewerProfiles).where(eq(reviewerProfiles.userId, userId));
  const timeZone = profile?.timeZone ?? DEFAULT_ZONE;
  const hours = await db.select().from(reviewerWeeklyHours).where(eq(reviewerWeeklyHours.userId, userId)).orderBy(asc(reviewerWeeklyHours.weekday), asc(reviewerWeeklyHours.startTime));
  const timeOff = await db.select().from(reviewerTimeOff).where(eq(reviewerTimeOff.userId, userId)).orderBy(asc(reviewerTimeOff.startsAt));
  const calendar = { timeZone, weeklyHours: hours.map((range) => ({ weekday: range.weekday, start: range.startTime, end: range.endTime })), timeOff };
  return {
    timeZone,
    programCodes: profile?.programCodes ?? [],
    specialties: profile?.specialties ?? [],
    licensedStates: profile?.licensedStates ?? [],
    weeklyHours: calendar.weeklyHours,
    // Stored as instants; shown as the whole days they cover in the reviewer's zone.
    timeOff: timeOff.map((off) => ({ from: dateInZone(off.startsAt, timeZone), to: addDays(dateInZone(off.endsAt, timeZone), -1), note: off.note })),
    published: profile !== undefined,
    bookedOutsideAvailability: await bookedOutside(db, userId, now, calendar),
  };
}
