import type { AnswerOption } from '../../domain/questionnaires/questionnaire-types.ts';
import { unknownOptionValue } from '../../domain/questionnaires/answers.ts';

/**
 * Options shared by the clinical questionnaires. "Unknown" always uses the value 'unknown',
 * which criteria read as "no information" (the case goes to a reviewer) rather than as a no.
 */
export const yesNoUnknown: readonly AnswerOption[] = [
  { value: 'yes', display: 'Yes' },
  { value: 'no', display: 'No' },
  { value: unknownOptionValue, display: 'Unknown' },
];

export const unknownOption: AnswerOption = { value: unknownOptionValue, display: 'Unknown', exclusive: true };

export const noneOfTheAbove = (display = 'None of the above'): AnswerOption => ({ value: 'none', display, exclusive: true });

/** Options from [value, display] pairs, for code lists kept as tables. */
export function optionsFrom(pairs: readonly (readonly [string, string])[]): readonly AnswerOption[] {
  return pairs.map(([value, display]) => ({ value, display }));
}
