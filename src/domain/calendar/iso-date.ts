/**
 * Calendar dates ("2026-07-03") without a time or a zone: a date of service, a holiday, the last
 * day of a window. Arithmetic runs on UTC midnights, where every day is 24 hours long, so the
 * result never depends on the machine's zone or on daylight-saving changes.
 */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as Date.getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return false;
  }
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  // Date.UTC rolls 2026-02-30 over to March; a real date survives the round trip.
  return isoDate(year, month, day) === value;
}

function toEpochDay(date: IsoDate): number {
  if (!isIsoDate(date)) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  }
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function fromEpochDay(epochDay: number): IsoDate {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** Builds a date from numbers; month is 1-12. Out-of-range days roll over like Date.UTC. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const value = new Date(Date.UTC(year, month - 1, day));
  // setUTCFullYear keeps years 0-99 from being read as 1900-1999.
  value.setUTCFullYear(year, month - 1, day);
  return value.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Same day of the month `months` later; a day the target month lacks becomes its last day
 * (January 31 + 1 month = February 28 or 29), which is how people read "one month later".
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const epochDay = toEpochDay(date);
  const value = new Date(epochDay * DAY_MS);
  const year = value.getUTCFullYear();
  const monthIndex = value.getUTCMonth() + months;
  const lastDayOfTarget = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
  return isoDate(year, monthIndex + 1, Math.min(value.getUTCDate(), lastDayOfTarget));
}

export function dayOfWeek(date: IsoDate): Weekday {
  return new Date(toEpochDay(date) * DAY_MS).getUTCDay() as Weekday;
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return daysBetween(b, a);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
