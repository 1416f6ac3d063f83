import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { descriptionWords, displayCode, parseCodeQuery, prefixTsQuery } from './code-query.ts';

describe('parseCodeQuery', () => {
  it.each([
    ['E11.9', 'E119'],
    ['e119', 'E119'],
    ['E11', 'E11'],
    ['E11.', 'E11'],
    [' s83.512a ', 'S83512A'],
    ['K0823', 'K0823'],
    ['k08', 'K08'],
    ['QA001', 'QA001'],
    ['E1', 'E1'],
  ])('treats %s as the code prefix %s', (input, prefix) => {
    expect(parseCodeQuery(input)).toEqual({ kind: 'code', prefix });
  });

  it.each([
    ['diab mell', ['diab', 'mell']],
    ['Type 2 diabetes', ['type', '2', 'diabetes']],
    ['non-Hodgkin', ['non', 'hodgkin']],
    ['E', ['e']],
    ['E11.9.1', ['e11', '9', '1']],
    ['S83512AB', ['s83512ab']],
  ])('treats %s as words', (input, words) => {
    expect(parseCodeQuery(input)).toEqual({ kind: 'words', words });
  });

  it('keeps tsquery operators and quotes out of the words, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => {
        const query = parseCodeQuery(input);
        const words = query.kind === 'words' ? query.words : [query.prefix];
        for (const word of words) {
          expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
        }
        expect(prefixTsQuery(descriptionWords(input))).not.toMatch(/[|!()<>'"\\]/);
      }),
    );
  });

  it('limits how many words reach the database', () => {
    expect(descriptionWords('a b c d e f g h i j k')).toHaveLength(8);
  });
});

describe('prefixTsQuery', () => {
  it('makes every word a prefix and requires all of them', () => {
    expect(prefixTsQuery(['diab', 'mell'])).toBe('diab:* & mell:*');
  });
});

describe('displayCode', () => {
  it('puts the ICD-10-CM dot after the third character', () => {
    expect(displayCode('ICD10CM', 'E119')).toBe('E11.9');
    expect(displayCode('ICD10CM', 'S83512A')).toBe('S83.512A');
    expect(displayCode('ICD10CM', 'E11')).toBe('E11');
  });

  it('leaves HCPCS codes alone', () => {
    expect(displayCode('HCPCS', 'K0823')).toBe('K0823');
  });
});
