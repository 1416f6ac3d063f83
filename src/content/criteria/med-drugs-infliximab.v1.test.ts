import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { medDrugsInfliximabQuestionnaireV1 as questionnaire } from '../questionnaires/med-drugs-infliximab.v1.ts';
import { decide } from './decide.testing.ts';
import { medDrugsInfliximabCriteriaV1 as criteria } from './med-drugs-infliximab.v1.ts';

const dateOfService = '2026-04-01';

/** Crohn's disease after azathioprine and steroids, a biosimilar that caused a reaction: 5 mg/kg × 78 kg, three starting doses, infusion center. */
const crohnsInduction: Answers = {
  indication: 'crohns',
  'first-line': 'failed',
  biosimilar: 'failed',
  'tb-screening': 'yes',
  'active-infection': false,
  'treatment-phase': 'induction',
  'weight-kg': 78,
  'dose-mg-kg': 5,
  doses: 3,
  'site-of-care': 'infusion-center',
};

/** Rheumatoid arthritis on methotrexate, continuing 3 mg/kg every 8 weeks × 6 at home. */
const rheumatoidMaintenance: Answers = {
  indication: 'rheumatoid-arthritis',
  'first-line': 'failed',
  biosimilar: 'established',
  'tb-screening': 'yes',
  'active-infection': false,
  'with-methotrexate': 'yes',
  'treatment-phase': 'maintenance',
  response: 'yes',
  'weight-kg': 61.5,
  'dose-mg-kg': 3,
  'interval-weeks': 8,
  doses: 6,
  'site-of-care': 'home',
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'J1745');

describe('infliximab v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves three starting doses for Crohn’s disease: 390 mg is 39 units of 10 mg, × 3 = 117', () => {
    const decision = run(crohnsInduction);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('frequency')).toMatchObject({ applies: false });
    expect(decision.lines).toEqual([
      { code: 'J1745', codeSystem: 'HCPCS', units: 117, description: 'Injection, infliximab, excludes biosimilar, 10 mg', decidedBy: criteria.criteria.map((criterion) => criterion.id) },
    ]);
  });

  it('approves continuing treatment in rheumatoid arthritis, rounding each infusion up (184.5 mg → 19 units × 6)', () => {
    const decision = run(rheumatoidMaintenance);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines.map((line) => line.units)).toEqual([114]);
  });

  it('sends the reference product without a biosimilar tried, and no conventional treatment, to review', () => {
    const decision = run({ ...crohnsInduction, biosimilar: 'not-tried', 'first-line': 'not-tried' });
    expect(decision.evaluation.openCriteria).toEqual(['conventional-first', 'biosimilar-first']);
    expect(run({ ...crohnsInduction, 'first-line': 'severe-ibd' }).evaluation.result).toBe('met');
    expect(run({ ...rheumatoidMaintenance, 'first-line': 'severe-ibd' }).evaluation.openCriteria).toEqual(['conventional-first']);
  });

  it('sends too high a dose, too short an interval and no response to review', () => {
    const decision = run({ ...rheumatoidMaintenance, indication: 'psoriatic-arthritis', 'with-methotrexate': undefined, 'dose-mg-kg': 10, 'interval-weeks': 4, response: 'no' });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['dose', 'frequency', 'response']);
  });

  it('sends rheumatoid arthritis without methotrexate and missing tuberculosis screening to review', () => {
    const decision = run({ ...rheumatoidMaintenance, 'with-methotrexate': 'no', 'tb-screening': 'unknown' });
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['infection-screening', 'with-methotrexate']);
    expect(decision.outcome('infection-screening')?.result).toBe('unknown');
  });
});
