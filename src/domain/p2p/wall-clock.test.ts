import { describe, expect, it } from 'vitest';
import { fromZoned, toZoned } from '../calendar/time-zone.ts';

/**
 * The wall-clock → UTC conversion the slots rest on (calendar/time-zone.ts), checked on the two
 * US daylight-saving changes of 2026 in the reviewer's (Eastern) and an office's (Pacific) zone.
 */
const cases = [
  // zone, date, wall time, UTC
  ['America/New_York', '2026-03-07', 9, '2026-03-07T14:00:00.000Z'],
  ['America/New_York', '2026-03-08', 9, '2026-03-08T13:00:00.000Z'],
  ['America/New_York', '2026-10-31', 9, '2026-10-31T13:00:00.000Z'],
  ['America/New_York', '2026-11-01', 9, '2026-11-01T14:00:00.000Z'],
  ['America/Los_Angeles', '2026-03-07', 6, '2026-03-07T14:00:00.000Z'],
  ['America/Los_Angeles', '2026-03-08', 6, '2026-03-08T13:00:00.000Z'],
  ['America/Los_Angeles', '2026-10-31', 6, '2026-10-31T13:00:00.000Z'],
  ['America/Los_Angeles', '2026-11-01', 6, '2026-11-01T14:00:00.000Z'],
] as const;

describe('wall clock to UTC across the 2026 US daylight-saving changes', () => {
  for (const [zone, date, hour, utc] of cases) {
    it(`${date} ${hour}:00 in ${zone} is ${utc}, and back`, () => {
      const instant = fromZoned(date, { hour, minute: 0 }, zone);
      expect(instant.toISOString()).toBe(utc);
      expect(toZoned(instant, zone)).toMatchObject({ date, hour, minute: 0 });
    });
  }

  it('the skipped hour moves forward and the repeated hour resolves to its first occurrence, in both zones', () => {
    expect(fromZoned('2026-03-08', { hour: 2, minute: 15 }, 'America/Los_Angeles').toISOString()).toBe('2026-03-08T10:15:00.000Z');
    expect(fromZoned('2026-11-01', { hour: 1, minute: 30 }, 'America/Los_Angeles').toISOString()).toBe('2026-11-01T08:30:00.000Z');
    expect(fromZoned('2026-11-01', { hour: 1, minute: 30 }, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });
});
