import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { csvField, toCsv } from './csv.ts';
import { countQuestions, questionNumbers, worksheetEntries } from './worksheet-text.ts';

const questionnaire: Questionnaire = {
  id: 'sample',
  version: '1',
  title: 'Sample',
  programCode: 'MSK',
  procedureCodes: ['SPINE'],
  items: [
    { linkId: 'count', text: 'How many?', type: 'integer' },
    { linkId: 'when', text: 'When?', type: 'date', enableWhen: [{ question: 'count', operator: '>', answer: 0 }] },
    {
      linkId: 'code',
      text: 'Which code?',
      type: 'code',
      codeSystem: 'CPT',
      enableWhen: [
        { question: 'count', operator: '=', answer: 1 },
        { question: 'count', operator: '=', answer: 2 },
        { question: 'when', operator: '>=', answer: '2026-01-31' },
      ],
      enableBehavior: 'any',
    },
    {
      linkId: 'lines',
      text: 'Lines',
      type: 'group',
      repeats: true,
      maxRepeats: 3,
      repeatPrompt: 'Another line?',
      item: [
        { linkId: 'kind', text: 'Kind', type: 'choice', answerOption: [{ value: 'a', display: 'Alpha' }, { value: 'b', display: 'Beta' }] },
        { linkId: 'note', text: 'Note', type: 'string', enableWhen: [{ question: 'kind', operator: '!=', answer: 'a' }, { question: 'count', operator: 'exists', answer: true }] },
      ],
    },
  ],
};

describe('worksheet text', () => {
  it('numbers questions in order when not every question has a prefix', () => {
    expect([...questionNumbers(questionnaire).entries()]).toEqual([
      ['count', '1'],
      ['when', '2'],
      ['code', '3'],
      ['kind', '4'],
      ['note', '5'],
    ]);
    expect(countQuestions(questionnaire)).toBe(5);
  });

  it('writes conditions in words', () => {
    const entries = worksheetEntries(questionnaire);
    const condition = (linkId: string) => entries.find((entry) => entry.item.linkId === linkId)?.condition;
    expect(condition('count')).toBeUndefined();
    expect(condition('when')).toBe('Answer if question 1 is more than 0.');
    expect(condition('code')).toBe('Answer if question 1 is 1 or 2 or question 2 is on or after 01/31/2026.');
    expect(condition('note')).toBe('Answer if question 4 (for the same entry) is not “Alpha” and question 1 is answered.');
    const group = entries.find((entry) => entry.item.linkId === 'lines');
    expect(group).toMatchObject({ kind: 'section', repeatNote: expect.stringContaining('(up to 3)') as unknown });
    expect(entries.find((entry) => entry.item.linkId === 'kind')).toMatchObject({ kind: 'question', perEntry: true, depth: 1 });
  });
});

describe('csv', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField(' padded')).toBe('" padded"');
    expect(toCsv(['a', 'b'], [['1', '2, 3']])).toBe('\uFEFFa,b\r\n1,"2, 3"\r\n');
  });
});
