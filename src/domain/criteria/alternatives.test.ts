import { describe, expect, it } from 'vitest';
import type { Answers } from '../questionnaires/answers.ts';
import { fixtureQuestionnaire } from '../questionnaires/questionnaire-fixture.testing.ts';
import { alternativesFor } from './alternatives.ts';
import { fixtureCriteria } from './criteria-fixture.testing.ts';
import type { Alternative, CriteriaSet } from './criteria-types.ts';
import type { CriteriaContext } from './evaluate-criteria.ts';
import { atLeast, atMost, equals, every, oneOf } from './rule-builders.ts';
import { validateCriteriaSet } from './validate-criteria-set.ts';

const context: CriteriaContext = { questionnaire: fixtureQuestionnaire, dateOfService: '2026-06-15', procedureCode: 'T100' };
const cite = (section: string) => ({ guideline: 'Fixture Guideline', version: '1.0', section });
const bed = { code: 'E0260', display: 'Hospital bed, semi-electric' };

/** Two alternatives of the fixture set: a shorter rental, and a purchase instead of a rental. */
const shorterRental: Alternative = {
  id: 'shorter-rental',
  when: every('lines', atLeast('months', 14)),
  text: 'A rental of 13 months meets the guideline.',
  citation: cite('4'),
  lines: [
    {
      forEach: 'lines',
      code: { answer: 'hcpcs' },
      codeSystem: 'HCPCS',
      description: { answer: 'hcpcs', use: 'display' },
      units: { answer: 'units' },
      acquisition: { value: 'rental' },
      rentalMonths: { value: 13 },
      decidedBy: ['rental'],
    },
  ],
};
const moreCare: Alternative = { id: 'more-care', when: atMost('weeks', 5), text: 'Six weeks of care first.', citation: cite('2') };
const withAlternatives: CriteriaSet = { ...fixtureCriteria, alternatives: [shorterRental, moreCare] };

const answers = (months: number, weeks = 8): Answers => ({
  reason: 'pain',
  weeks,
  'therapy-kinds': ['pt'],
  'therapy-helped': true,
  findings: ['a'],
  'imaging-date': '2026-01-10',
  lines: [{ hcpcs: bed, units: 1, acquisition: 'rental', months }],
});

describe('alternativesFor', () => {
  it('offers nothing when the set states no alternatives, or none holds', () => {
    expect(alternativesFor(fixtureCriteria, answers(20), context)).toEqual([]);
    expect(alternativesFor(withAlternatives, answers(10), context)).toEqual([]);
  });

  it('offers the alternatives whose rule holds, with the reason and the alternative plan’s lines', () => {
    expect(alternativesFor(withAlternatives, answers(20), context)).toEqual([
      {
        id: 'shorter-rental',
        text: 'A rental of 13 months meets the guideline.',
        citation: cite('4'),
        reason: 'Line 1: Rental months: 20',
        lines: [{ code: 'E0260', codeSystem: 'HCPCS', units: 1, description: 'Hospital bed, semi-electric', acquisition: 'rental', rentalMonths: 13, decidedBy: ['rental'] }],
      },
    ]);
  });

  it('lists several in the order the set gives them, and an alternative without lines has none', () => {
    const offered = alternativesFor(withAlternatives, answers(20, 4), context);
    expect(offered.map((alternative) => alternative.id)).toEqual(['shorter-rental', 'more-care']);
    expect(offered[1]).toMatchObject({ reason: 'Weeks of care: 4', lines: [] });
  });

  it('offers an alternative that requires other criteria only when they are met', () => {
    const requiring: CriteriaSet = { ...fixtureCriteria, alternatives: [{ ...shorterRental, requires: ['reason', 'care'] }] };
    expect(alternativesFor(requiring, answers(20), context).map((alternative) => alternative.id)).toEqual(['shorter-rental']);
    expect(alternativesFor(requiring, { ...answers(20), 'therapy-helped': false }, context)).toEqual([]);
    const { 'therapy-helped': _helped, ...notSaid } = answers(20);
    expect(alternativesFor(requiring, notSaid, context)).toEqual([]);
  });

  it('offers nothing on unknown or missing information', () => {
    const { weeks: _weeks, ...noWeeks } = answers(10);
    expect(alternativesFor(withAlternatives, noWeeks, context)).toEqual([]);
    const unknownTherapy: CriteriaSet = { ...fixtureCriteria, alternatives: [{ ...moreCare, when: equals('therapy-kinds', 'pt') }] };
    expect(alternativesFor(unknownTherapy, { ...answers(10), 'therapy-kinds': ['unknown'] }, context)).toEqual([]);
  });

  it('refuses answers given on another questionnaire version', () => {
    expect(() => alternativesFor(withAlternatives, answers(20), { ...context, questionnaire: { ...fixtureQuestionnaire, version: '2' } })).toThrow(/reads fixture v1/);
  });
});

describe('validateCriteriaSet on alternatives', () => {
  const messages = (alternatives: readonly Alternative[]) => validateCriteriaSet({ ...fixtureCriteria, alternatives }, fixtureQuestionnaire).map((problem) => problem.message);

  it('finds nothing wrong with sound alternatives', () => {
    expect(messages([shorterRental, moreCare])).toEqual([]);
  });

  it('checks their rules like criteria rules', () => {
    expect(messages([{ ...moreCare, when: oneOf('reason', ['itch']) }])).toEqual(['“reason” has no answer option “itch”.']);
    expect(messages([{ ...moreCare, when: atLeast('months', 14) }])).toEqual(['“months” is inside the repeating group “lines”; read it under every/some (or a line per entry) of that group.']);
  });

  it('checks that the criteria they require exist', () => {
    expect(messages([{ ...moreCare, requires: ['care', 'ghost'] }])).toEqual(['requires names “ghost”, which is not a criterion of this set.']);
  });

  it('checks ids, text and citations', () => {
    expect(messages([moreCare, { ...moreCare, text: ' ', citation: { ...moreCare.citation, section: '' } }])).toEqual([
      'The alternative id “more-care” is used more than once.',
      'The alternative has no text.',
      'The citation needs a guideline, a version and a section.',
    ]);
  });

  it('checks their lines like the set’s lines', () => {
    const [line] = shorterRental.lines ?? [];
    const problems = validateCriteriaSet({ ...fixtureCriteria, alternatives: [{ ...shorterRental, lines: [{ ...line!, decidedBy: ['ghost'], units: { answer: 'reason' } }] }] }, fixtureQuestionnaire);
    expect(problems).toEqual([
      { linkId: 'alternative shorter-rental line 1', message: 'A number field needs a number question; “reason” is a choice question.' },
      { linkId: 'alternative shorter-rental line 1', message: 'decidedBy names “ghost”, which is not a criterion of this set.' },
    ]);
  });
});
