import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOfWeek, daysBetween, isIsoDate, isoDate } from './iso-date.ts';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-7-4')).toBe(false);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2020-05-20', '2020-11-16')).toBe(180);
  });

  it('adds months, keeping the day or the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('knows the weekday and builds dates from numbers', () => {
    expect(dayOfWeek('2026-07-04')).toBe(6);
    expect(dayOfWeek('2027-07-04')).toBe(0);
    expect(isoDate(2026, 13, 1)).toBe('2027-01-01');
    expect(isoDate(2026, 3, 0)).toBe('2026-02-28');
  });
});
