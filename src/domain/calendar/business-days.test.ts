import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addBusinessDaysToDate,
  addCalendarDays,
  addHours,
  businessDatesBetween,
  businessDaysBetween,
  endOfDay,
  isBusinessDay,
} from './business-days.ts';
import { isBusinessDate, usFederalCalendar } from './holiday-calendar.ts';
import { dateInZone, toZoned } from './time-zone.ts';

const eastern = usFederalCalendar({ id: 'eastern', name: 'Federal, Eastern', timeZone: 'America/New_York' });
const central = usFederalCalendar({ id: 'central', name: 'Federal, Central', timeZone: 'America/Chicago' });
const centralWithFridayAfter = usFederalCalendar({
  id: 'central-dat',
  name: 'Federal, Central, day after Thanksgiving',
  timeZone: 'America/Chicago',
  dayAfterThanksgiving: true,
});

const at = (iso: string) => new Date(iso);
const iso = (instant: Date) => instant.toISOString();

describe('addBusinessDays', () => {
  it('counts from the day after, to the end of the last business day, over a weekend', () => {
    // Friday 4 pm EST + 2 → Monday (1), Tuesday (2); ends at Tuesday midnight EST.
    expect(iso(addBusinessDays(at('2026-01-09T21:00:00Z'), 2, eastern))).toBe('2026-01-14T05:00:00.000Z');
    // Started on a Saturday: Monday (1), Tuesday (2).
    expect(iso(addBusinessDays(at('2026-01-10T15:00:00Z'), 2, eastern))).toBe('2026-01-14T05:00:00.000Z');
    // Monday morning + 2 → end of Wednesday.
    expect(iso(addBusinessDays(at('2026-01-12T14:00:00Z'), 2, eastern))).toBe('2026-01-15T05:00:00.000Z');
  });

  it('gives the rest of today for 0, or the next business day when today is closed', () => {
    expect(iso(addBusinessDays(at('2026-01-12T14:00:00Z'), 0, eastern))).toBe('2026-01-13T05:00:00.000Z');
    expect(iso(addBusinessDays(at('2026-01-10T14:00:00Z'), 0, eastern))).toBe('2026-01-13T05:00:00.000Z');
  });

  it('skips an observed holiday: July 3 2026 (Independence Day on a Saturday)', () => {
    // Thursday July 2 → Friday 3 closed, weekend, Monday 6 (1), Tuesday 7 (2); EDT midnight is 04:00Z.
    expect(iso(addBusinessDays(at('2026-07-02T14:00:00Z'), 2, eastern))).toBe('2026-07-08T04:00:00.000Z');
  });

  it('skips Thanksgiving, and the Friday after when the calendar closes on it', () => {
    // Wednesday November 25 2026 + 1: Friday 27 in the federal calendar, Monday 30 with the extra day.
    expect(iso(addBusinessDays(at('2026-11-25T15:00:00Z'), 1, central))).toBe('2026-11-28T06:00:00.000Z');
    expect(iso(addBusinessDays(at('2026-11-25T15:00:00Z'), 1, centralWithFridayAfter))).toBe('2026-12-01T06:00:00.000Z');
  });

  it('crosses the year end, including New Year 2028 observed on Friday December 31 2027', () => {
    // Wednesday December 30 2026: Thursday 31 (1), Friday January 1 closed, Monday January 4 (2).
    expect(iso(addBusinessDays(at('2026-12-30T15:00:00Z'), 2, eastern))).toBe('2027-01-05T05:00:00.000Z');
    // Wednesday December 29 2027: Thursday 30 (1), Friday 31 closed, Monday January 3 2028 (2).
    expect(iso(addBusinessDays(at('2027-12-29T15:00:00Z'), 2, eastern))).toBe('2028-01-04T05:00:00.000Z');
    // Christmas 2027 is observed on Friday December 24.
    expect(iso(addBusinessDays(at('2027-12-23T15:00:00Z'), 1, central))).toBe('2027-12-28T06:00:00.000Z');
  });

  it('ends the day at local midnight after the March change (EST start, EDT end)', () => {
    // Friday March 6 2026, 3 pm EST + 1 → Monday March 9, which ends at 04:00Z in New York, 05:00Z in Chicago.
    expect(iso(addBusinessDays(at('2026-03-06T20:00:00Z'), 1, eastern))).toBe('2026-03-10T04:00:00.000Z');
    expect(iso(addBusinessDays(at('2026-03-06T20:00:00Z'), 1, central))).toBe('2026-03-10T05:00:00.000Z');
  });

  it('ends the day at local midnight after the November change (EDT start, EST end)', () => {
    expect(iso(addBusinessDays(at('2026-10-30T14:00:00Z'), 1, eastern))).toBe('2026-11-03T05:00:00.000Z');
    expect(iso(addBusinessDays(at('2026-10-30T14:00:00Z'), 1, central))).toBe('2026-11-03T06:00:00.000Z');
  });

  it('reads the day in the calendar zone, not in UTC', () => {
    // 04:30Z on Saturday March 7 is still Friday evening in New York and Chicago.
    const fridayNight = at('2026-03-07T04:30:00Z');
    expect(isBusinessDay(fridayNight, eastern)).toBe(true);
    expect(iso(addBusinessDays(fridayNight, 1, eastern))).toBe('2026-03-10T04:00:00.000Z');
    // 03:30Z on Monday July 6 is Sunday July 5, 23:30 EDT.
    expect(isBusinessDay(at('2026-07-06T03:30:00Z'), eastern)).toBe(false);
    expect(isBusinessDay(at('2026-07-06T04:30:00Z'), eastern)).toBe(true);
  });

  it('refuses negative or fractional counts', () => {
    expect(() => addBusinessDays(at('2026-01-12T14:00:00Z'), -1, eastern)).toThrow(RangeError);
    expect(() => addBusinessDays(at('2026-01-12T14:00:00Z'), 1.5, eastern)).toThrow(RangeError);
  });

  it('always ends at a local midnight right after a business day (property)', () => {
    const instants = fc.date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 40 }), fc.constantFrom(eastern, central, centralWithFridayAfter), (start, n, calendar) => {
        const due = addBusinessDays(start, n, calendar);
        const lastMoment = new Date(due.getTime() - 1);
        expect(toZoned(due, calendar.timeZone)).toMatchObject({ hour: 0, minute: 0, second: 0 });
        expect(isBusinessDate(dateInZone(lastMoment, calendar.timeZone), calendar)).toBe(true);
        expect(businessDaysBetween(start, lastMoment, calendar)).toBe(n);
        // The deadline itself is the first moment of the next day, which counts if it is open.
        expect(businessDaysBetween(start, due, calendar)).toBe(isBusinessDay(due, calendar) ? n + 1 : n);
      }),
      { numRuns: 300 },
    );
  });
});

describe('business dates', () => {
  it('steps forward and backward over closed days', () => {
    expect(addBusinessDaysToDate('2026-07-02', 1, eastern)).toBe('2026-07-06');
    expect(addBusinessDaysToDate('2026-07-06', -1, eastern)).toBe('2026-07-02');
    expect(addBusinessDaysToDate('2026-07-04', 0, eastern)).toBe('2026-07-06');
    expect(addBusinessDaysToDate('2026-07-02', 0, eastern)).toBe('2026-07-02');
  });

  it('counts business days between two instants or dates', () => {
    // Friday to next Friday with no holidays: 5.
    expect(businessDaysBetween(at('2026-01-09T15:00:00Z'), at('2026-01-16T15:00:00Z'), eastern)).toBe(5);
    // The week of July 4 2026 loses Friday July 3.
    expect(businessDatesBetween('2026-06-26', '2026-07-03', eastern)).toBe(4);
    expect(businessDatesBetween('2026-07-03', '2026-06-26', eastern)).toBe(-4);
    expect(businessDatesBetween('2026-07-03', '2026-07-03', eastern)).toBe(0);
    // Whole of 2026: 365 days, 104 weekend days, 11 observed holidays on weekdays.
    expect(businessDatesBetween('2025-12-31', '2026-12-31', eastern)).toBe(250);
  });
});

describe('calendar days and hours', () => {
  it('keeps the wall-clock time across the March change (23 elapsed hours)', () => {
    // Saturday March 7 2026, 10:00 EST → Sunday March 8, 10:00 EDT.
    expect(iso(addCalendarDays(at('2026-03-07T15:00:00Z'), 1, eastern))).toBe('2026-03-08T14:00:00.000Z');
    expect(iso(addCalendarDays(at('2026-03-07T16:00:00Z'), 1, central))).toBe('2026-03-08T15:00:00.000Z');
  });

  it('keeps the wall-clock time across the November change (25 elapsed hours)', () => {
    expect(iso(addCalendarDays(at('2026-10-31T14:00:00Z'), 1, eastern))).toBe('2026-11-01T15:00:00.000Z');
    expect(iso(addCalendarDays(at('2026-11-01T16:00:00Z'), -1, central))).toBe('2026-10-31T15:00:00.000Z');
  });

  it('moves a time that does not exist on the target day past the gap', () => {
    // 02:30 EST on March 7 → March 8 has no 02:30; 03:30 EDT instead.
    const result = addCalendarDays(at('2026-03-07T07:30:00Z'), 1, eastern);
    expect(toZoned(result, 'America/New_York')).toMatchObject({ date: '2026-03-08', hour: 3, minute: 30 });
  });

  it('adds elapsed hours, so 72 hours across a change reads 73 or 71 on the wall clock', () => {
    const spring = addHours(at('2026-03-07T15:00:00Z'), 72);
    expect(iso(spring)).toBe('2026-03-10T15:00:00.000Z');
    expect(toZoned(spring, 'America/New_York')).toMatchObject({ date: '2026-03-10', hour: 11 });
    const autumn = addHours(at('2026-10-31T14:00:00Z'), 72);
    expect(toZoned(autumn, 'America/Chicago')).toMatchObject({ date: '2026-11-03', hour: 8 });
  });

  it('gives the end of the day an instant falls on', () => {
    expect(iso(endOfDay(at('2026-03-08T12:00:00Z'), eastern))).toBe('2026-03-09T04:00:00.000Z');
    expect(iso(endOfDay(at('2026-11-01T12:00:00Z'), central))).toBe('2026-11-02T06:00:00.000Z');
  });
});
