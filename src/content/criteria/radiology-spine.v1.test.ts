import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radiologySpineQuestionnaireV1 as questionnaire } from '../questionnaires/radiology-spine.v1.ts';
import { decide } from './decide.testing.ts';
import { radiologySpineCriteriaV1 as criteria } from './radiology-spine.v1.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** Low back pain into the leg for 10 weeks, no red flags, 8 weeks of physical therapy, never imaged. */
const lowBackPainAfterTherapy: Answers = {
  indication: 'pain',
  'red-flags': ['none'],
  'symptom-weeks': 10,
  'conservative-weeks': 8,
  'mri-not-possible': 'no',
  'prior-imaging': 'no',
};

const run = (answers: Answers, procedureCode = '72148') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('MRI and CT of the spine v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a low back MRI after 6 weeks of symptoms and of conservative care', () => {
    const decision = run(lowBackPainAfterTherapy);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: '72148', codeSystem: 'CPT', units: 1, description: 'MRI of the low back spine, no contrast', decidedBy: everyCriterion }]);
  });

  it('approves at once with a red flag, without asking about weeks of care', () => {
    const decision = run({ indication: 'pain', 'red-flags': ['cauda-equina'], 'mri-not-possible': 'no', 'prior-imaging': 'no' });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('conservative-care')).toMatchObject({ applies: false });
  });

  it('sends pain of 3 weeks with 2 weeks of care to review, naming both criteria', () => {
    const decision = run({ ...lowBackPainAfterTherapy, 'symptom-weeks': 3, 'conservative-weeks': 2 });
    expect(decision.evaluation.openCriteria).toEqual(['symptom-duration', 'conservative-care']);
    expect(decision.outcome('conservative-care')?.reason).toBe('Weeks of conservative care: 2; needed at least 6');
  });

  it('sends contrast for plain back pain, and a CT when MRI is possible, to review', () => {
    expect(run(lowBackPainAfterTherapy, '72158').evaluation.openCriteria).toEqual(['contrast']);
    expect(run(lowBackPainAfterTherapy, '72131').evaluation.openCriteria).toEqual(['ct-of-spine']);
    expect(run({ ...lowBackPainAfterTherapy, 'mri-not-possible': 'yes' }, '72131').evaluation.result).toBe('met');
  });

  it('approves contrast after spine surgery, and wants X-rays before imaging a fracture', () => {
    expect(run({ indication: 'post-surgery', 'mri-not-possible': 'no', 'prior-imaging': 'no' }, '72158').evaluation.result).toBe('met');
    const fracture = run({ indication: 'fracture', 'xray-done': 'no', 'mri-not-possible': 'no', 'prior-imaging': 'no' }, '72131');
    expect(fracture.problems).toEqual([]);
    expect(fracture.evaluation.openCriteria).toEqual(['fracture-xray-first']);
  });
});
