import { type AnswerValue, isAnswerMap, isCoding, isEmptyAnswer } from './answers.ts';
import { codeFormatProblem } from './code-formats.ts';
import type { QuestionnaireItem } from './questionnaire-types.ts';

/**
 * Checks one answer against its item and returns a message for the person answering, or
 * undefined when the answer is acceptable. An empty answer is a problem only when the item
 * is required; whether the item is shown at all is the caller's business (visibleItems).
 */
export function validateAnswer(item: QuestionnaireItem, value: AnswerValue | undefined): string | undefined {
  if (value === undefined || isEmptyAnswer(value)) {
    if (!item.required) {
      return undefined;
    }
    return item.type === 'group' ? 'Add at least one entry.' : 'Please answer this question.';
  }
  switch (item.type) {
    case 'group':
      return groupProblem(item, value);
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'Answer yes or no.';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? rangeProblem(item, value) : 'Enter a whole number.';
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value) ? rangeProblem(item, value) : 'Enter a number.';
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? undefined : 'Enter a real date as YYYY-MM-DD.';
    case 'string':
    case 'text':
      return textProblem(item, value);
    case 'choice':
    case 'open-choice':
      return eachAnswer(item, value, (entry) => choiceProblem(item, entry)) ?? exclusiveProblem(item, value);
    case 'code':
      return eachAnswer(item, value, (entry) => codeProblem(item, entry));
  }
}

function groupProblem(item: QuestionnaireItem, value: AnswerValue): string | undefined {
  if (!item.repeats) {
    return 'This section has no answer of its own; answer its questions.';
  }
  if (!Array.isArray(value) || !value.every((entry) => isAnswerMap(entry))) {
    return 'Each entry must be a set of answers.';
  }
  if (item.maxRepeats !== undefined && value.length > item.maxRepeats) {
    return `Enter at most ${item.maxRepeats} ${item.maxRepeats === 1 ? 'entry' : 'entries'}.`;
  }
  return undefined;
}

function rangeProblem(item: QuestionnaireItem, value: number): string | undefined {
  const { min, max } = item;
  if (min !== undefined && max !== undefined && (value < min || value > max)) {
    return `Enter a number from ${min} to ${max}.`;
  }
  if (min !== undefined && value < min) {
    return `Enter ${min} or more.`;
  }
  if (max !== undefined && value > max) {
    return `Enter ${max} or less.`;
  }
  return undefined;
}

function textProblem(item: QuestionnaireItem, value: AnswerValue): string | undefined {
  if (typeof value !== 'string') {
    return 'Enter text.';
  }
  if (item.maxLength !== undefined && value.length > item.maxLength) {
    return `Keep this to ${item.maxLength} characters or fewer (now ${value.length}).`;
  }
  return undefined;
}

/** Repeating items take a list of distinct answers; others exactly one. */
function eachAnswer(item: QuestionnaireItem, value: AnswerValue, check: (entry: unknown) => string | undefined): string | undefined {
  if (!item.repeats) {
    return Array.isArray(value) ? 'Choose only one answer.' : check(value);
  }
  const entries: readonly unknown[] = Array.isArray(value) ? value : [value];
  if (item.maxRepeats !== undefined && entries.length > item.maxRepeats) {
    return `Choose at most ${item.maxRepeats}.`;
  }
  for (const entry of entries) {
    const problem = check(entry);
    if (problem) {
      return problem;
    }
  }
  const keys = entries.map((entry) => (isCoding(entry) ? entry.code.toUpperCase() : String(entry)));
  return new Set(keys).size === keys.length ? undefined : 'The same answer is given twice.';
}

function choiceProblem(item: QuestionnaireItem, entry: unknown): string | undefined {
  if (typeof entry !== 'string' || entry.trim() === '') {
    return 'Choose one of the answers listed.';
  }
  if (item.type === 'open-choice') {
    return textProblem(item, entry);
  }
  return (item.answerOption ?? []).some((option) => option.value === entry) ? undefined : 'Choose one of the answers listed.';
}

/** "None of the above" and "Unknown" make no sense next to another answer. */
function exclusiveProblem(item: QuestionnaireItem, value: AnswerValue): string | undefined {
  if (!Array.isArray(value) || value.length < 2) {
    return undefined;
  }
  const exclusive = (item.answerOption ?? []).find((option) => option.exclusive && (value as readonly unknown[]).includes(option.value));
  return exclusive ? `“${exclusive.display}” cannot be chosen together with other answers.` : undefined;
}

function codeProblem(item: QuestionnaireItem, entry: unknown): string | undefined {
  if (!isCoding(entry) || entry.code.trim() === '') {
    return 'Choose a code from the look-up.';
  }
  const options = item.answerOption;
  if (options && options.length > 0) {
    return options.some((option) => option.value === entry.code.toUpperCase()) ? undefined : 'Choose one of the codes listed.';
  }
  return item.codeSystem ? codeFormatProblem(item.codeSystem, entry.code) : undefined;
}

/** 'YYYY-MM-DD' naming a day that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
