import { addDays, type IsoDate } from './iso-date.ts';

/**
 * Converting between UTC instants and wall-clock time in an IANA zone with Intl only: Node 24 has
 * no Temporal, and the zone database inside Node's ICU is the one the rest of the platform uses.
 */

export interface WallClockTime {
  hour: number;
  minute: number;
  second?: number;
  millisecond?: number;
}

export interface ZonedDateTime extends Required<WallClockTime> {
  date: IsoDate;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      // h23, not hour12: false, which some ICU versions render as "24" at midnight.
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock date and time that `instant` shows in `timeZone`. */
export function toZoned(instant: Date, timeZone: string): ZonedDateTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    parts[part.type] = part.value;
  }
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: instant.getUTCMilliseconds(),
  };
}

/** The calendar date of `instant` in `timeZone`. */
export function dateInZone(instant: Date, timeZone: string): IsoDate {
  return toZoned(instant, timeZone).date;
}

function wallClockAsUtc(date: IsoDate, time: WallClockTime): number {
  return Date.parse(`${date}T00:00:00Z`) + ((time.hour * 60 + time.minute) * 60 + (time.second ?? 0)) * 1000 + (time.millisecond ?? 0);
}

/** Minutes the zone is ahead of UTC at `instant` (New York in winter: -300). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const zoned = toZoned(instant, timeZone);
  return Math.round((wallClockAsUtc(zoned.date, zoned) - instant.getTime()) / 60_000);
}

/**
 * The instant a wall clock in `timeZone` shows `date` `time`. Resolved as Temporal's
 * "compatible" disambiguation: a time that happens twice (clocks going back) is its first
 * occurrence; a time that never happens (clocks going forward) moves forward by the gap,
 * so 02:30 on a spring-forward night in New York is 03:30 EDT.
 */
export function fromZoned(date: IsoDate, time: WallClockTime, timeZone: string): Date {
  const wall = wallClockAsUtc(date, time);
  // Zone offsets change at most once within a day either side of any instant we handle.
  const offsetBefore = offsetMinutes(new Date(wall - 86_400_000), timeZone);
  const offsetAfter = offsetMinutes(new Date(wall + 86_400_000), timeZone);
  const candidates = [wall - offsetBefore * 60_000, wall - offsetAfter * 60_000]
    .filter((candidate) => wallClockAsUtc(...zonedDateAndTime(new Date(candidate), timeZone)) === wall)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) {
    return new Date(first);
  }
  // In a gap: the offset in force before the change carries the wall time past it.
  return new Date(wall - offsetBefore * 60_000);
}

function zonedDateAndTime(instant: Date, timeZone: string): [IsoDate, WallClockTime] {
  const zoned = toZoned(instant, timeZone);
  return [zoned.date, zoned];
}

/** The first instant of `date` in `timeZone` (midnight, or the first minute after a gap). */
export function startOfDate(date: IsoDate, timeZone: string): Date {
  return fromZoned(date, { hour: 0, minute: 0 }, timeZone);
}

/**
 * The end of `date` in `timeZone`, exclusive: the first instant of the next day. A deadline
 * "by the end of the day" is met by anything strictly before it; the day itself is 23, 24 or
 * 25 hours long depending on daylight saving.
 */
export function endOfDate(date: IsoDate, timeZone: string): Date {
  return startOfDate(addDays(date, 1), timeZone);
}
