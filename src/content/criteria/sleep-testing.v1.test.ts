import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { sleepTestingQuestionnaireV1 as questionnaire } from '../questionnaires/sleep-testing.v1.ts';
import { decide } from './decide.testing.ts';
import { sleepTestingCriteriaV1 as criteria } from './sleep-testing.v1.ts';
import { typicalApnea, typicalApneaWithHeartFailure as withHeartFailure } from './sample-answers.testing.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

const run = (answers: Answers, procedureCode = 'G0399') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('diagnostic sleep study v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a home sleep test for typical signs of sleep apnea', () => {
    const decision = run(typicalApnea);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('lab-study-reason')).toMatchObject({ applies: false });
    expect(decision.lines).toEqual([
      {
        code: 'G0399',
        codeSystem: 'HCPCS',
        units: 1,
        description: 'Home sleep test (hst) with type iii portable monitor, unattended; minimum of 4 channels: 2 respiratory movement/airflow, 1 ecg/heart rate and 1 oxygen saturation',
        decidedBy: everyCriterion,
      },
    ]);
  });

  it('approves a sleep-lab study only when a home test is unsuitable', () => {
    const decision = run(withHeartFailure, '95810');
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: '95810', codeSystem: 'CPT', units: 1, description: 'Overnight sleep study in a sleep lab, attended by a technologist', decidedBy: everyCriterion }]);
    const plain = run(typicalApnea, '95810');
    expect(plain.evaluation.openCriteria).toEqual(['lab-study-reason']);
    expect(plain.outcome('lab-study-reason')?.reason).toBe('Reasons a home test is unsuitable: None of these: a home test is suitable (0 of the qualifying answers chosen); needed at least 1');
  });

  it('sends a home test for a patient with heart failure to review', () => {
    const decision = run(withHeartFailure, '95800');
    expect(decision.evaluation.openCriteria).toEqual(['home-test-suitable']);
    expect(decision.outcome('home-test-suitable')?.reason).toBe(
      'Reasons a home test is unsuitable: Moderate or severe lung disease (such as COPD needing oxygen) or heart failure; needed none of Moderate or severe lung disease (such as COPD needing oxygen) or heart failure, Neuromuscular disease that affects breathing, Suspected central sleep apnea or sleep-related hypoventilation, or long-term opioid use, A suspected sleep disorder other than apnea: narcolepsy, periodic limb movements, parasomnia, REM sleep behavior disorder, or seizures in sleep, Physical or mental limits prevent using home equipment, and no one can help',
    );
  });

  it('approves a lab study after an inconclusive home test, and refers a routine repeat', () => {
    const afterHomeTest: Answers = {
      ...typicalApnea,
      'home-test-unsuitable': ['inconclusive-home-test'],
      'prior-study': 'yes',
      'prior-study-date': '2026-03-30',
      'prior-study-reason': 'inconclusive',
    };
    expect(run(afterHomeTest, '95810').evaluation.result).toBe('met');
    expect(run({ ...typicalApnea, 'prior-study': 'yes', 'prior-study-date': '2025-11-02', 'prior-study-reason': 'routine' }).evaluation.openCriteria).toEqual(['repeat-study']);
  });

  it('sends too few signs, and an old evaluation, to review', () => {
    const decision = run({ ...typicalApnea, 'apnea-signs': ['snoring'], 'evaluation-date': '2025-09-01' });
    expect(decision.evaluation.openCriteria).toEqual(['sleep-evaluation', 'apnea-suspected']);
  });
});
