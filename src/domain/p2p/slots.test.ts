import { describe, expect, it } from 'vitest';
import { toZoned } from '../calendar/time-zone.ts';
import { slotsFor, withinAvailability, type ReviewerCalendar } from './slots.ts';
import { minutesOf } from './weekly-hours.ts';

const EASTERN = 'America/New_York';
const PACIFIC = 'America/Los_Angeles';

/** An Eastern reviewer, 09:00–10:00 on weekdays. */
const reviewer: ReviewerCalendar = {
  timeZone: EASTERN,
  weeklyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '10:00' })),
  timeOff: [],
  booked: [],
};
const farFuture = new Date('2027-01-01T00:00:00Z');
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());
const wall = (date: Date, zone: string) => {
  const zoned = toZoned(date, zone);
  return `${zoned.date} ${String(zoned.hour).padStart(2, '0')}:${String(zoned.minute).padStart(2, '0')}`;
};

describe('P2P slots', () => {
  it('cuts the weekly hours into 15-minute slots, in the reviewer zone, shown in the viewer zone', () => {
    const slots = slotsFor(reviewer, { weekStart: '2026-03-02', viewerTimeZone: PACIFIC, now: new Date('2026-03-01T00:00:00Z'), until: farFuture });
    expect(slots).toHaveLength(20);
    expect(iso(slots.slice(0, 4))).toEqual(['2026-03-02T14:00:00.000Z', '2026-03-02T14:15:00.000Z', '2026-03-02T14:30:00.000Z', '2026-03-02T14:45:00.000Z']);
    expect(wall(slots[0]!, PACIFIC)).toBe('2026-03-02 06:00');
  });

  for (const [label, before, after] of [
    ['spring forward (2026-03-08)', '2026-03-02', '2026-03-09'],
    ['fall back (2026-11-01)', '2026-10-26', '2026-11-02'],
  ] as const) {
    it(`keeps 9:00 Eastern / 6:00 Pacific on both sides of ${label}`, () => {
      for (const weekStart of [before, after]) {
        const [first] = slotsFor(reviewer, { weekStart, viewerTimeZone: PACIFIC, now: new Date('2026-01-01T00:00:00Z'), until: farFuture });
        expect(wall(first!, EASTERN)).toBe(`${weekStart} 09:00`);
        expect(wall(first!, PACIFIC)).toBe(`${weekStart} 06:00`);
      }
      const [beforeSlot] = slotsFor(reviewer, { weekStart: before, viewerTimeZone: PACIFIC, now: new Date('2026-01-01T00:00:00Z'), until: farFuture });
      const [afterSlot] = slotsFor(reviewer, { weekStart: after, viewerTimeZone: PACIFIC, now: new Date('2026-01-01T00:00:00Z'), until: farFuture });
      // The instant moves by an hour; the wall clock on both sides does not.
      expect(beforeSlot!.getUTCHours() - afterSlot!.getUTCHours()).toBe(label.startsWith('spring') ? 1 : -1);
    });
  }

  it('offers no slot in the hour the clocks skip, and the repeated hour once', () => {
    const nights: ReviewerCalendar = { ...reviewer, weeklyHours: [{ weekday: 0, start: '01:00', end: '03:00' }] };
    const spring = slotsFor(nights, { weekStart: '2026-03-08', viewerTimeZone: EASTERN, now: new Date('2026-01-01T00:00:00Z'), until: farFuture });
    expect(spring.map((slot) => wall(slot, EASTERN))).toEqual(['2026-03-08 01:00', '2026-03-08 01:15', '2026-03-08 01:30', '2026-03-08 01:45']);
    const fall = slotsFor(nights, { weekStart: '2026-11-01', viewerTimeZone: EASTERN, now: new Date('2026-01-01T00:00:00Z'), until: farFuture });
    expect(fall).toHaveLength(8);
    expect(new Set(iso(fall)).size).toBe(8);
  });

  it('leaves out the past, time off, booked slots and anything ending after the window', () => {
    const busy: ReviewerCalendar = {
      ...reviewer,
      timeOff: [{ startsAt: new Date('2026-03-04T00:00:00Z'), endsAt: new Date('2026-03-05T00:00:00Z') }],
      booked: [new Date('2026-03-03T14:15:00Z')],
    };
    const slots = slotsFor(busy, { weekStart: '2026-03-02', viewerTimeZone: EASTERN, now: new Date('2026-03-02T14:20:00Z'), until: new Date('2026-03-05T14:30:00Z') });
    expect(iso(slots)).toEqual([
      '2026-03-02T14:30:00.000Z',
      '2026-03-02T14:45:00.000Z',
      '2026-03-03T14:00:00.000Z',
      '2026-03-03T14:30:00.000Z',
      '2026-03-03T14:45:00.000Z',
      '2026-03-05T14:00:00.000Z',
      '2026-03-05T14:15:00.000Z',
    ]);
  });

  it('narrows to the preferred days and hours in the viewer zone', () => {
    const slots = slotsFor(reviewer, { weekStart: '2026-03-02', viewerTimeZone: PACIFIC, now: new Date('2026-03-01T00:00:00Z'), until: farFuture, preferredDays: [2], preferredHours: [6] });
    expect(slots.map((slot) => wall(slot, PACIFIC))).toEqual(['2026-03-03 06:00', '2026-03-03 06:15', '2026-03-03 06:30', '2026-03-03 06:45']);
    expect(slotsFor(reviewer, { weekStart: '2026-03-02', viewerTimeZone: PACIFIC, now: new Date('2026-03-01T00:00:00Z'), until: farFuture, preferredHours: [9] })).toEqual([]);
  });

  it('tells whether a booked time is still in the hours and outside time off, across daylight saving', () => {
    // Monday 9:15 Eastern, in summer and in winter time.
    expect(withinAvailability(reviewer, new Date('2026-11-02T14:15:00Z'))).toBe(true);
    expect(withinAvailability(reviewer, new Date('2026-10-26T13:15:00Z'))).toBe(true);
    // 10:00 is past the hours; Saturday has none; a quarter past the quarter is no slot.
    expect(withinAvailability(reviewer, new Date('2026-11-02T15:00:00Z'))).toBe(false);
    expect(withinAvailability(reviewer, new Date('2026-11-07T14:15:00Z'))).toBe(false);
    expect(withinAvailability(reviewer, new Date('2026-11-02T14:20:00Z'))).toBe(false);
    const away = { ...reviewer, timeOff: [{ startsAt: new Date('2026-11-02T05:00:00Z'), endsAt: new Date('2026-11-03T05:00:00Z') }] };
    expect(withinAvailability(away, new Date('2026-11-02T14:15:00Z'))).toBe(false);
    expect(withinAvailability(away, new Date('2026-11-03T14:15:00Z'))).toBe(true);
  });
});

describe('P2P slots in any zone, on every day of a year', () => {
  /** The reference: every quarter-hour instant whose wall time is in the hours, the first of a repeated wall time only. */
  function reference(timeZone: string, weekStart: string, hours: { start: number; end: number }): string[] {
    const from = Date.parse(`${weekStart}T00:00:00Z`) - 2 * 86_400_000;
    const seen = new Set<string>();
    const found: string[] = [];
    for (let instant = from; instant < from + 11 * 86_400_000; instant += 15 * 60_000) {
      const local = toZoned(new Date(instant), timeZone);
      const key = `${local.date} ${local.hour}:${local.minute}`;
      const minute = local.hour * 60 + local.minute;
      if (local.minute % 15 === 0 && minute >= hours.start && minute + 15 <= hours.end && !seen.has(key)) {
        seen.add(key);
        found.push(new Date(instant).toISOString());
      }
    }
    return found;
  }

  for (const timeZone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata', 'Pacific/Chatham', 'America/Havana']) {
    it(`matches a quarter-hour walk through the year in ${timeZone}, daylight-saving days included`, () => {
      // All day, and the small hours where the clocks change (a wrong offset there shows at once).
      for (const [start, end] of [['00:00', '23:45'], ['00:30', '03:30']] as const) {
        const calendar: ReviewerCalendar = { timeZone, weeklyHours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start, end })), timeOff: [], booked: [] };
        for (let week = 0; week < 53; week += 1) {
          const weekStart = new Date(Date.parse('2026-01-04T00:00:00Z') + week * 7 * 86_400_000).toISOString().slice(0, 10);
          const slots = iso(slotsFor(calendar, { weekStart, viewerTimeZone: timeZone, now: new Date('2025-01-01T00:00:00Z'), until: new Date('2028-01-01T00:00:00Z') }));
          const expected = reference(timeZone, weekStart, { start: minutesOf(start)!, end: minutesOf(end)! }).filter((instant) => slots.length > 0 && instant >= slots[0]! && instant <= slots.at(-1)!);
          expect(slots, `${weekStart} ${start}–${end}`).toEqual(expected);
        }
      }
    });
  }
});
