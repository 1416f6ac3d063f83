import { type AnswerPath, type Answers, answerAt, isAnswerMap, isEmptyAnswer, pathKey } from './answers.ts';
import { flattenItems } from './find-item.ts';
import type { EnableWhen, Questionnaire, QuestionnaireItem } from './questionnaire-types.ts';
import { pruneHidden, visibleItems } from './visibility.ts';

type Expect = (actual: unknown, message?: string) => { toEqual(expected: unknown): void; toBe(expected: unknown): void };

/** Every path that holds an answer, repeat entries included (an entry's own path too). */
export function answeredPaths(answers: Answers, prefix: AnswerPath = []): AnswerPath[] {
  return Object.entries(answers).flatMap(([linkId, value]) => {
    const path = [...prefix, linkId];
    if (Array.isArray(value) && value.length > 0 && value.every((entry) => isAnswerMap(entry))) {
      return [path, ...(value as readonly Answers[]).flatMap((entry, index) => answeredPaths(entry, [...path, index]))];
    }
    return [path];
  });
}

/**
 * An oracle written from the definition, independent of visibility.ts: a condition holds when
 * the answer to its question, found in the same repeat entry or the levels around it, passes
 * the comparison ('=' any answer equal, '!=' none, unanswered only for exists false).
 */
function conditionHolds(condition: EnableWhen, answers: Answers, prefix: AnswerPath): boolean {
  let value: unknown;
  for (let depth = prefix.length; depth >= 0; depth -= 2) {
    value = answerAt(answers, [...prefix.slice(0, depth), condition.question]);
    if (value !== undefined) {
      break;
    }
  }
  const answered = !isEmptyAnswer(value);
  if (condition.operator === 'exists') {
    return answered === condition.answer;
  }
  if (!answered) {
    return false;
  }
  const values = (Array.isArray(value) ? value : [value]).map((entry: unknown) =>
    typeof entry === 'object' && entry !== null && 'code' in entry ? String(entry.code).toUpperCase() : entry,
  );
  const expected = condition.answer;
  const compare = (entry: unknown) => (typeof entry === typeof expected ? ((entry as number) < (expected as number) ? -1 : (entry as number) > (expected as number) ? 1 : 0) : undefined);
  switch (condition.operator) {
    case '=':
      return values.includes(expected);
    case '!=':
      return !values.includes(expected);
    case '>':
      return values.some((entry) => compare(entry) === 1);
    case '<':
      return values.some((entry) => compare(entry) === -1);
    case '>=':
      return values.some((entry) => compare(entry) === 1 || compare(entry) === 0);
    case '<=':
      return values.some((entry) => compare(entry) === -1 || compare(entry) === 0);
  }
}

function enabled(item: QuestionnaireItem, answers: Answers, prefix: AnswerPath): boolean {
  const conditions = item.enableWhen ?? [];
  if (conditions.length === 0) {
    return true;
  }
  const holds = (condition: EnableWhen) => conditionHolds(condition, answers, prefix);
  return item.enableBehavior === 'any' ? conditions.some(holds) : conditions.every(holds);
}

/** The answer at this path belongs to a question whose conditions, and its groups' conditions, hold. */
function answerIsToAShownQuestion(questionnaire: Questionnaire, answers: Answers, path: AnswerPath): boolean {
  const linkId = path[path.length - 1];
  const byLinkId = new Map(flattenItems(questionnaire).map((entry) => [entry.item.linkId, entry]));
  const entry = typeof linkId === 'string' ? byLinkId.get(linkId) : undefined;
  if (!entry || entry.repeatingGroups.length * 2 !== path.length - 1) {
    return false;
  }
  // Each enclosing group, and the item itself, judged at the answer level it belongs to.
  return [...entry.ancestors, entry.item.linkId].every((id) => {
    const context = byLinkId.get(id);
    if (!context) {
      return false;
    }
    const prefix = path.slice(0, context.repeatingGroups.length * 2);
    return enabled(context.item, answers, prefix);
  });
}

/** The properties pruneHidden promises, checked for one questionnaire and one answer map. */
export function assertPruneProperties(questionnaire: Questionnaire, answers: Answers, expect: Expect): void {
  const pruned = pruneHidden(questionnaire, answers);
  expect(pruneHidden(questionnaire, pruned), 'idempotent').toEqual(pruned);
  for (const path of answeredPaths(pruned)) {
    expect(answerIsToAShownQuestion(questionnaire, pruned, path), `kept ${pathKey(path)}`).toBe(true);
  }
  const visible = visibleItems(questionnaire, pruned);
  // Nothing shown loses its answer: only hidden questions are pruned.
  for (const { item, path } of visible) {
    if (item.type !== 'group' && !isEmptyAnswer(answerAt(answers, path))) {
      expect(answerAt(pruned, path), `dropped ${pathKey(path)}`).toEqual(answerAt(answers, path));
    }
  }
  expect(visible.map((entry) => pathKey(entry.path)), 'same questions shown').toEqual(visibleItems(questionnaire, answers).map((entry) => pathKey(entry.path)));
}
