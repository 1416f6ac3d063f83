import { HOLD_ITEM_LABELS, type HoldItem } from '../../contracts/review.ts';
import type { cases } from '../../db/schema/cases.ts';

type HoldFields = Pick<typeof cases.$inferSelect, 'status' | 'holdRequest' | 'holdDueAt'>;

/** What a hold asks for, in the words of the letter. */
export function holdItemWords(items: readonly string[]): string[] {
  return items.map((item) => HOLD_ITEM_LABELS[item as HoldItem] ?? item);
}

/** The open hold of a case, in words, for the reviewer and the office; null unless on hold. */
export function holdOf(row: HoldFields): { kind: 'information' | 'pre_decision'; items: string[]; note: string; dueAt: string; lastDay: string } | null {
  if (row.status !== 'on_hold' || !row.holdRequest || !row.holdDueAt) {
    return null;
  }
  return {
    kind: row.holdRequest.kind ?? 'information',
    items: holdItemWords(row.holdRequest.items),
    note: row.holdRequest.note,
    dueAt: row.holdDueAt.toISOString(),
    // Older holds did not record it: the UTC day before the due instant is the nearest reading.
    lastDay: row.holdRequest.lastDay ?? new Date(row.holdDueAt.getTime() - 1).toISOString().slice(0, 10),
  };
}
