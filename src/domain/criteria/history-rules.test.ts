import { describe, expect, it } from 'vitest';
import { fixtureQuestionnaire } from '../questionnaires/questionnaire-fixture.testing.ts';
import { fixtureCriteria } from './criteria-fixture.testing.ts';
import type { CriteriaSet, PriorAuthorization, Rule } from './criteria-types.ts';
import { type CriteriaContext, evaluateCriteria } from './evaluate-criteria.ts';
import { showCodes } from './evaluate-rule.ts';
import { all, daysSincePriorAuthorization, equals, not, priorAuthorizations } from './rule-builders.ts';
import { validateCriteriaSet } from './validate-criteria-set.ts';

const lumbarFacet = ['64493', '64494', '64495'];
const within12Months = { amount: 12, unit: 'months' } as const;

const history: readonly PriorAuthorization[] = [
  { caseNumber: '100000012', status: 'approved', dateOfService: '2025-11-03', codes: ['64493', '64494'] },
  { caseNumber: '100000019', status: 'partially_approved', dateOfService: '2026-02-02', codes: ['64493'] },
  // Outside the window, another service, and one after the date of service: none of them count.
  { caseNumber: '100000003', status: 'approved', dateOfService: '2025-03-01', codes: ['64493'] },
  { caseNumber: '100000020', status: 'approved', dateOfService: '2026-01-05', codes: ['62323'] },
  { caseNumber: '100000031', status: 'approved', dateOfService: '2026-04-01', codes: ['64493'] },
];

const context = (withHistory: readonly PriorAuthorization[] | undefined): CriteriaContext => ({
  questionnaire: fixtureQuestionnaire,
  dateOfService: '2026-03-02',
  procedureCode: 'T100',
  history: withHistory,
});

function evaluate(rule: Rule, withHistory: readonly PriorAuthorization[] | 'none' = history) {
  const set: CriteriaSet = { ...fixtureCriteria, criteria: [{ id: 'x', text: 'x', citation: { guideline: 'G', version: '1', section: '1' }, rule }] };
  const [only] = evaluateCriteria(set, {}, context(withHistory === 'none' ? undefined : withHistory)).outcomes;
  return { result: only?.result, reason: only?.reason };
}

describe('criteria on the member’s earlier authorizations', () => {
  it('counts earlier authorizations with the codes in the window, naming the cases', () => {
    expect(evaluate(priorAuthorizations({ codes: lumbarFacet, within: within12Months }, '<=', 1))).toEqual({
      result: 'not_met',
      reason: '2 earlier authorizations for 64493–64495 in the last 12 months (cases 100000012, 100000019); allowed at most 1',
    });
    expect(evaluate(priorAuthorizations({ codes: lumbarFacet, within: within12Months }, '<=', 2))).toEqual({
      result: 'met',
      reason: '2 earlier authorizations for 64493–64495 in the last 12 months (cases 100000012, 100000019)',
    });
    expect(evaluate(priorAuthorizations({ codes: lumbarFacet, within: { amount: 60, unit: 'days' } }, '<=', 0))).toEqual({
      result: 'not_met',
      reason: '1 earlier authorization for 64493–64495 in the last 60 days (case 100000019); allowed at most 0',
    });
    expect(evaluate(priorAuthorizations({ codes: ['27096'], within: within12Months }, '=', 0))).toEqual({
      result: 'met',
      reason: 'No earlier authorizations for 27096 in the last 12 months',
    });
  });

  it('counts the window in calendar months back from the date of service', () => {
    const onEdge: PriorAuthorization[] = [
      { caseNumber: '1', status: 'approved', dateOfService: '2025-03-02', codes: ['64493'] },
      { caseNumber: '2', status: 'approved', dateOfService: '2025-03-03', codes: ['64493'] },
      { caseNumber: '3', status: 'approved', dateOfService: '2026-03-02', codes: ['64493'] },
    ];
    expect(evaluate(priorAuthorizations({ codes: lumbarFacet, within: within12Months }, '<=', 0), onEdge).reason).toBe(
      '2 earlier authorizations for 64493–64495 in the last 12 months (cases 2, 3); allowed at most 0',
    );
  });

  it('measures the days since the most recent earlier authorization', () => {
    expect(evaluate(daysSincePriorAuthorization({ codes: lumbarFacet }, '>=', 28))).toEqual({
      result: 'met',
      reason: 'Most recent earlier authorization for 64493–64495: case 100000019 on 2026-02-02, 28 days before the date of service',
    });
    expect(evaluate(daysSincePriorAuthorization({ codes: ['62323', '64483'] }, '>=', 60))).toEqual({
      result: 'not_met',
      reason: 'Most recent earlier authorization for 62323, 64483: case 100000020 on 2026-01-05, 56 days before the date of service; needed at least 60 days',
    });
    expect(evaluate(daysSincePriorAuthorization({ codes: ['27096'] }, '>=', 14))).toEqual({ result: 'met', reason: 'No earlier authorization for 27096 on record' });
    expect(evaluate(daysSincePriorAuthorization({ codes: ['27096'] }, '<=', 14)).result).toBe('not_met');
  });

  it('is unknown without the history, never met', () => {
    for (const rule of [priorAuthorizations({ codes: lumbarFacet, within: within12Months }, '<=', 5), daysSincePriorAuthorization({ codes: lumbarFacet }, '>=', 1)]) {
      expect(evaluate(rule, 'none')).toEqual({ result: 'unknown', reason: 'Earlier authorizations for 64493–64495: the member’s history in Priora is not available' });
      expect(evaluate(not(rule), 'none').result).toBe('unknown');
    }
    const set: CriteriaSet = {
      ...fixtureCriteria,
      criteria: [{ id: 'limit', text: 'x', citation: { guideline: 'G', version: '1', section: '1' }, rule: priorAuthorizations({ codes: lumbarFacet, within: within12Months }, '<=', 9) }],
    };
    expect(evaluateCriteria(set, {}, context(undefined))).toMatchObject({ result: 'unknown', openCriteria: ['limit'] });
    expect(evaluateCriteria(set, {}, context([]))).toMatchObject({ result: 'met', openCriteria: [] });
  });

  it('says what was needed under a negation, and combines with answers', () => {
    expect(evaluate(not(priorAuthorizations({ codes: lumbarFacet, within: within12Months }, '>', 1))).reason).toBe(
      '2 earlier authorizations for 64493–64495 in the last 12 months (cases 100000012, 100000019); allowed at most 1',
    );
    expect(evaluate(all(equals('reason', 'pain'), priorAuthorizations({ codes: lumbarFacet, within: within12Months }, '<=', 1))).result).toBe('not_met');
  });

  it('shows a run of codes as a range and other codes as a list', () => {
    expect(showCodes(['64495', '64493', '64494'])).toBe('64493–64495');
    expect(showCodes(['64633', '64634'])).toBe('64633, 64634');
    expect(showCodes(['62321', '62323', '64479'])).toBe('62321, 62323, 64479');
  });

  it('is checked by the content validator', () => {
    const set: CriteriaSet = {
      ...fixtureCriteria,
      criteria: [
        ...fixtureCriteria.criteria,
        { id: 'empty', text: 'x', citation: { guideline: 'G', version: '1', section: '1' }, rule: priorAuthorizations({ codes: [], within: { amount: 0, unit: 'days' } }, '<=', 1) },
      ],
    };
    expect(validateCriteriaSet(set, fixtureQuestionnaire).map((problem) => problem.message)).toEqual([
      'prior-authorizations names no procedure codes.',
      'prior-authorizations needs a window of at least one whole day or month.',
    ]);
  });
});
