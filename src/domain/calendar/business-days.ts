import { isBusinessDate, type HolidayCalendar } from './holiday-calendar.ts';
import { addDays, compareIsoDates, type IsoDate } from './iso-date.ts';
import { dateInZone, endOfDate, fromZoned, toZoned } from './time-zone.ts';

/**
 * Business-day and calendar-day arithmetic on UTC instants, read through the calendar's zone.
 *
 * Deadlines counted in days end at the END of the last day (exclusive: the first instant of the
 * following day in the calendar's zone), not at the same wall-clock time. The uses are "in-progress
 * requests expire after 2 business days" and "standard decision within 2 business days": a
 * provider who starts a request at 4 pm on Friday reads that as "until Tuesday is over", letters
 * print a date rather than a time, and a request made on a Saturday has no same-time-on-a-business-
 * day to count from. The day the clock starts on is day 0, whether or not it is a business day.
 */

function assertWholeNumber(n: number, what: string, allowNegative: boolean): void {
  if (!Number.isInteger(n) || (!allowNegative && n < 0)) {
    throw new RangeError(`${what} must be a whole number${allowNegative ? '' : ' of zero or more'}: ${n}`);
  }
}

export function isBusinessDay(instant: Date, calendar: HolidayCalendar): boolean {
  return isBusinessDate(dateInZone(instant, calendar.timeZone), calendar);
}

/**
 * The `n`th business date after `date` (before it when `n` is negative). With `n` = 0, `date`
 * itself if it is a business date, otherwise the next one.
 */
export function addBusinessDaysToDate(date: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  assertWholeNumber(n, 'Business days', true);
  const step = n < 0 ? -1 : 1;
  let current = date;
  if (n === 0) {
    while (!isBusinessDate(current, calendar)) {
      current = addDays(current, 1);
    }
    return current;
  }
  for (let counted = 0; counted < Math.abs(n); ) {
    current = addDays(current, step);
    if (isBusinessDate(current, calendar)) {
      counted += 1;
    }
  }
  return current;
}

/**
 * The end (exclusive) of the `n`th business day after the day `instant` falls on in the
 * calendar's zone. See the module comment for why the end of the day.
 */
export function addBusinessDays(instant: Date, n: number, calendar: HolidayCalendar): Date {
  assertWholeNumber(n, 'Business days', false);
  return endOfDate(addBusinessDaysToDate(dateInZone(instant, calendar.timeZone), n, calendar), calendar.timeZone);
}

/** Business dates after `from` up to and including `to`; negative when `to` is earlier. */
export function businessDatesBetween(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number {
  const sign = compareIsoDates(to, from) < 0 ? -1 : 1;
  const [start, end] = sign === 1 ? [from, to] : [to, from];
  let count = 0;
  for (let current = addDays(start, 1); compareIsoDates(current, end) <= 0; current = addDays(current, 1)) {
    if (isBusinessDate(current, calendar)) {
      count += 1;
    }
  }
  return sign * count;
}

/**
 * Business days from the day of `from` to the day of `to` in the calendar's zone: the business
 * dates after the first and up to and including the second. The inverse of addBusinessDays:
 * an instant just before addBusinessDays(x, n) is n business days after x.
 */
export function businessDaysBetween(from: Date, to: Date, calendar: HolidayCalendar): number {
  return businessDatesBetween(dateInZone(from, calendar.timeZone), dateInZone(to, calendar.timeZone), calendar);
}

/**
 * The same wall-clock time `n` calendar days later (earlier when negative) in the calendar's
 * zone, so across a daylight-saving change the elapsed time is 23 or 25 hours a day. A time
 * that does not exist on the target day moves forward by the gap (see fromZoned).
 */
export function addCalendarDays(instant: Date, n: number, calendar: HolidayCalendar): Date {
  assertWholeNumber(n, 'Calendar days', true);
  const zoned = toZoned(instant, calendar.timeZone);
  return fromZoned(addDays(zoned.date, n), zoned, calendar.timeZone);
}

/**
 * Elapsed hours, not wall-clock hours: a 72-hour urgent clock is 72 real hours even when the
 * clocks change in between (the wall clock then shows 71 or 73 hours later). Regulatory clocks
 * (CMS-0057-F) are stated in hours for that reason.
 */
export function addHours(instant: Date, hours: number): Date {
  if (!Number.isFinite(hours)) {
    throw new RangeError(`Hours must be a finite number: ${hours}`);
  }
  return new Date(instant.getTime() + hours * 3_600_000);
}

/** The end (exclusive) of the day `instant` falls on in the calendar's zone. */
export function endOfDay(instant: Date, calendar: HolidayCalendar): Date {
  return endOfDate(dateInZone(instant, calendar.timeZone), calendar.timeZone);
}
