import { dayOfWeek, yearOf, type IsoDate } from './iso-date.ts';
import { DAY_AFTER_THANKSGIVING_RULE, holidaysOfYear, US_FEDERAL_HOLIDAY_RULES, type HolidayRule } from './holiday-rules.ts';

/**
 * The days a plan (or Priora itself) does not count as business days: Saturdays, Sundays,
 * the observed dates of its holiday rules, and any extra dates it lists (a plan's office
 * closure, a one-off federal closure by executive order). Plain data so that it can be stored,
 * edited on an admin screen, and copied into a policy version as it was.
 */
export interface HolidayCalendar {
  id: string;
  name: string;
  /** IANA zone whose wall clock decides which day an instant falls on. */
  timeZone: string;
  rules: readonly HolidayRule[];
  extraDates: readonly { date: IsoDate; name: string }[];
}

export interface Holiday {
  date: IsoDate;
  name: string;
}

export function usFederalHolidayRules(options: { dayAfterThanksgiving: boolean }): HolidayRule[] {
  return options.dayAfterThanksgiving ? [...US_FEDERAL_HOLIDAY_RULES, DAY_AFTER_THANKSGIVING_RULE] : [...US_FEDERAL_HOLIDAY_RULES];
}

export function usFederalCalendar(options: {
  id: string;
  name: string;
  timeZone: string;
  dayAfterThanksgiving?: boolean;
  extraDates?: readonly Holiday[];
}): HolidayCalendar {
  return {
    id: options.id,
    name: options.name,
    timeZone: options.timeZone,
    rules: usFederalHolidayRules({ dayAfterThanksgiving: options.dayAfterThanksgiving ?? false }),
    extraDates: options.extraDates ?? [],
  };
}

// Business-day loops ask about the same few years thousands of times; calendars are immutable
// data, so the closed dates per calendar object and year are kept.
const closedDatesCache = new WeakMap<HolidayCalendar, Map<number, Map<IsoDate, string>>>();

function closedDatesOfYear(calendar: HolidayCalendar, year: number): Map<IsoDate, string> {
  let byYear = closedDatesCache.get(calendar);
  if (!byYear) {
    byYear = new Map();
    closedDatesCache.set(calendar, byYear);
  }
  let closed = byYear.get(year);
  if (!closed) {
    closed = new Map();
    // A holiday of next year can be observed in this one (January 1 on a Saturday is observed
    // on December 31), and one of last year could be observed in January.
    for (const candidateYear of [year - 1, year, year + 1]) {
      for (const occurrence of holidaysOfYear(calendar.rules, candidateYear)) {
        if (yearOf(occurrence.observed) === year && !closed.has(occurrence.observed)) {
          closed.set(occurrence.observed, occurrence.name);
        }
      }
    }
    for (const extra of calendar.extraDates) {
      if (yearOf(extra.date) === year && !closed.has(extra.date)) {
        closed.set(extra.date, extra.name);
      }
    }
    byYear.set(year, closed);
  }
  return closed;
}

/** The dates in `year` the calendar closes for, in date order (weekends not included). */
export function holidaysObservedIn(calendar: HolidayCalendar, year: number): Holiday[] {
  return [...closedDatesOfYear(calendar, year)]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The holiday observed on `date`, or null. */
export function holidayOn(date: IsoDate, calendar: HolidayCalendar): Holiday | null {
  const name = closedDatesOfYear(calendar, yearOf(date)).get(date);
  return name === undefined ? null : { date, name };
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

export function isBusinessDate(date: IsoDate, calendar: HolidayCalendar): boolean {
  return !isWeekend(date) && holidayOn(date, calendar) === null;
}
