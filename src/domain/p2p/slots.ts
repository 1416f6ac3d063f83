import { addDays, dayOfWeek, type IsoDate } from '../calendar/iso-date.ts';
import { dateInZone, endOfDate, fromZoned, offsetMinutes, startOfDate, toZoned } from '../calendar/time-zone.ts';
import { minutesOf, SLOT_MINUTES, type WeeklyRange } from './weekly-hours.ts';

const SLOT_MS = SLOT_MINUTES * 60_000;

/** What decides a reviewer's free slots: weekly hours in their zone, time off and bookings (UTC). */
export interface ReviewerCalendar {
  timeZone: string;
  weeklyHours: readonly WeeklyRange[];
  timeOff: ReadonlyArray<{ startsAt: Date; endsAt: Date }>;
  booked: readonly Date[];
}

export interface SlotQuery {
  /** The first of the seven days shown, a date in the viewer's zone. */
  weekStart: IsoDate;
  viewerTimeZone: string;
  now: Date;
  /** The end of the P2P window: a slot must end by it (the option's availableUntil, or the hold's due time). */
  until: Date;
  /** Weekdays (0 = Sunday) and hours (0–23) in the viewer's zone; absent means all. */
  preferredDays?: readonly number[];
  preferredHours?: readonly number[];
}

/**
 * The free 15-minute slots of one reviewer in a week, as instants. Hours are wall-clock in the
 * reviewer's zone, so 09:00 stays 09:00 for them across daylight saving while the instant moves;
 * a wall time the clocks skip is not offered, and one they repeat is offered once.
 */
export function slotsFor(reviewer: ReviewerCalendar, query: SlotQuery): Date[] {
  const from = startOfDate(query.weekStart, query.viewerTimeZone).getTime();
  const to = endOfDate(addDays(query.weekStart, 6), query.viewerTimeZone).getTime();
  const booked = new Set(reviewer.booked.map((instant) => instant.getTime()));
  const found = new Set<number>();
  // The reviewer's days that can touch the viewer's week, whatever the two zones are.
  for (let offset = -1; offset <= 7; offset += 1) {
    const date = addDays(query.weekStart, offset);
    const ranges = reviewer.weeklyHours.filter((candidate) => candidate.weekday === dayOfWeek(date));
    if (ranges.length === 0) {
      continue;
    }
    const slotOf = wallClockSlotsOf(date, reviewer.timeZone);
    for (const range of ranges) {
      for (let minute = minutesOf(range.start) ?? 0; minute + SLOT_MINUTES <= (minutesOf(range.end) ?? 0); minute += SLOT_MINUTES) {
        const start = slotOf(minute);
        if (start !== null && start >= from && start < to) {
          found.add(start);
        }
      }
    }
  }
  return [...found]
    .filter((start) => start > query.now.getTime() && start + SLOT_MS <= query.until.getTime())
    .filter((start) => !booked.has(start))
    .filter((start) => !reviewer.timeOff.some((off) => start < off.endsAt.getTime() && off.startsAt.getTime() < start + SLOT_MS))
    .filter((start) => preferred(new Date(start), query))
    .sort((a, b) => a - b)
    .map((start) => new Date(start));
}

/**
 * The instants of a day's wall-clock minutes in `timeZone`. On the days the offset is the same at
 * both ends (all but the two daylight-saving days a year) it is plain arithmetic; on those two,
 * each minute is resolved on its own (`wallClockSlot`), so a skipped time is not offered and a
 * repeated one once.
 */
function wallClockSlotsOf(date: IsoDate, timeZone: string): (minute: number) => number | null {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const offset = offsetMinutes(new Date(midnight), timeZone);
  // The local day runs from its midnight to the next; one offset at both ends (and at UTC midnight) means no change within it.
  const localStart = midnight - offset * 60_000;
  if (offset !== offsetMinutes(new Date(localStart), timeZone) || offset !== offsetMinutes(new Date(localStart + 86_400_000 - 1), timeZone)) {
    return (minute) => wallClockSlot(date, minute, timeZone);
  }
  return (minute) => (minute >= 24 * 60 ? null : midnight + (minute - offset) * 60_000);
}

/** The instant of `minute` after midnight on `date` in `timeZone`, or null if the clocks skip it. */
function wallClockSlot(date: IsoDate, minute: number, timeZone: string): number | null {
  const time = { hour: Math.floor(minute / 60), minute: minute % 60 };
  if (time.hour === 24) {
    return null;
  }
  const instant = fromZoned(date, time, timeZone);
  const shown = toZoned(instant, timeZone);
  return shown.date === date && shown.hour === time.hour && shown.minute === time.minute ? instant.getTime() : null;
}

function preferred(start: Date, query: SlotQuery): boolean {
  if (!query.preferredDays && !query.preferredHours) {
    return true;
  }
  const local = toZoned(start, query.viewerTimeZone);
  const dayOk = !query.preferredDays || query.preferredDays.includes(dayOfWeek(local.date));
  return dayOk && (!query.preferredHours || query.preferredHours.includes(local.hour));
}

/**
 * Whether a booked time still falls in the reviewer's weekly hours and outside their time off:
 * after they change their availability, bookings already made stay, and those outside it are
 * shown to them to keep or cancel.
 */
export function withinAvailability(reviewer: Omit<ReviewerCalendar, 'booked'>, startsAt: Date): boolean {
  const day = dateInZone(startsAt, reviewer.timeZone);
  const around = { weekStart: day, viewerTimeZone: reviewer.timeZone, now: new Date(startsAt.getTime() - 1), until: new Date(startsAt.getTime() + SLOT_MS) };
  return slotsFor({ ...reviewer, booked: [] }, around).some((slot) => slot.getTime() === startsAt.getTime());
}
