/**
 * Calendar-date arithmetic on YYYY-MM-DD strings, in UTC so that the result never depends on
 * the machine's time zone (a generated date of birth must be the same everywhere).
 */
function toUtc(date: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  }
  return new Date(`${date}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const result = toUtc(date);
  result.setUTCDate(result.getUTCDate() + days);
  return toIso(result);
}

/** The first day of the month `months` after (or before) the month of `date`. */
export function firstOfMonth(date: string, months = 0): string {
  const value = toUtc(date);
  return toIso(new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth() + months, 1)));
}

/** The last day of the month `months` after (or before) the month of `date`. */
export function lastOfMonth(date: string, months = 0): string {
  const value = toUtc(date);
  return toIso(new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth() + months + 1, 0)));
}

export function yearsBefore(date: string, years: number): string {
  const value = toUtc(date);
  value.setUTCFullYear(value.getUTCFullYear() - years);
  return toIso(value);
}
