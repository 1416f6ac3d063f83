import type { CriteriaSet } from './criteria-types.ts';
import { all, any, atLeast, atMost, count, elapsed, equals, every, isYes, not, oneOf, procedureIn } from './rule-builders.ts';

const cite = (section: string) => ({ guideline: 'Fixture Guideline', version: '1.0', section });

/** Criteria over the engine's fixture questionnaire (questionnaire-fixture.testing.ts), for tests. */
export const fixtureCriteria: CriteriaSet = {
  id: 'fixture-criteria',
  version: '1',
  title: 'Fixture criteria',
  questionnaireId: 'fixture',
  questionnaireVersion: '1',
  criteria: [
    { id: 'reason', text: 'The service is for pain.', citation: cite('1'), rule: equals('reason', 'pain') },
    { id: 'care', text: 'At least six weeks of care, with therapy that helped.', citation: cite('2'), rule: all(atLeast('weeks', 6), isYes('therapy-helped')) },
    { id: 'findings', text: 'Finding A or B, on imaging from the last 12 months.', citation: cite('3'), rule: all(count('findings', '>=', 1, ['a', 'b']), elapsed('imaging-date', '<', 12, 'months')) },
    { id: 'rental', text: 'Rentals are for 13 months or less.', citation: cite('4'), rule: every('lines', any(equals('acquisition', 'purchase'), atMost('months', 13))) },
    { id: 'procedure', text: 'Requested as T100.', citation: cite('5'), rule: procedureIn(['T100']) },
    { id: 'no-c', text: 'Finding C is absent.', citation: cite('6'), rule: not(oneOf('findings', ['c'])), required: false },
  ],
  lines: [
    {
      forEach: 'lines',
      code: { answer: 'hcpcs' },
      codeSystem: 'HCPCS',
      description: { answer: 'hcpcs', use: 'display' },
      units: { answer: 'units' },
      modifiers: [{ answer: 'acquisition', map: { rental: 'RR', purchase: 'NU' } }],
      acquisition: { answer: 'acquisition' },
      rentalMonths: { answer: 'months' },
      decidedBy: ['rental'],
    },
    {
      when: equals('reason', 'pain'),
      code: { requestedProcedure: true },
      codeSystem: 'CPT',
      description: { value: 'Fixture procedure' },
      units: { answer: 'weeks', offset: -5 },
      levels: { answer: 'findings' },
      decidedBy: ['reason', 'care'],
    },
  ],
};
