import { type AnswerValue, isCoding } from '../questionnaires/answers.ts';
import type { QuestionnaireItem } from '../questionnaires/questionnaire-types.ts';

/** The name of a question in reasons: its short text, else its text. */
export function labelOf(item: QuestionnaireItem | undefined, linkId: string): string {
  return item?.shortText ?? item?.text ?? linkId;
}

/** An option's display text, for a choice value or a code in a closed list. */
export function optionDisplay(item: QuestionnaireItem | undefined, value: string): string | undefined {
  return item?.answerOption?.find((option) => option.value === value)?.display;
}

/** A single value as a person reads it: Yes/No, option display, code with description. */
export function showValue(item: QuestionnaireItem | undefined, value: unknown): string {
  if (typeof value === 'boolean') {
    return value ? 'Yes' : 'No';
  }
  if (isCoding(value)) {
    const display = optionDisplay(item, value.code.toUpperCase()) ?? value.display;
    return display ? `${value.code} (${display})` : value.code;
  }
  if (typeof value === 'string') {
    return optionDisplay(item, value) ?? value;
  }
  return String(value);
}

/** An answer as a person reads it; several answers joined by commas. */
export function showAnswer(item: QuestionnaireItem | undefined, value: AnswerValue): string {
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  return values.map((entry) => showValue(item, entry)).join(', ');
}
