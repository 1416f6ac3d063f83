import { describe, expect, it } from 'vitest';
import { dateInZone, endOfDate, fromZoned, isValidTimeZone, offsetMinutes, startOfDate, toZoned } from './time-zone.ts';

const NEW_YORK = 'America/New_York';
const CHICAGO = 'America/Chicago';
const HOUR = 3_600_000;

describe('time zones', () => {
  it('reads the wall clock of an instant', () => {
    expect(toZoned(new Date('2026-07-03T03:59:59.500Z'), NEW_YORK)).toEqual({
      date: '2026-07-02',
      hour: 23,
      minute: 59,
      second: 59,
      millisecond: 500,
    });
    expect(dateInZone(new Date('2026-01-10T05:30:00Z'), CHICAGO)).toBe('2026-01-09');
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), NEW_YORK)).toBe(-300);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), CHICAGO)).toBe(-300);
  });

  it('turns wall-clock times back into instants on both sides of a change', () => {
    expect(fromZoned('2026-03-07', { hour: 10, minute: 0 }, NEW_YORK).toISOString()).toBe('2026-03-07T15:00:00.000Z');
    expect(fromZoned('2026-03-08', { hour: 10, minute: 0 }, NEW_YORK).toISOString()).toBe('2026-03-08T14:00:00.000Z');
    expect(fromZoned('2026-11-01', { hour: 10, minute: 0 }, CHICAGO).toISOString()).toBe('2026-11-01T16:00:00.000Z');
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    expect(fromZoned('2026-03-08', { hour: 2, minute: 30 }, NEW_YORK).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(toZoned(new Date('2026-03-08T07:30:00Z'), NEW_YORK)).toMatchObject({ hour: 3, minute: 30 });
  });

  it('takes the first of two 1:30 AMs when the clocks go back', () => {
    // New York shows 01:30 twice: EDT (05:30Z), then EST (06:30Z). Chicago: CDT (06:30Z), then CST (07:30Z).
    expect(fromZoned('2026-11-01', { hour: 1, minute: 30 }, NEW_YORK).toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(fromZoned('2026-11-01', { hour: 1, minute: 30 }, CHICAGO).toISOString()).toBe('2026-11-01T06:30:00.000Z');
  });

  it('makes days of 23 and 25 hours at the changes', () => {
    const length = (date: string, zone: string) => (endOfDate(date, zone).getTime() - startOfDate(date, zone).getTime()) / HOUR;
    expect(length('2026-03-08', NEW_YORK)).toBe(23);
    expect(length('2026-11-01', NEW_YORK)).toBe(25);
    expect(length('2026-03-08', CHICAGO)).toBe(23);
    expect(length('2026-11-01', CHICAGO)).toBe(25);
    expect(length('2026-07-01', CHICAGO)).toBe(24);
  });

  it('rejects unknown zones', () => {
    expect(isValidTimeZone('America/Chicago')).toBe(true);
    expect(isValidTimeZone('America/Gotham')).toBe(false);
    expect(() => dateInZone(new Date(), 'Eastern')).toThrow(RangeError);
  });
});
