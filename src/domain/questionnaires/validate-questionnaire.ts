import { type ItemInContext, flattenItems } from './find-item.ts';
import type { ItemType, Questionnaire, QuestionnaireItem } from './questionnaire-types.ts';
import { conditionsProblems } from './validate-conditions.ts';

/** A mistake in questionnaire content, for the author (and the content test) to fix. */
export interface ContentProblem {
  readonly linkId?: string;
  readonly message: string;
}

const repeatableTypes: ReadonlySet<ItemType> = new Set(['group', 'choice', 'open-choice', 'code']);
const optionTypes: ReadonlySet<ItemType> = new Set(['choice', 'open-choice', 'code']);

/**
 * Checks content before it is published: unique linkIds, items well formed for their type,
 * conditions that point at an earlier question in reach, operators and answers that fit that
 * question, unique option values, and no question that can never be shown.
 */
export function validateQuestionnaire(questionnaire: Questionnaire): readonly ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (linkId: string | undefined, message: string) => problems.push(linkId === undefined ? { message } : { linkId, message });

  for (const [field, value] of [['id', questionnaire.id], ['version', questionnaire.version], ['title', questionnaire.title], ['programCode', questionnaire.programCode]] as const) {
    if (value.trim() === '') {
      report(undefined, `The questionnaire needs a ${field}.`);
    }
  }
  if (questionnaire.procedureCodes.length === 0) {
    report(undefined, 'The questionnaire must name the procedure codes it is asked for.');
  }
  if (questionnaire.items.length === 0) {
    report(undefined, 'The questionnaire has no items.');
  }

  const all = flattenItems(questionnaire);
  const byLinkId = new Map<string, ItemInContext>();
  for (const entry of all) {
    const { linkId } = entry.item;
    if (linkId.trim() === '') {
      report(undefined, `An item (“${entry.item.text}”) has no linkId.`);
    } else if (byLinkId.has(linkId)) {
      report(linkId, `The linkId “${linkId}” is used more than once.`);
    } else {
      byLinkId.set(linkId, entry);
    }
    for (const message of itemShapeProblems(entry.item)) {
      report(linkId, message);
    }
  }

  const unreachable = new Set<string>();
  for (const entry of all) {
    const { item } = entry;
    if (entry.ancestors.some((ancestor) => unreachable.has(ancestor))) {
      unreachable.add(item.linkId);
      continue;
    }
    const reason = conditionsProblems(entry, byLinkId, unreachable, report);
    if (reason) {
      unreachable.add(item.linkId);
      report(item.linkId, `“${item.linkId}” can never be shown: ${reason}.`);
    }
  }
  return problems;
}

function itemShapeProblems(item: QuestionnaireItem): string[] {
  const problems: string[] = [];
  const { type } = item;
  if (item.text.trim() === '') {
    problems.push('The item has no text.');
  }
  if (type === 'group' && (item.item ?? []).length === 0) {
    problems.push('A group needs at least one item inside it.');
  }
  if (type !== 'group' && item.item !== undefined) {
    problems.push('Only groups can contain items.');
  }
  if (item.repeats && !repeatableTypes.has(type)) {
    problems.push('Only groups, choices and codes can repeat.');
  }
  if (!item.repeats && (item.maxRepeats !== undefined || item.repeatPrompt !== undefined)) {
    problems.push('maxRepeats and repeatPrompt apply only to items that repeat.');
  }
  if (item.maxRepeats !== undefined && (!Number.isInteger(item.maxRepeats) || item.maxRepeats < 1)) {
    problems.push('maxRepeats must be a whole number of at least 1.');
  }
  if ((type === 'choice' || type === 'open-choice') && (item.answerOption ?? []).length === 0) {
    problems.push('A choice needs answer options.');
  }
  if (item.answerOption !== undefined && !optionTypes.has(type)) {
    problems.push('Only choices and codes have answer options.');
  }
  if (type === 'code' && item.codeSystem === undefined) {
    problems.push('A code question must name its code system.');
  }
  if (type !== 'code' && item.codeSystem !== undefined) {
    problems.push('Only code questions have a code system.');
  }
  problems.push(...optionProblems(item));
  if ((item.min !== undefined || item.max !== undefined) && type !== 'integer' && type !== 'decimal') {
    problems.push('Only number questions have a minimum or maximum.');
  }
  if (type === 'integer' && [item.min, item.max].some((bound) => bound !== undefined && !Number.isInteger(bound))) {
    problems.push('A whole-number question needs whole-number bounds.');
  }
  if (item.min !== undefined && item.max !== undefined && item.min > item.max) {
    problems.push(`The minimum (${item.min}) is above the maximum (${item.max}).`);
  }
  if (item.maxLength !== undefined && type !== 'string' && type !== 'text' && type !== 'open-choice') {
    problems.push('Only text questions have a maximum length.');
  }
  return problems;
}

function optionProblems(item: QuestionnaireItem): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const option of item.answerOption ?? []) {
    if (option.value.trim() === '' || option.display.trim() === '') {
      problems.push('Every answer option needs a value and a display text.');
    }
    if (seen.has(option.value)) {
      problems.push(`The answer option value “${option.value}” is used more than once.`);
    }
    seen.add(option.value);
    if (option.exclusive && !item.repeats) {
      problems.push(`Option “${option.value}” is marked exclusive, which only means something when several answers can be chosen.`);
    }
  }
  return problems;
}
