import { addDays, dayOfWeek, isoDate, type IsoDate, type Weekday } from './iso-date.ts';

/**
 * Holidays as rules, so a calendar works for any year without anyone typing dates in, and as
 * plain data, so a plan's calendar can be stored and edited as JSON.
 */
interface RuleBase {
  /** Stable id; an `offset` rule names its base by this id. */
  id: string;
  name: string;
  /** First and last year the holiday exists (Juneteenth became a federal holiday in 2021). */
  firstYear?: number;
  lastYear?: number;
}

export interface FixedDateRule extends RuleBase {
  kind: 'fixed_date';
  /** 1-12. */
  month: number;
  day: number;
  /**
   * `weekend_to_nearest_weekday`: the federal rule (5 U.S.C. 6103(b)): a Saturday holiday is
   * observed on the Friday before, a Sunday holiday on the Monday after.
   */
  observance: 'weekend_to_nearest_weekday' | 'none';
}

export interface NthWeekdayRule extends RuleBase {
  kind: 'nth_weekday';
  month: number;
  weekday: Weekday;
  /** 1-5 counts from the start of the month; -1 is the last such weekday. */
  nth: 1 | 2 | 3 | 4 | 5 | -1;
}

/** A day defined from another rule's actual date, such as the day after Thanksgiving. */
export interface OffsetRule extends RuleBase {
  kind: 'offset';
  from: string;
  days: number;
}

export type HolidayRule = FixedDateRule | NthWeekdayRule | OffsetRule;

export interface HolidayOccurrence {
  ruleId: string;
  name: string;
  /** The date the holiday falls on. */
  date: IsoDate;
  /** The date offices close for it: a business day is lost on this date. */
  observed: IsoDate;
}

const MONDAY = 1;
const THURSDAY = 4;

export const US_FEDERAL_HOLIDAY_RULES: readonly HolidayRule[] = [
  { id: 'new_years_day', name: "New Year's Day", kind: 'fixed_date', month: 1, day: 1, observance: 'weekend_to_nearest_weekday' },
  { id: 'mlk_day', name: 'Birthday of Martin Luther King, Jr.', kind: 'nth_weekday', month: 1, weekday: MONDAY, nth: 3, firstYear: 1986 },
  { id: 'presidents_day', name: "Washington's Birthday (Presidents' Day)", kind: 'nth_weekday', month: 2, weekday: MONDAY, nth: 3 },
  { id: 'memorial_day', name: 'Memorial Day', kind: 'nth_weekday', month: 5, weekday: MONDAY, nth: -1 },
  { id: 'juneteenth', name: 'Juneteenth National Independence Day', kind: 'fixed_date', month: 6, day: 19, observance: 'weekend_to_nearest_weekday', firstYear: 2021 },
  { id: 'independence_day', name: 'Independence Day', kind: 'fixed_date', month: 7, day: 4, observance: 'weekend_to_nearest_weekday' },
  { id: 'labor_day', name: 'Labor Day', kind: 'nth_weekday', month: 9, weekday: MONDAY, nth: 1 },
  { id: 'columbus_day', name: 'Columbus Day', kind: 'nth_weekday', month: 10, weekday: MONDAY, nth: 2 },
  { id: 'veterans_day', name: 'Veterans Day', kind: 'fixed_date', month: 11, day: 11, observance: 'weekend_to_nearest_weekday' },
  { id: 'thanksgiving', name: 'Thanksgiving Day', kind: 'nth_weekday', month: 11, weekday: THURSDAY, nth: 4 },
  { id: 'christmas_day', name: 'Christmas Day', kind: 'fixed_date', month: 12, day: 25, observance: 'weekend_to_nearest_weekday' },
];

/** Not a federal holiday, but many plans and vendors close; a calendar opts in by adding it. */
export const DAY_AFTER_THANKSGIVING_RULE: OffsetRule = {
  id: 'day_after_thanksgiving',
  name: 'Day after Thanksgiving',
  kind: 'offset',
  from: 'thanksgiving',
  days: 1,
};

/** Null when the month has no such weekday (a fifth Monday in most months). */
function nthWeekdayOf(year: number, rule: NthWeekdayRule): IsoDate | null {
  if (rule.nth === -1) {
    const lastOfMonth = isoDate(year, rule.month + 1, 0);
    const back = (dayOfWeek(lastOfMonth) - rule.weekday + 7) % 7;
    return addDays(lastOfMonth, -back);
  }
  const first = isoDate(year, rule.month, 1);
  const forward = (rule.weekday - dayOfWeek(first) + 7) % 7;
  const date = addDays(first, forward + (rule.nth - 1) * 7);
  return Number(date.slice(5, 7)) === rule.month ? date : null;
}

function observedDate(date: IsoDate, observance: FixedDateRule['observance']): IsoDate {
  if (observance === 'none') {
    return date;
  }
  const weekday = dayOfWeek(date);
  if (weekday === 6) {
    return addDays(date, -1);
  }
  if (weekday === 0) {
    return addDays(date, 1);
  }
  return date;
}

function inForce(rule: HolidayRule, year: number): boolean {
  return (rule.firstYear === undefined || year >= rule.firstYear) && (rule.lastYear === undefined || year <= rule.lastYear);
}

/**
 * The holidays `rules` define for `year` (by the date each falls on; the observed date of
 * January 1 may be in the year before). Throws when an offset rule names a missing rule or
 * rules refer to each other in a circle.
 */
export function holidaysOfYear(rules: readonly HolidayRule[], year: number): HolidayOccurrence[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const actualDates = new Map<string, IsoDate | null>();

  const actualDate = (rule: HolidayRule, seen: readonly string[]): IsoDate | null => {
    if (actualDates.has(rule.id)) {
      return actualDates.get(rule.id) ?? null;
    }
    if (seen.includes(rule.id)) {
      throw new Error(`Holiday rules refer to each other in a circle: ${[...seen, rule.id].join(' → ')}`);
    }
    let date: IsoDate | null;
    if (!inForce(rule, year)) {
      date = null;
    } else if (rule.kind === 'fixed_date') {
      date = isoDate(year, rule.month, rule.day);
    } else if (rule.kind === 'nth_weekday') {
      date = nthWeekdayOf(year, rule);
    } else {
      const base = byId.get(rule.from);
      if (!base) {
        throw new Error(`Holiday rule ${rule.id} is defined from ${rule.from}, which is not in the calendar.`);
      }
      const baseDate = actualDate(base, [...seen, rule.id]);
      date = baseDate === null ? null : addDays(baseDate, rule.days);
    }
    actualDates.set(rule.id, date);
    return date;
  };

  const occurrences: HolidayOccurrence[] = [];
  for (const rule of rules) {
    const date = actualDate(rule, []);
    if (date !== null) {
      const observed = rule.kind === 'fixed_date' ? observedDate(date, rule.observance) : date;
      occurrences.push({ ruleId: rule.id, name: rule.name, date, observed });
    }
  }
  return occurrences.sort((a, b) => (a.observed < b.observed ? -1 : a.observed > b.observed ? 1 : 0));
}
