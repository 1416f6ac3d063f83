import type { ItemInContext } from './find-item.ts';
import { type EnableWhen, type ItemType, type QuestionnaireItem, describeType } from './questionnaire-types.ts';
import { isCalendarDate } from './validate-answer.ts';

/**
 * The enableWhen half of validateQuestionnaire: each condition must point at an earlier
 * question in reach and fit its type, and the conditions together must be satisfiable given
 * the options and bounds of the questions they test.
 */

const orderedTypes: ReadonlySet<ItemType> = new Set(['integer', 'decimal', 'date']);

/**
 * Reports malformed conditions and returns why the item can never be shown, if it cannot.
 * Conditions with a mistake are left out of the reachability judgement (they are reported).
 */
export function conditionsProblems(
  entry: ItemInContext,
  byLinkId: ReadonlyMap<string, ItemInContext>,
  unreachable: ReadonlySet<string>,
  report: (linkId: string, message: string) => void,
): string | undefined {
  const { item } = entry;
  const conditions = item.enableWhen ?? [];
  if (conditions.length === 0) {
    return undefined;
  }
  const impossible: string[] = [];
  const wellFormed: { condition: EnableWhen; target: QuestionnaireItem }[] = [];
  for (const condition of conditions) {
    const target = byLinkId.get(condition.question);
    const mistake = conditionMistake(entry, condition, target);
    if (mistake) {
      report(item.linkId, mistake);
      continue;
    }
    const targetItem = (target as ItemInContext).item;
    wellFormed.push({ condition, target: targetItem });
    const never = unreachable.has(targetItem.linkId) && !(condition.operator === 'exists' && condition.answer === false)
      ? `“${targetItem.linkId}” is itself never shown`
      : impossibleCondition(condition, targetItem);
    if (never) {
      impossible.push(never);
    }
  }
  if (wellFormed.length === 0) {
    return undefined;
  }
  if (item.enableBehavior === 'any') {
    return impossible.length === wellFormed.length ? impossible.join('; ') : undefined;
  }
  return impossible[0] ?? contradiction(wellFormed);
}

function conditionMistake(entry: ItemInContext, condition: EnableWhen, target: ItemInContext | undefined): string | undefined {
  const { item } = entry;
  if (!target) {
    return `enableWhen refers to “${condition.question}”, which is not in the questionnaire.`;
  }
  if (target.item.linkId === item.linkId) {
    return 'enableWhen refers to the item itself.';
  }
  if (target.order > entry.order) {
    return `enableWhen refers to “${condition.question}”, which comes later; a question can only depend on earlier answers.`;
  }
  if (target.item.type === 'group') {
    return `enableWhen refers to the group “${condition.question}”, which has no answer of its own.`;
  }
  const outOfReach = target.repeatingGroups.find((group) => !entry.repeatingGroups.includes(group));
  if (outOfReach) {
    return `enableWhen refers to “${condition.question}” inside the repeating group “${outOfReach}”, which does not contain this item, so it is not clear which entry to look at.`;
  }
  return operatorMistake(condition, target.item);
}

function operatorMistake(condition: EnableWhen, target: QuestionnaireItem): string | undefined {
  const { operator, answer } = condition;
  const where = `enableWhen on “${target.linkId}”`;
  if (operator === 'exists') {
    return typeof answer === 'boolean' ? undefined : `${where}: 'exists' takes true or false.`;
  }
  if (operator !== '=' && operator !== '!=' && !orderedTypes.has(target.type)) {
    return `${where}: '${operator}' compares numbers or dates, and “${target.linkId}” is ${describeType(target.type)}.`;
  }
  switch (target.type) {
    case 'boolean':
      return typeof answer === 'boolean' ? undefined : `${where}: a yes/no question is compared with true or false.`;
    case 'integer':
    case 'decimal':
      return typeof answer === 'number' && Number.isFinite(answer) ? undefined : `${where}: a number question is compared with a number.`;
    case 'date':
      return typeof answer === 'string' && isCalendarDate(answer) ? undefined : `${where}: a date question is compared with a date (YYYY-MM-DD).`;
    case 'choice':
    case 'open-choice':
    case 'code':
    case 'string':
    case 'text':
      return typeof answer === 'string' ? undefined : `${where}: compare with a text or code value.`;
    case 'group':
      return `${where}: a group has no answer.`;
  }
}

/** Why one condition can never hold given the options and bounds of its question, if so. */
function impossibleCondition(condition: EnableWhen, target: QuestionnaireItem): string | undefined {
  const { operator, answer } = condition;
  const closedOptions = target.type === 'choice' || (target.type === 'code' && (target.answerOption ?? []).length > 0);
  if (closedOptions && operator === '=' && !(target.answerOption ?? []).some((option) => option.value === answer)) {
    return `“${target.linkId}” has no answer option “${String(answer)}”`;
  }
  if (typeof answer === 'number' && (target.type === 'integer' || target.type === 'decimal')) {
    const range = numericRange([condition], target);
    if (range.empty) {
      return `“${target.linkId}” ${operator} ${answer} is outside its allowed range ${describeBounds(target)}`;
    }
  }
  return undefined;
}

function describeBounds(item: QuestionnaireItem): string {
  return `${item.min ?? '−∞'} to ${item.max ?? '∞'}`;
}

/** With 'all', two conditions on the same single-answer question may exclude each other. */
function contradiction(conditions: readonly { condition: EnableWhen; target: QuestionnaireItem }[]): string | undefined {
  const byTarget = new Map<string, { target: QuestionnaireItem; conditions: EnableWhen[] }>();
  for (const { condition, target } of conditions) {
    const group = byTarget.get(target.linkId) ?? { target, conditions: [] };
    group.conditions.push(condition);
    byTarget.set(target.linkId, group);
  }
  for (const { target, conditions: onTarget } of byTarget.values()) {
    if (onTarget.length < 2) {
      continue;
    }
    const exists = new Set(onTarget.filter((c) => c.operator === 'exists').map((c) => c.answer));
    const compares = onTarget.filter((c) => c.operator !== 'exists');
    if (exists.size > 1 || (exists.has(false) && compares.length > 0)) {
      return `the conditions on “${target.linkId}” ask for it to be answered and not answered`;
    }
    if (target.repeats) {
      continue; // several answers can satisfy several '=' at once
    }
    const equals = new Set(compares.filter((c) => c.operator === '=').map((c) => c.answer));
    if (equals.size > 1) {
      return `the conditions need “${target.linkId}” to equal ${[...equals].map(String).join(' and ')} at once`;
    }
    const [only] = [...equals];
    if (equals.size === 1 && compares.some((c) => c.operator === '!=' && c.answer === only)) {
      return `the conditions need “${target.linkId}” to equal and not equal ${String(only)}`;
    }
    if ((target.type === 'integer' || target.type === 'decimal') && numericRange(compares, target).empty) {
      return `no number satisfies all the conditions on “${target.linkId}”`;
    }
  }
  return undefined;
}

/** The interval of numbers the conditions and the item's bounds allow; integers are rounded inwards. */
function numericRange(conditions: readonly EnableWhen[], item: QuestionnaireItem): { empty: boolean } {
  let low = item.min ?? -Infinity;
  let high = item.max ?? Infinity;
  let lowOpen = false;
  let highOpen = false;
  const raiseLow = (value: number, open: boolean) => {
    if (value > low || (value === low && open)) {
      low = value;
      lowOpen = open;
    }
  };
  const lowerHigh = (value: number, open: boolean) => {
    if (value < high || (value === high && open)) {
      high = value;
      highOpen = open;
    }
  };
  for (const { operator, answer } of conditions) {
    if (typeof answer !== 'number') {
      continue;
    }
    if (operator === '=') {
      raiseLow(answer, false);
      lowerHigh(answer, false);
    } else if (operator === '>') {
      raiseLow(answer, true);
    } else if (operator === '>=') {
      raiseLow(answer, false);
    } else if (operator === '<') {
      lowerHigh(answer, true);
    } else if (operator === '<=') {
      lowerHigh(answer, false);
    }
  }
  if (item.type === 'integer') {
    const first = lowOpen && Number.isInteger(low) ? low + 1 : Math.ceil(low);
    const last = highOpen && Number.isInteger(high) ? high - 1 : Math.floor(high);
    return { empty: first > last };
  }
  return { empty: low > high || (low === high && (lowOpen || highOpen)) };
}
