import { findItem, flattenItems } from '../../domain/questionnaires/find-item.ts';
import type { CodeSystem, EnableWhen, Questionnaire, QuestionnaireItem } from '../../domain/questionnaires/questionnaire-types.ts';

/**
 * A questionnaire as a printable worksheet reads it: questions numbered, sections marked, and the
 * conditions under which a question is asked written in words ("Answer if question 4 is more
 * than 0."). Pure: the PDF (worksheet-pdf.ts) only lays these lines out.
 */
export type WorksheetEntry =
  | {
      kind: 'section';
      item: QuestionnaireItem;
      /** Groups around it. */
      depth: number;
      condition: string | undefined;
      /** "Repeat this section …" for a repeating group. */
      repeatNote: string | undefined;
    }
  | {
      kind: 'question';
      item: QuestionnaireItem;
      depth: number;
      number: string;
      condition: string | undefined;
      /** The question sits in a repeating section: answered once per entry. */
      perEntry: boolean;
    };

const isQuestion = (item: QuestionnaireItem) => item.type !== 'group';

/**
 * Question numbers: the questionnaire's own prefixes when every question has one (they match
 * the screen), otherwise 1, 2, 3 … in the order the questions are asked.
 */
export function questionNumbers(questionnaire: Questionnaire): Map<string, string> {
  const questions = flattenItems(questionnaire)
    .map((entry) => entry.item)
    .filter(isQuestion);
  const usePrefixes = questions.length > 0 && questions.every((item) => item.prefix !== undefined && item.prefix.trim() !== '');
  return new Map(questions.map((item, index) => [item.linkId, usePrefixes ? (item.prefix as string).trim() : String(index + 1)]));
}

export function countQuestions(questionnaire: Questionnaire): number {
  return flattenItems(questionnaire).filter((entry) => isQuestion(entry.item)).length;
}

const codeSystemNames: Record<CodeSystem, string> = {
  ICD10CM: 'ICD-10-CM diagnosis code',
  HCPCS: 'HCPCS code',
  CPT: 'CPT code',
  PROCEDURE: 'procedure code from the program’s list',
};

export function codeSystemName(system: CodeSystem | undefined): string {
  return system ? codeSystemNames[system] : 'code';
}

/** "03/01/2026" for a YYYY-MM-DD value; anything else as given. */
function showDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[2]}/${match[3]}/${match[1]}` : value;
}

function showAnswer(target: QuestionnaireItem | undefined, answer: EnableWhen['answer']): string {
  if (typeof answer === 'boolean') {
    return answer ? 'Yes' : 'No';
  }
  if (typeof answer === 'number') {
    return String(answer);
  }
  const option = target?.answerOption?.find((candidate) => candidate.value === answer);
  if (option) {
    return `“${option.display}”`;
  }
  return target?.type === 'date' ? showDate(answer) : answer;
}

function verb(operator: EnableWhen['operator'], target: QuestionnaireItem | undefined): string {
  const several = target?.repeats === true && target.type !== 'group';
  const date = target?.type === 'date';
  switch (operator) {
    case 'exists':
      return '';
    case '=':
      return several ? 'includes' : 'is';
    case '!=':
      return several ? 'does not include' : 'is not';
    case '>':
      return date ? 'is after' : 'is more than';
    case '<':
      return date ? 'is before' : 'is less than';
    case '>=':
      return date ? 'is on or after' : 'is at least';
    case '<=':
      return date ? 'is on or before' : 'is at most';
  }
}

/** "A", "A or B", "A, B or C". */
function listed(values: readonly string[], conjunction: 'or' | 'and'): string {
  if (values.length <= 1) {
    return values[0] ?? '';
  }
  return `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]}`;
}

/**
 * The conditions of an item in words, without the lead-in: "question 4 is more than 0 or
 * question 5 is more than 0". Several "=" conditions on one question under 'any' read as one
 * list ("question 2 is 22551, 22600 or 22633"), and so do several "!=" under 'all' ("question 8
 * is not A or B").
 */
export function describeConditions(questionnaire: Questionnaire, item: QuestionnaireItem, numbers: ReadonlyMap<string, string>): string | undefined {
  const conditions = item.enableWhen ?? [];
  if (conditions.length === 0) {
    return undefined;
  }
  const any = item.enableBehavior === 'any';
  const repeating = new Set(
    flattenItems(questionnaire)
      .filter((entry) => entry.repeatingGroups.length > 0)
      .map((entry) => entry.item.linkId),
  );
  const parts: string[] = [];
  for (let index = 0; index < conditions.length; index++) {
    const condition = conditions[index] as EnableWhen;
    const target = findItem(questionnaire, condition.question);
    const number = numbers.get(condition.question);
    const entry = repeating.has(condition.question) ? ' (for the same entry)' : '';
    const subject = `${number ? `question ${number}` : `“${target?.shortText ?? target?.text ?? condition.question}”`}${entry}`;
    if (condition.operator === 'exists') {
      parts.push(`${subject} ${condition.answer ? 'is answered' : 'is not answered'}`);
      continue;
    }
    const values = [showAnswer(target, condition.answer)];
    // "is A or B" (any of several '=') and "is not A or B" (all of several '!=') read as one list.
    const mergeable = (any && condition.operator === '=') || (!any && condition.operator === '!=');
    while (mergeable && index + 1 < conditions.length) {
      const next = conditions[index + 1] as EnableWhen;
      if (next.question !== condition.question || next.operator !== condition.operator) {
        break;
      }
      values.push(showAnswer(target, next.answer));
      index++;
    }
    parts.push(`${subject} ${verb(condition.operator, target)} ${listed(values, 'or')}`);
  }
  // Whole conditions are joined by words only: their values may hold commas of their own.
  return parts.join(any ? ' or ' : ' and ');
}

function repeatNote(item: QuestionnaireItem): string | undefined {
  if (item.type !== 'group' || !item.repeats) {
    return undefined;
  }
  const most = item.maxRepeats ? ` (up to ${item.maxRepeats})` : '';
  const prompt = item.repeatPrompt ? ` After each one the request asks: “${item.repeatPrompt}”` : '';
  return `Repeating section: fill it in once for each entry${most}; use a copy of this section for each further entry.${prompt}`;
}

/** Every section and question of the worksheet, in the order the request asks them. */
export function worksheetEntries(questionnaire: Questionnaire): WorksheetEntry[] {
  const numbers = questionNumbers(questionnaire);
  return flattenItems(questionnaire).map(({ item, ancestors, repeatingGroups }) => {
    const condition = describeConditions(questionnaire, item, numbers);
    if (item.type === 'group') {
      return { kind: 'section', item, depth: ancestors.length, condition: condition && `Answer this section if ${condition}.`, repeatNote: repeatNote(item) };
    }
    return {
      kind: 'question',
      item,
      depth: ancestors.length,
      number: numbers.get(item.linkId) ?? '',
      condition: condition && `Answer if ${condition}.`,
      perEntry: repeatingGroups.length > 0,
    };
  });
}
