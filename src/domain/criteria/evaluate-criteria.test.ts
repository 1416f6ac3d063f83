import { describe, expect, it } from 'vitest';
import type { Answers } from '../questionnaires/answers.ts';
import { fixtureQuestionnaire } from '../questionnaires/questionnaire-fixture.testing.ts';
import { approvedLines } from './approved-lines.ts';
import { fixtureCriteria } from './criteria-fixture.testing.ts';
import type { CriteriaSet, Rule } from './criteria-types.ts';
import { type CriteriaContext, evaluateCriteria } from './evaluate-criteria.ts';
import { all, any, atLeast, count, elapsed, equals, every, implies, not, some } from './rule-builders.ts';

const context: CriteriaContext = { questionnaire: fixtureQuestionnaire, dateOfService: '2026-06-15', procedureCode: 'T100' };
const bed = { code: 'E0260', display: 'Hospital bed, semi-electric' };

const meeting: Answers = {
  reason: 'pain',
  weeks: 8,
  'therapy-kinds': ['pt'],
  'therapy-helped': true,
  findings: ['a'],
  'imaging-date': '2026-01-10',
  lines: [
    { hcpcs: bed, units: 1, acquisition: 'rental', months: 10 },
    { hcpcs: { code: 'K0001', display: 'Standard wheelchair' }, units: 1, acquisition: 'purchase' },
  ],
};

const outcome = (answers: Answers, id: string, ctx = context) => evaluateCriteria(fixtureCriteria, answers, ctx).outcomes.find((entry) => entry.id === id);

/** One criterion evaluated on its own, to look at a rule's result and reason. */
function evaluate(rule: Rule, answers: Answers) {
  const set: CriteriaSet = { ...fixtureCriteria, criteria: [{ id: 'x', text: 'x', citation: { guideline: 'G', version: '1', section: '1' }, rule }] };
  const [only] = evaluateCriteria(set, answers, context).outcomes;
  return { result: only?.result, reason: only?.reason };
}

describe('evaluateCriteria', () => {
  it('is met when every required criterion is met, and names the set and questionnaire versions', () => {
    const evaluation = evaluateCriteria(fixtureCriteria, meeting, context);
    expect(evaluation.result).toBe('met');
    expect(evaluation.openCriteria).toEqual([]);
    expect(evaluation).toMatchObject({ criteriaSetId: 'fixture-criteria', criteriaSetVersion: '1', questionnaireId: 'fixture', questionnaireVersion: '1' });
    expect(evaluation.outcomes.map((entry) => [entry.id, entry.result])).toEqual([
      ['reason', 'met'],
      ['care', 'met'],
      ['findings', 'met'],
      ['rental', 'met'],
      ['procedure', 'met'],
      ['no-c', 'met'],
    ]);
    expect(evaluation.outcomes[0]).toMatchObject({ text: 'The service is for pain.', citation: { guideline: 'Fixture Guideline', version: '1.0', section: '1' }, required: true, reason: 'Reason: Pain' });
  });

  it('is not met when an answer contradicts a criterion, with a reason in the words of the question', () => {
    const evaluation = evaluateCriteria(fixtureCriteria, { ...meeting, weeks: 7, 'therapy-helped': false }, context);
    expect(evaluation.result).toBe('not_met');
    expect(evaluation.openCriteria).toEqual(['care']);
    expect(outcome({ ...meeting, 'therapy-helped': false }, 'care')?.reason).toBe('Therapy helped: No; needed Yes');
    expect(outcome({ ...meeting, weeks: 7, 'therapy-kinds': ['pt'], 'therapy-helped': true, reason: 'pain' }, 'care')?.result).toBe('met');
  });

  it('is unknown, not not_met, when information is missing or answered Unknown', () => {
    const evaluation = evaluateCriteria(fixtureCriteria, { ...meeting, 'therapy-helped': undefined }, context);
    expect(evaluation.result).toBe('unknown');
    expect(outcome({ ...meeting, 'therapy-helped': undefined }, 'care')).toMatchObject({ result: 'unknown', reason: 'Therapy helped: not answered' });
    expect(evaluate(equals('therapy-kinds', 'pt'), { ...meeting, 'therapy-kinds': ['unknown'] })).toEqual({ result: 'unknown', reason: 'Therapy tried: answered “Unknown”' });
  });

  it('ignores answers to questions that are no longer shown', () => {
    // 'therapy-helped' is hidden once weeks drop below six, so its old answer cannot count.
    expect(outcome({ ...meeting, weeks: 3 }, 'care')).toMatchObject({ result: 'not_met', reason: 'Weeks of care: 3; needed at least 6; Therapy helped: not asked' });
  });

  it('tells a question not asked (no answer: false) from one asked but not answered (unknown)', () => {
    expect(evaluate(equals('therapy-helped', true), { reason: 'other' })).toEqual({ result: 'not_met', reason: 'Therapy helped: not asked' });
    expect(evaluate(equals('therapy-helped', true), { reason: 'pain', weeks: 9, 'therapy-kinds': ['pt'] })).toEqual({ result: 'unknown', reason: 'Therapy helped: not answered' });
    expect(evaluate(not(equals('therapy-helped', true)), { reason: 'other' }).result).toBe('met');
  });

  it('does not let an optional criterion hold back the result', () => {
    const evaluation = evaluateCriteria(fixtureCriteria, { ...meeting, findings: ['a', 'c'] }, context);
    expect(evaluation.outcomes.find((entry) => entry.id === 'no-c')).toMatchObject({ result: 'not_met', required: false, reason: 'Findings: Finding A, Finding C; needed none of Finding C' });
    expect(evaluation.result).toBe('met');
  });

  it('reports a criterion that does not apply as met, and one whose applicability is unknown as unknown', () => {
    const set: CriteriaSet = {
      ...fixtureCriteria,
      criteria: [{ id: 'x', text: 'x', citation: { guideline: 'G', version: '1', section: '1' }, appliesWhen: equals('reason', 'pain'), rule: atLeast('weeks', 6) }],
    };
    const [notApplying] = evaluateCriteria(set, { reason: 'other' }, context).outcomes;
    expect(notApplying).toMatchObject({ applies: false, result: 'met', reason: 'Does not apply: Reason: Something else; needed Pain' });
    const [applying] = evaluateCriteria(set, { reason: 'pain', weeks: 2 }, context).outcomes;
    expect(applying).toMatchObject({ applies: true, result: 'not_met' });
    const [open] = evaluateCriteria(set, {}, context).outcomes;
    expect(open).toMatchObject({ applies: true, result: 'unknown', reason: 'Weeks of care: not asked; whether it applies is not known: Reason: not answered' });
  });

  it('reads the requested procedure from the context', () => {
    expect(outcome(meeting, 'procedure', { ...context, procedureCode: 'T200' })).toMatchObject({ result: 'not_met', reason: 'Requested procedure: T200; needed one of T100' });
  });

  it('refuses a questionnaire other than the one the set reads', () => {
    expect(() => evaluateCriteria(fixtureCriteria, meeting, { ...context, questionnaire: { ...fixtureQuestionnaire, version: '2' } })).toThrow(/reads fixture v1/);
  });
});

describe('rules', () => {
  it('all: not met beats unknown, unknown beats met', () => {
    expect(evaluate(all(atLeast('weeks', 6), equals('therapy-helped', true)), { reason: 'pain', weeks: 2 }).result).toBe('not_met');
    expect(evaluate(all(atLeast('weeks', 6), equals('therapy-helped', true)), { reason: 'pain', weeks: 9, 'therapy-kinds': ['pt'] }).result).toBe('unknown');
  });

  it('any: met beats unknown, unknown beats not met', () => {
    expect(evaluate(any(atLeast('weeks', 6), equals('notes', 'x')), { reason: 'pain', weeks: 9 }).result).toBe('met');
    expect(evaluate(any(atLeast('weeks', 6), equals('notes', 'x')), { reason: 'pain', weeks: 2 })).toEqual({ result: 'unknown', reason: 'Notes: not answered' });
    expect(evaluate(any(atLeast('weeks', 6), equals('notes', 'x')), { reason: 'pain', weeks: 2, notes: 'y' })).toEqual({
      result: 'not_met',
      reason: 'Weeks of care: 2; needed at least 6 — or — Notes: y; needed x',
    });
  });

  it('not: flips met and not met, keeps unknown, and words the need the other way round', () => {
    expect(evaluate(not(atLeast('weeks', 6)), { reason: 'pain', weeks: 9 })).toEqual({ result: 'not_met', reason: 'Weeks of care: 9; needed less than 6' });
    expect(evaluate(not(atLeast('weeks', 6)), { reason: 'pain' }).result).toBe('unknown');
  });

  it('count: entries of a repeating group and qualifying choices', () => {
    expect(evaluate(count('lines', '>=', 2), meeting)).toEqual({ result: 'met', reason: 'Line: 2 entered' });
    expect(evaluate(count('findings', '>=', 2, ['a', 'b']), { findings: ['a', 'c'] })).toEqual({
      result: 'not_met',
      reason: 'Findings: Finding A, Finding C (1 of the qualifying answers chosen); needed at least 2',
    });
  });

  it('elapsed: calendar time from a date answer to the date of service', () => {
    expect(evaluate(elapsed('imaging-date', '<', 12, 'months'), { findings: ['a'], 'imaging-date': '2025-06-16' }).result).toBe('met');
    expect(evaluate(elapsed('imaging-date', '<', 12, 'months'), { findings: ['a'], 'imaging-date': '2025-06-15' })).toEqual({
      result: 'not_met',
      reason: 'Imaging date: 2025-06-15, 12 months before the date of service; needed less than 12 months before the date of service',
    });
    expect(evaluate(elapsed('imaging-date', '>=', 0, 'days'), { findings: ['a'], 'imaging-date': '2026-06-20' }).reason).toContain('5 days after the date of service');
  });

  it('every and some: each repeat entry on its own, with entry numbers in the reason', () => {
    const lines = { lines: [{ acquisition: 'rental', months: 20 }, { acquisition: 'purchase' }] };
    expect(evaluate(every('lines', equals('acquisition', 'purchase')), lines)).toEqual({ result: 'not_met', reason: 'Line 1: Rent or buy: Rental; needed Purchase' });
    expect(evaluate(some('lines', equals('acquisition', 'purchase')), lines)).toEqual({ result: 'met', reason: 'Line 2: Rent or buy: Purchase' });
    expect(evaluate(every('lines', equals('acquisition', 'purchase')), {}).result).toBe('unknown');
  });

  it('implies: met when the condition does not hold, otherwise as the rule, saying both', () => {
    expect(evaluate(implies(equals('reason', 'other'), atLeast('weeks', 10)), meeting).result).toBe('met');
    expect(evaluate(implies(equals('reason', 'pain'), atLeast('weeks', 10)), meeting)).toEqual({
      result: 'not_met',
      reason: 'Reason: Pain; needed anything but Pain — or — Weeks of care: 8; needed at least 10',
    });
  });
});

describe('approvedLines', () => {
  it('gives a line per repeat entry and lines that depend on answers, with modifiers, units and levels', () => {
    expect(approvedLines(fixtureCriteria, meeting, context)).toEqual([
      { code: 'E0260', codeSystem: 'HCPCS', units: 1, description: 'Hospital bed, semi-electric', modifiers: ['RR'], acquisition: 'rental', rentalMonths: 10, decidedBy: ['rental'] },
      { code: 'K0001', codeSystem: 'HCPCS', units: 1, description: 'Standard wheelchair', modifiers: ['NU'], acquisition: 'purchase', decidedBy: ['rental'] },
      { code: 'T100', codeSystem: 'CPT', units: 3, description: 'Fixture procedure', levels: ['Finding A'], decidedBy: ['reason', 'care'] },
    ]);
  });

  it('writes codes in capitals whatever the picker sent', () => {
    const lower = { ...meeting, lines: [{ hcpcs: { code: 'e0260', display: 'Bed' }, units: 1, acquisition: 'purchase' }] };
    expect(approvedLines(fixtureCriteria, lower, context)[0]?.code).toBe('E0260');
  });

  it('leaves out a line whose condition fails or whose units come to nothing', () => {
    const other = approvedLines(fixtureCriteria, { ...meeting, reason: 'other', 'other-reason': 'x' }, context);
    expect(other.map((line) => line.code)).toEqual(['E0260', 'K0001']);
    const fewWeeks = approvedLines(fixtureCriteria, { ...meeting, weeks: 5 }, context);
    expect(fewWeeks.map((line) => line.code)).toEqual(['E0260', 'K0001']);
  });

  it('multiplies answers into whole billing units, rounding each dose up before counting the doses', () => {
    const dosed: CriteriaSet = {
      ...fixtureCriteria,
      lines: [
        {
          forEach: 'lines',
          code: { answer: 'hcpcs' },
          codeSystem: 'HCPCS',
          description: { value: 'Drug, 10 mg' },
          units: { multiply: [{ multiply: [{ answer: 'units' }, { answer: 'weight' }], per: 10 }, { answer: 'weeks' }] },
          decidedBy: ['rental'],
        },
      ],
    };
    const oneLine = { ...meeting, lines: [{ hcpcs: bed, units: 2, acquisition: 'purchase' }] };
    // 2 mg/kg × 72.5 kg = 145 mg, 15 units of 10 mg a dose, × 8 weeks = 120 (not 116).
    expect(approvedLines(dosed, { ...oneLine, weight: 72.5 }, context).map((line) => line.units)).toEqual([120]);
    expect(approvedLines(dosed, { ...oneLine, weight: 75 }, context).map((line) => line.units)).toEqual([120]);
    expect(approvedLines(dosed, oneLine, context)).toEqual([]);
  });
});
