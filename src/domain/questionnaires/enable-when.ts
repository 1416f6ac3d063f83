import { type AnswerValue, type Answers, isCoding, isEmptyAnswer } from './answers.ts';
import type { EnableWhen, QuestionnaireItem } from './questionnaire-types.ts';

/**
 * The answer maps a condition can see, innermost first: the current repeat instance, then
 * the levels around it. linkIds are unique, so the first map that has the linkId is its home.
 */
export type AnswerScope = readonly Answers[];

export function lookupAnswer(scope: AnswerScope, linkId: string): AnswerValue | undefined {
  for (const answers of scope) {
    if (Object.hasOwn(answers, linkId)) {
      return answers[linkId];
    }
  }
  return undefined;
}

/**
 * The comparable values of an answer: several answers as a list, codes by their code in
 * capitals (code systems are case-insensitive and content writes them in capitals).
 */
export function comparableValues(value: AnswerValue): readonly (string | number | boolean)[] {
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  return values.flatMap((entry) => {
    if (isCoding(entry)) {
      return [entry.code.toUpperCase()];
    }
    return typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean' ? [entry] : [];
  });
}

function ordered(left: string | number | boolean, right: string | number | boolean): number | undefined {
  if (typeof left === 'number' && typeof right === 'number') {
    return left - right;
  }
  // Dates are 'YYYY-MM-DD', so string order is date order.
  if (typeof left === 'string' && typeof right === 'string') {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  return undefined;
}

/**
 * FHIR semantics, made explicit where FHIR leaves room:
 * - an unanswered question satisfies only `exists false`, so what depends on it stays hidden
 *   until it is answered (questions appear in the order they can be answered);
 * - with several answers ("choose all that apply"), '=' holds when any answer equals, and
 *   '!=' when none does.
 */
export function conditionHolds(condition: EnableWhen, value: AnswerValue | undefined): boolean {
  const answered = value !== undefined && !isEmptyAnswer(value);
  if (condition.operator === 'exists') {
    return answered === condition.answer;
  }
  if (!answered) {
    return false;
  }
  const values = comparableValues(value);
  const expected = condition.answer;
  switch (condition.operator) {
    case '=':
      return values.some((entry) => entry === expected);
    case '!=':
      return values.every((entry) => entry !== expected);
    case '>':
      return values.some((entry) => (ordered(entry, expected) ?? 0) > 0);
    case '<':
      return values.some((entry) => (ordered(entry, expected) ?? 0) < 0);
    case '>=':
      return values.some((entry) => {
        const order = ordered(entry, expected);
        return order !== undefined && order >= 0;
      });
    case '<=':
      return values.some((entry) => {
        const order = ordered(entry, expected);
        return order !== undefined && order <= 0;
      });
  }
}

export function isEnabled(item: QuestionnaireItem, scope: AnswerScope): boolean {
  const conditions = item.enableWhen ?? [];
  if (conditions.length === 0) {
    return true;
  }
  const holds = (condition: EnableWhen) => conditionHolds(condition, lookupAnswer(scope, condition.question));
  return item.enableBehavior === 'any' ? conditions.some(holds) : conditions.every(holds);
}
