import { describe, expect, it } from 'vitest';
import { fixtureQuestionnaire } from '../questionnaires/questionnaire-fixture.testing.ts';
import { fixtureCriteria } from './criteria-fixture.testing.ts';
import type { CriteriaSet, LineTemplate, Rule } from './criteria-types.ts';
import { answered, atLeast, count, elapsed, equals, every, procedureIn } from './rule-builders.ts';
import { validateCriteriaSet } from './validate-criteria-set.ts';

const cite = { guideline: 'G', version: '1', section: '1' };
const withRule = (rule: Rule): CriteriaSet => ({ ...fixtureCriteria, criteria: [{ id: 'x', text: 'x', citation: cite, rule }], lines: [] });
const withLine = (line: Partial<LineTemplate>): CriteriaSet => ({
  ...fixtureCriteria,
  lines: [{ code: { value: 'X' }, codeSystem: 'CPT', description: { value: 'X' }, units: { value: 1 }, decidedBy: ['reason'], ...line }],
});
const messages = (set: CriteriaSet) => validateCriteriaSet(set, fixtureQuestionnaire).map((problem) => problem.message);

describe('validateCriteriaSet', () => {
  it('finds nothing wrong with sound content', () => {
    expect(validateCriteriaSet(fixtureCriteria, fixtureQuestionnaire)).toEqual([]);
  });

  it('catches a question that does not exist', () => {
    expect(messages(withRule(answered('nope')))).toEqual(['“nope” is not a question of the questionnaire.']);
  });

  it('catches a value that is not an option, or of the wrong type', () => {
    expect(messages(withRule(equals('reason', 'itch')))).toEqual(['“reason” has no answer option “itch”.']);
    expect(messages(withRule(equals('weeks', 'six')))).toEqual(['“weeks” is a whole-number question, compared with "six"; expected a number.']);
    expect(messages(withRule(equals('imaging-date', '2026-02-30')))).toEqual(['“imaging-date” is a date question, compared with "2026-02-30"; expected a date (YYYY-MM-DD).']);
  });

  it('catches rules used on questions of the wrong type', () => {
    expect(messages(withRule(atLeast('reason', 1)))).toEqual(['compare needs a number question; “reason” is a choice question.']);
    expect(messages(withRule(elapsed('weeks', '<', 1, 'days')))).toEqual(['elapsed needs a date question; “weeks” is a whole-number question.']);
    expect(messages(withRule(count('weeks', '>', 1)))).toEqual(['count needs a repeating group or a “choose all that apply” question; “weeks” does not repeat.']);
    expect(messages(withRule(every('reason', answered('reason'))))).toEqual(['every needs a repeating group; “reason” is not one.']);
  });

  it('catches a question inside a repeating group read from outside it', () => {
    expect(messages(withRule(atLeast('units', 1)))).toEqual(['“units” is inside the repeating group “lines”; read it under every/some (or a line per entry) of that group.']);
    expect(messages(withRule(every('lines', atLeast('units', 1))))).toEqual([]);
  });

  it('catches a procedure code the questionnaire is not asked for', () => {
    expect(messages(withRule(procedureIn(['T999'])))).toEqual(['The questionnaire is not asked for procedure T999.']);
  });

  it('catches duplicate criterion ids and incomplete citations', () => {
    const criterion = { id: 'a', text: 'A', citation: { guideline: 'G', version: '', section: '1' }, rule: answered('reason') };
    expect(messages({ ...fixtureCriteria, criteria: [criterion, criterion], lines: [] })).toEqual([
      'The citation needs a guideline, a version and a section.',
      'The criterion id “a” is used more than once.',
      'The citation needs a guideline, a version and a section.',
    ]);
  });

  it('catches line fields taken from unsuitable answers and lines resting on unknown criteria', () => {
    expect(messages(withLine({ units: { answer: 'reason' } }))).toEqual(['A number field needs a number question; “reason” is a choice question.']);
    expect(messages(withLine({ units: { multiply: [{ answer: 'weight' }, { answer: 'reason' }], per: 10 } }))).toEqual(['A number field needs a number question; “reason” is a choice question.']);
    expect(messages(withLine({ units: { multiply: [{ answer: 'weight' }], per: 0 } }))).toEqual(['multiply needs at least one source and a positive per.']);
    expect(messages(withLine({ code: { answer: 'hcpcs' } }))).toEqual(['“hcpcs” is inside the repeating group “lines”; read it under every/some (or a line per entry) of that group.']);
    expect(messages(withLine({ forEach: 'reason' }))).toEqual(['forEach “reason” must be a repeating group at the top level.']);
    expect(messages(withLine({ technique: { answer: 'reason', map: { pain: 'P' } } }))).toEqual(['The map for “reason” has no entry for the option “other”.']);
    expect(messages(withLine({ decidedBy: ['ghost'] }))).toEqual(['decidedBy names “ghost”, which is not a criterion of this set.']);
    expect(messages(withLine({ technique: { answer: 'findings' } }))).toEqual(['A line field needs a single answer; “findings” has several.']);
  });

  it('catches a set checked against another questionnaire version', () => {
    expect(validateCriteriaSet(fixtureCriteria, { ...fixtureQuestionnaire, version: '9' })[0]?.message).toBe('The set reads fixture v1, but was checked against fixture v9.');
  });
});
