import { addBusinessDays, addBusinessDaysToDate } from '../calendar/business-days.ts';
import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import { addDays, type IsoDate } from '../calendar/iso-date.ts';
import { dateInZone, endOfDate } from '../calendar/time-zone.ts';
import type { DayCount } from './policy-types.ts';

/** The date `count` after `date`: calendar days as such, business days on the calendar. */
export function dateAfter(date: IsoDate, count: DayCount, calendar: HolidayCalendar): IsoDate {
  switch (count.unit) {
    case 'calendar_days':
      return addDays(date, count.amount);
    case 'business_days':
      return addBusinessDaysToDate(date, count.amount, calendar);
  }
}

/**
 * The deadline `count` after `instant`: the end (exclusive) of the last day in the calendar's
 * zone, for calendar days as for business days, so every policy deadline is a whole day that a
 * letter can print as a date (see calendar/business-days.ts).
 */
export function deadlineAfter(instant: Date, count: DayCount, calendar: HolidayCalendar): Date {
  switch (count.unit) {
    case 'calendar_days':
      return endOfDate(addDays(dateInZone(instant, calendar.timeZone), count.amount), calendar.timeZone);
    case 'business_days':
      return addBusinessDays(instant, count.amount, calendar);
  }
}
