import type { ElapsedUnit } from './criteria-types.ts';

function parseDay(value: string): { year: number; month: number; day: number; time: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day, time };
}

/**
 * Whole units from one calendar date to a later one; negative when `from` is after `to`.
 * Calendar dates, not instants, so time zones and daylight saving cannot shift a day. Months
 * are calendar months: 10 January to 9 March is one whole month, to 10 March two.
 */
export function elapsedBetween(from: string, to: string, unit: ElapsedUnit): number | undefined {
  const start = parseDay(from);
  const end = parseDay(to);
  if (!start || !end) {
    return undefined;
  }
  const days = Math.round((end.time - start.time) / 86_400_000);
  switch (unit) {
    case 'days':
      return days;
    case 'weeks':
      return Math.trunc(days / 7);
    case 'months': {
      if (end.time < start.time) {
        const back = elapsedBetween(to, from, 'months');
        return back === undefined ? undefined : -back;
      }
      const months = (end.year - start.year) * 12 + (end.month - start.month);
      return end.day < start.day ? months - 1 : months;
    }
  }
}
