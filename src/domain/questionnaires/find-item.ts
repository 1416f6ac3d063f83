import type { AnswerPath } from './answers.ts';
import type { Questionnaire, QuestionnaireItem } from './questionnaire-types.ts';

/** Every item in document order (depth first), with its enclosing repeating groups. */
export interface ItemInContext {
  readonly item: QuestionnaireItem;
  /** Position in document order: conditions may only look at earlier items. */
  readonly order: number;
  /** linkIds of the repeating groups around the item, outermost first. */
  readonly repeatingGroups: readonly string[];
  /** linkIds of all groups around the item, outermost first. */
  readonly ancestors: readonly string[];
}

export function flattenItems(questionnaire: Questionnaire): readonly ItemInContext[] {
  const all: ItemInContext[] = [];
  const visit = (items: readonly QuestionnaireItem[], repeatingGroups: readonly string[], ancestors: readonly string[]) => {
    for (const item of items) {
      all.push({ item, order: all.length, repeatingGroups, ancestors });
      if (item.item) {
        visit(item.item, item.type === 'group' && item.repeats ? [...repeatingGroups, item.linkId] : repeatingGroups, [...ancestors, item.linkId]);
      }
    }
  };
  visit(questionnaire.items, [], []);
  return all;
}

/** The first item with this linkId (linkIds are unique in valid content). */
export function findItem(questionnaire: Questionnaire, linkId: string): QuestionnaireItem | undefined {
  return flattenItems(questionnaire).find((entry) => entry.item.linkId === linkId)?.item;
}

/** The item an answer path points at, checking that each repeating group is followed by an index. */
export function itemAtPath(questionnaire: Questionnaire, path: AnswerPath): QuestionnaireItem | undefined {
  let level: readonly QuestionnaireItem[] = questionnaire.items;
  let found: QuestionnaireItem | undefined;
  for (let position = 0; position < path.length; position += 1) {
    const step = path[position];
    if (typeof step !== 'string') {
      return undefined;
    }
    found = findAtLevel(level, step);
    if (!found) {
      return undefined;
    }
    if (found.type === 'group' && found.repeats && position < path.length - 1) {
      const index = path[position + 1];
      if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) {
        return undefined;
      }
      position += 1;
      level = found.item ?? [];
    }
  }
  return found;
}

/** Looks through plain groups, whose children share their parent's answer map. */
function findAtLevel(items: readonly QuestionnaireItem[], linkId: string): QuestionnaireItem | undefined {
  for (const item of items) {
    if (item.linkId === linkId) {
      return item;
    }
    if (item.type === 'group' && !item.repeats) {
      const inner = findAtLevel(item.item ?? [], linkId);
      if (inner) {
        return inner;
      }
    }
  }
  return undefined;
}
