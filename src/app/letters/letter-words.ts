import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { dateInZone } from '../../domain/calendar/time-zone.ts';
import { formatPhone } from '../resources/faqs.ts';
import type { LetterLine } from './letter-facts.ts';

/** "November 30, 2026". */
export function dateWords(date: IsoDate): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
}

/** The calendar date an instant falls on in the plan's zone, in words (the letter's date). */
export function instantDateWords(instant: Date, timeZone: string): string {
  return dateWords(dateInZone(instant, timeZone));
}

/**
 * Policy deadlines end at the first instant of the day after the last allowed day
 * (domain/policies/day-counts.ts); a letter prints the last allowed day itself.
 */
export function lastDayWords(deadline: Date, timeZone: string): string {
  return instantDateWords(new Date(deadline.getTime() - 1), timeZone);
}

/** "05/14/1948", as the portal shows dates of birth. */
export function shortDate(date: IsoDate): string {
  return `${date.slice(5, 7)}/${date.slice(8, 10)}/${date.slice(0, 4)}`;
}

export function phoneWords(value: string | null | undefined): string {
  return value ? formatPhone(value) : '';
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Radiation oncology letters describe the treatment plan, never codes (seed 000: "Treatment plan
 * information is included on the letters (not codes)"); other programs give the code with
 * Priora's own description, never a CPT descriptor.
 */
export function isTreatmentPlan(programCode: string): boolean {
  return programCode === 'RADONC';
}

/** What a line is: "Phase 1: initial, 3D conformal radiation therapy" or "62323 Epidural steroid injection …". */
export function lineName(line: LetterLine, programCode: string, audience: 'provider' | 'member'): string {
  if (isTreatmentPlan(programCode)) {
    return [line.phase, line.technique ?? line.description].filter(Boolean).join(', ');
  }
  return audience === 'provider' ? `${line.code} ${line.description}` : line.description;
}

/** "25 fractions" or "2 units": what was asked for of a line. */
export function requestedAmount(line: LetterLine): string {
  return line.fractionsRequested !== null ? plural(line.fractionsRequested, 'fraction') : plural(line.unitsRequested, 'unit');
}

/** What was approved of a line, against what was asked: "20 of 25 fractions approved; 5 not approved". */
export function decidedAmount(line: LetterLine): string {
  const [approved, requested, word] =
    line.fractionsRequested !== null ? [line.fractionsApproved ?? 0, line.fractionsRequested, 'fraction'] : [line.unitsApproved ?? 0, line.unitsRequested, 'unit'];
  if (approved >= requested) {
    return `${plural(requested, word)} approved`;
  }
  if (approved === 0) {
    return `not approved (${plural(requested, word)} requested)`;
  }
  return `${approved} of ${plural(requested, word)} approved; ${requested - approved} not approved`;
}

/** The service a letter is about, for its "Re:" block: the treatment plan's name, or the first code and description. */
export function serviceWords(lines: readonly LetterLine[], programCode: string, programName: string, audience: 'provider' | 'member'): string {
  const first = lines[0];
  if (!first) {
    return programName;
  }
  if (isTreatmentPlan(programCode)) {
    return first.description;
  }
  const more = lines.length > 1 ? ` and ${plural(lines.length - 1, 'more service')}` : '';
  return `${audience === 'provider' ? `${first.code} ` : ''}${first.description}${more}`;
}
