/**
 * A reviewer's weekly P2P hours: wall-clock ranges ("HH:MM") in their own zone, several per
 * weekday. Checked here once for the API and the form: on the 15-minute grid the slots use, end
 * after start, and no two ranges of a day overlapping (a slot must belong to one range only).
 */

export const SLOT_MINUTES = 15;

export interface WeeklyRange {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  start: string;
  end: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of "HH:MM" ("24:00" is the end of the day), or null when malformed. */
export function minutesOf(time: string): number | null {
  if (time === '24:00') {
    return 24 * 60;
  }
  const match = TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Field path (`weeklyHours.2.end`) → message for every range that cannot be used. */
export function weeklyHoursErrors(ranges: readonly WeeklyRange[]): Record<string, string> {
  const errors: Record<string, string> = {};
  ranges.forEach((range, index) => {
    const start = minutesOf(range.start);
    const end = minutesOf(range.end);
    if (start === null || start === 24 * 60) {
      errors[`weeklyHours.${index}.start`] = 'Enter a start time like 09:00.';
    } else if (start % SLOT_MINUTES !== 0) {
      errors[`weeklyHours.${index}.start`] = 'Start on a quarter hour (:00, :15, :30 or :45).';
    }
    if (end === null) {
      errors[`weeklyHours.${index}.end`] = 'Enter an end time like 17:00.';
    } else if (end % SLOT_MINUTES !== 0) {
      errors[`weeklyHours.${index}.end`] = 'End on a quarter hour (:00, :15, :30 or :45).';
    } else if (start !== null && end <= start) {
      errors[`weeklyHours.${index}.end`] = 'End after the start time.';
    }
  });
  ranges.forEach((range, index) => {
    const start = minutesOf(range.start) ?? 0;
    const end = minutesOf(range.end) ?? 0;
    const overlapping = ranges.findIndex(
      (other, otherIndex) => otherIndex < index && other.weekday === range.weekday && start < (minutesOf(other.end) ?? 0) && (minutesOf(other.start) ?? 0) < end,
    );
    if (overlapping >= 0 && !errors[`weeklyHours.${index}.start`]) {
      errors[`weeklyHours.${index}.start`] = `Overlaps ${ranges[overlapping]!.start}–${ranges[overlapping]!.end} on the same day.`;
    }
  });
  return errors;
}
