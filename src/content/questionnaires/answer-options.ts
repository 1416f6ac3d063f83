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

/** ECOG performance status with the Karnofsky equivalent, and Unknown (radiation oncology). */
export const performanceStatusOptions: readonly AnswerOption[] = [
  { value: '0-1', display: 'ECOG 0 to 1: fully active, or limited only in strenuous activity (Karnofsky 80 to 100)' },
  { value: '2', display: 'ECOG 2: up and about more than half the day, unable to work (Karnofsky 60 to 70)' },
  { value: '3-4', display: 'ECOG 3 to 4: in bed or a chair more than half the day (Karnofsky 50 or less)' },
  { value: unknownOptionValue, display: 'Unknown' },
];
