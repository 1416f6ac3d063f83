import { describe, expect, it } from 'vitest';
import type { QuestionnaireItem } from './questionnaire-types.ts';
import { isCalendarDate, validateAnswer } from './validate-answer.ts';

const item = (fields: Partial<QuestionnaireItem> & Pick<QuestionnaireItem, 'type'>): QuestionnaireItem => ({ linkId: 'q', text: 'Question', ...fields });
const yesNoUnknown = [
  { value: 'a', display: 'Anesthetic' },
  { value: 'b', display: 'Corticosteroid' },
  { value: 'unknown', display: 'Unknown', exclusive: true },
];

describe('validateAnswer', () => {
  it('asks for an answer only when the question is required', () => {
    expect(validateAnswer(item({ type: 'string', required: true }), undefined)).toBe('Please answer this question.');
    expect(validateAnswer(item({ type: 'string', required: true }), '   ')).toBe('Please answer this question.');
    expect(validateAnswer(item({ type: 'string' }), undefined)).toBeUndefined();
    expect(validateAnswer(item({ type: 'group', repeats: true, required: true, item: [] }), [])).toBe('Add at least one entry.');
  });

  it.each([
    [item({ type: 'boolean' }), 'yes', 'Answer yes or no.'],
    [item({ type: 'integer' }), 2.5, 'Enter a whole number.'],
    [item({ type: 'integer' }), '3', 'Enter a whole number.'],
    [item({ type: 'integer', min: 1, max: 4 }), 5, 'Enter a number from 1 to 4.'],
    [item({ type: 'integer', min: 1 }), 0, 'Enter 1 or more.'],
    [item({ type: 'decimal', max: 9.9 }), 10, 'Enter 9.9 or less.'],
    [item({ type: 'decimal' }), Number.NaN, 'Enter a number.'],
    [item({ type: 'date' }), '2026-02-30', 'Enter a real date as YYYY-MM-DD.'],
    [item({ type: 'date' }), '03/01/2026', 'Enter a real date as YYYY-MM-DD.'],
    [item({ type: 'text', maxLength: 3 }), 'abcd', 'Keep this to 3 characters or fewer (now 4).'],
    [item({ type: 'string' }), 7, 'Enter text.'],
    [item({ type: 'choice', answerOption: yesNoUnknown }), 'z', 'Choose one of the answers listed.'],
    [item({ type: 'choice', answerOption: yesNoUnknown }), ['a'], 'Choose only one answer.'],
    [item({ type: 'choice', repeats: true, answerOption: yesNoUnknown }), ['a', 'a'], 'The same answer is given twice.'],
    [item({ type: 'choice', repeats: true, answerOption: yesNoUnknown }), ['a', 'unknown'], '“Unknown” cannot be chosen together with other answers.'],
    [item({ type: 'choice', repeats: true, maxRepeats: 1, answerOption: yesNoUnknown }), ['a', 'b'], 'Choose at most 1.'],
    [item({ type: 'code', codeSystem: 'HCPCS' }), 'E0260', 'Choose a code from the look-up.'],
    [item({ type: 'code', codeSystem: 'HCPCS' }), { code: '62323', display: '' }, '“62323” is not an HCPCS code: one letter and four digits, such as E0260.'],
    [item({ type: 'code', codeSystem: 'CPT' }), { code: 'E0260', display: '' }, '“E0260” is not a five-character CPT number such as 62323.'],
    [item({ type: 'code', codeSystem: 'ICD10CM' }), { code: '12', display: '' }, '“12” is not an ICD-10-CM code such as M54.16.'],
    [item({ type: 'code', codeSystem: 'CPT', answerOption: [{ value: '22612', display: 'Fusion' }] }), { code: '22630', display: '' }, 'Choose one of the codes listed.'],
    [item({ type: 'group', item: [] }), [{}], 'This section has no answer of its own; answer its questions.'],
    [item({ type: 'group', repeats: true, item: [] }), ['x'], 'Each entry must be a set of answers.'],
  ])('%#: %j rejects %j', (question, value, message) => {
    expect(validateAnswer(question, value as never)).toBe(message);
  });

  it.each([
    [item({ type: 'boolean' }), false],
    [item({ type: 'integer', min: 0, max: 0 }), 0],
    [item({ type: 'decimal', min: 0 }), 9.5],
    [item({ type: 'date' }), '2028-02-29'],
    [item({ type: 'choice', answerOption: yesNoUnknown }), 'a'],
    [item({ type: 'choice', repeats: true, answerOption: yesNoUnknown }), ['a', 'b']],
    [item({ type: 'choice', repeats: true, answerOption: yesNoUnknown }), ['unknown']],
    [item({ type: 'open-choice', answerOption: yesNoUnknown }), 'Something typed'],
    [item({ type: 'code', codeSystem: 'HCPCS' }), { code: 'e0260', display: 'bed' }],
    [item({ type: 'code', codeSystem: 'ICD10CM' }), { code: 'M54.16', display: '' }],
    [item({ type: 'code', codeSystem: 'ICD10CM' }), { code: 'S83512A', display: '' }],
    [item({ type: 'code', codeSystem: 'CPT', answerOption: [{ value: '22612', display: 'Fusion' }] }), { code: '22612', display: '' }],
    [item({ type: 'code', codeSystem: 'PROCEDURE' }), { code: 'RCBREA', display: '' }],
  ])('%#: accepts %j', (question, value) => {
    expect(validateAnswer(question, value)).toBeUndefined();
  });
});

describe('isCalendarDate', () => {
  it('knows leap years', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });
});
