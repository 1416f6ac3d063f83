import { HOLD_ITEM_LABELS, type HoldItem } from '../../contracts/review.ts';
import type { HoldView } from '../../contracts/cases.ts';
import type { cases } from '../../db/schema/cases.ts';
import { dateInZone } from '../../domain/calendar/time-zone.ts';

type HoldFields = Pick<typeof cases.$inferSelect, 'status' | 'holdRequest' | 'holdDueAt'>;

/** What a hold asks for, in the words of the letter. */
export function holdItemWords(items: readonly string[]): string[] {
  return items.map((item) => HOLD_ITEM_LABELS[item as HoldItem] ?? item);
}

/** The open hold of a case, in words, for the reviewer and the office (`timeZone`: the plan's); null unless on hold. */
export function holdOf(row: HoldFields, timeZone: string): HoldView | null {
  if (row.status !== 'on_hold' || !row.holdRequest || !row.holdDueAt) {
    return null;
  }
  return {
    kind: row.holdRequest.kind ?? 'information',
    items: holdItemWords(row.holdRequest.items),
    note: row.holdRequest.note,
    dueAt: row.holdDueAt.toISOString(),
    // The hold ends at the first instant of the day after the last day, in the plan's zone.
    lastDay: dateInZone(new Date(row.holdDueAt.getTime() - 1), timeZone),
  };
}
