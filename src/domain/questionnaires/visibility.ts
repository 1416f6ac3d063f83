import { type AnswerPath, type AnswerValue, type Answers, isAnswerMap, isEmptyAnswer } from './answers.ts';
import { type AnswerScope, isEnabled } from './enable-when.ts';
import type { Questionnaire, QuestionnaireItem } from './questionnaire-types.ts';

/** An item to show now, with the path of its answer and its nesting depth (for indentation). */
export interface VisibleItem {
  readonly item: QuestionnaireItem;
  readonly path: AnswerPath;
  readonly depth: number;
}

interface Walk {
  readonly visible: VisibleItem[];
  readonly kept: Answers;
}

/**
 * One pass in document order decides both what is shown and which answers still count.
 * A condition sees only answers already kept, that is answers to earlier questions that are
 * themselves shown; so hiding a question also hides everything that depended on its answer,
 * however deep the chain. Doing both in one pass keeps visibleItems and pruneHidden from ever
 * disagreeing.
 */
function walk(questionnaire: Questionnaire, answers: Answers): Walk {
  const visible: VisibleItem[] = [];
  const kept = walkLevel(questionnaire.items, answers, [], [], 0, visible);
  return { visible, kept };
}

function walkLevel(
  items: readonly QuestionnaireItem[],
  given: Answers,
  outer: AnswerScope,
  prefix: AnswerPath,
  depth: number,
  visible: VisibleItem[],
): Answers {
  const kept: Record<string, AnswerValue> = {};
  walkItems(items, given, kept, [kept, ...outer], prefix, depth, visible);
  return kept;
}

function walkItems(
  items: readonly QuestionnaireItem[],
  given: Answers,
  kept: Record<string, AnswerValue>,
  scope: AnswerScope,
  prefix: AnswerPath,
  depth: number,
  visible: VisibleItem[],
): void {
  for (const item of items) {
    if (!isEnabled(item, scope)) {
      continue;
    }
    const path = [...prefix, item.linkId];
    visible.push({ item, path, depth });
    if (item.type !== 'group') {
      const value = given[item.linkId];
      if (value !== undefined && !isEmptyAnswer(value)) {
        kept[item.linkId] = value;
      }
    } else if (!item.repeats) {
      // A plain group is a heading: its children's answers live in the same map.
      walkItems(item.item ?? [], given, kept, scope, prefix, depth + 1, visible);
    } else {
      walkRepeatingGroup(item, given, kept, scope, path, depth, visible);
    }
  }
}

function walkRepeatingGroup(
  group: QuestionnaireItem,
  given: Answers,
  kept: Record<string, AnswerValue>,
  scope: AnswerScope,
  path: AnswerPath,
  depth: number,
  visible: VisibleItem[],
): void {
  const value = given[group.linkId];
  // Anything but a list cannot hold repeat instances, so it is not an answer to keep.
  const instances = Array.isArray(value) ? value.map((entry) => (isAnswerMap(entry) ? entry : {})) : [];
  // A required group with no entry yet still shows its first instance, so it can be answered.
  const shown = instances.length > 0 ? instances.length : group.required ? 1 : 0;
  const keptInstances: Answers[] = [];
  for (let index = 0; index < shown; index += 1) {
    const instance = walkLevel(group.item ?? [], instances[index] ?? {}, scope, [...path, index], depth + 1, visible);
    if (index < instances.length) {
      keptInstances.push(instance);
    }
  }
  if (keptInstances.length > 0) {
    kept[group.linkId] = keptInstances;
  }
}

/** The items to show now, in order: groups (as headings) and questions, repeat instances expanded. */
export function visibleItems(questionnaire: Questionnaire, answers: Answers): readonly VisibleItem[] {
  return walk(questionnaire, answers).visible;
}

/**
 * The answers without those to questions no longer shown, and without anything that is not
 * an answer to a question of this questionnaire. Call it after every change: an earlier
 * answer changed re-evaluates everything that follows (PRODUCT.md C3 step 11). Idempotent.
 */
export function pruneHidden(questionnaire: Questionnaire, answers: Answers): Answers {
  return walk(questionnaire, answers).kept;
}
