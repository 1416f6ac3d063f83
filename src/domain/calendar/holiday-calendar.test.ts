import { describe, expect, it } from 'vitest';
import { holidayOn, holidaysObservedIn, isBusinessDate, usFederalCalendar, type HolidayCalendar } from './holiday-calendar.ts';
import { holidaysOfYear, US_FEDERAL_HOLIDAY_RULES, type HolidayRule, type NthWeekdayRule } from './holiday-rules.ts';

const federal = usFederalCalendar({ id: 'test-federal', name: 'Federal', timeZone: 'America/New_York' });
const withFridayAfter = usFederalCalendar({
  id: 'test-federal-plus',
  name: 'Federal and the day after Thanksgiving',
  timeZone: 'America/Chicago',
  dayAfterThanksgiving: true,
});

const observedDates = (calendar: HolidayCalendar, year: number) => holidaysObservedIn(calendar, year).map((holiday) => holiday.date);

describe('US federal holidays', () => {
  it('2026: Independence Day on a Saturday is observed on Friday July 3', () => {
    expect(observedDates(federal, 2026)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
  });

  it('2027: Sunday holidays move to Monday, Saturday ones to Friday, and New Year 2028 to December 31', () => {
    expect(observedDates(federal, 2027)).toEqual([
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-05-31',
      '2027-06-18', // Juneteenth, a Saturday
      '2027-07-05', // Independence Day, a Sunday
      '2027-09-06',
      '2027-10-11',
      '2027-11-11',
      '2027-11-25',
      '2027-12-24', // Christmas, a Saturday
      '2027-12-31', // New Year's Day 2028, a Saturday
    ]);
    expect(holidayOn('2027-12-31', federal)?.name).toBe("New Year's Day");
  });

  it('2028: no January 1 closure (observed the year before); Veterans Day on Friday November 10', () => {
    expect(observedDates(federal, 2028)).toEqual([
      '2028-01-17',
      '2028-02-21',
      '2028-05-29',
      '2028-06-19',
      '2028-07-04',
      '2028-09-04',
      '2028-10-09',
      '2028-11-10',
      '2028-11-23',
      '2028-12-25',
    ]);
  });

  it('keeps the actual date next to the observed one', () => {
    const independence = holidaysOfYear(US_FEDERAL_HOLIDAY_RULES, 2026).find((holiday) => holiday.ruleId === 'independence_day');
    expect(independence).toMatchObject({ date: '2026-07-04', observed: '2026-07-03' });
  });

  it('Thanksgiving is the fourth Thursday; the Friday after closes only when the calendar opts in', () => {
    expect(holidayOn('2026-11-26', federal)?.name).toBe('Thanksgiving Day');
    expect(isBusinessDate('2026-11-27', federal)).toBe(true);
    expect(isBusinessDate('2026-11-27', withFridayAfter)).toBe(false);
    expect(holidayOn('2027-11-26', withFridayAfter)?.name).toBe('Day after Thanksgiving');
    expect(observedDates(withFridayAfter, 2028)).toContain('2028-11-24');
  });

  it('has no Juneteenth before 2021', () => {
    expect(observedDates(federal, 2020)).not.toContain('2020-06-19');
    expect(observedDates(federal, 2021)).toContain('2021-06-18');
  });
});

describe('holiday calendars', () => {
  it('closes on extra dates a plan lists', () => {
    const plan: HolidayCalendar = { ...federal, id: 'plan', extraDates: [{ date: '2026-12-24', name: 'Christmas Eve' }] };
    expect(isBusinessDate('2026-12-24', plan)).toBe(false);
    expect(isBusinessDate('2026-12-24', federal)).toBe(true);
    expect(observedDates(plan, 2026)).toContain('2026-12-24');
  });

  it('treats weekends as closed and ordinary weekdays as open', () => {
    expect(isBusinessDate('2026-07-04', federal)).toBe(false);
    expect(isBusinessDate('2026-07-05', federal)).toBe(false);
    expect(isBusinessDate('2026-07-03', federal)).toBe(false);
    expect(isBusinessDate('2026-07-06', federal)).toBe(true);
  });

  it('refuses rules that point at a missing rule or at each other', () => {
    const missing: HolidayRule[] = [{ id: 'x', name: 'X', kind: 'offset', from: 'nowhere', days: 1 }];
    expect(() => holidaysOfYear(missing, 2026)).toThrow(/not in the calendar/);
    const circle: HolidayRule[] = [
      { id: 'a', name: 'A', kind: 'offset', from: 'b', days: 1 },
      { id: 'b', name: 'B', kind: 'offset', from: 'a', days: 1 },
    ];
    expect(() => holidaysOfYear(circle, 2026)).toThrow(/circle/);
  });

  it('skips an nth weekday the month does not have', () => {
    const fifthMonday: NthWeekdayRule = { id: 'm5', name: 'Fifth Monday', kind: 'nth_weekday', month: 2, weekday: 1, nth: 5 };
    expect(holidaysOfYear([fifthMonday], 2026)).toEqual([]);
    expect(holidaysOfYear([fifthMonday], 2027)).toEqual([]);
    // March 2026 has five Mondays: 2, 9, 16, 23, 30.
    expect(holidaysOfYear([{ ...fifthMonday, month: 3 }], 2026).map((holiday) => holiday.date)).toEqual(['2026-03-30']);
  });
});
