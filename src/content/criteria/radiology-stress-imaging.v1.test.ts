import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radiologyStressImagingQuestionnaireV1 as questionnaire } from '../questionnaires/radiology-stress-imaging.v1.ts';
import { decide } from './decide.testing.ts';
import { radiologyStressImagingCriteriaV1 as criteria } from './radiology-stress-imaging.v1.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** Exertional chest pressure at 62 with diabetes (intermediate likelihood), knee arthritis stops a treadmill test. */
const chestPainCannotExercise: Answers = {
  indication: 'symptoms',
  'pretest-likelihood': 'intermediate',
  'can-exercise': 'no',
  'ecg-readable': 'yes',
  'prior-imaging': 'no',
};

const run = (answers: Answers, procedureCode = '78452') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('stress test with imaging v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a SPECT study for chest pain at intermediate likelihood in a patient who cannot exercise', () => {
    const decision = run(chestPainCannotExercise);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: '78452', codeSystem: 'CPT', units: 1, description: 'Nuclear heart scan at rest and under stress (SPECT, several images)', decidedBy: everyCriterion }]);
  });

  it('leaves a low-likelihood patient who can exercise with a readable ECG to an exercise ECG (review)', () => {
    const decision = run({ ...chestPainCannotExercise, 'pretest-likelihood': 'low', 'can-exercise': 'yes' }, '93350');
    expect(decision.evaluation.openCriteria).toEqual(['imaging-needed']);
    expect(decision.outcome('imaging-needed')?.reason).toBe(
      'Pre-test likelihood: Low (below about 15%); needed one of Intermediate (about 15% to 85%), High (above about 85%) — or — Can exercise: Yes; needed No — or — Resting ECG readable: Yes; needed No',
    );
    expect(run({ ...chestPainCannotExercise, 'pretest-likelihood': 'low', 'can-exercise': 'yes', 'ecg-readable': 'no' }, '93350').evaluation.result).toBe('met');
  });

  it('needs all three conditions before surgery', () => {
    const surgery: Answers = { indication: 'before-surgery', 'can-exercise': 'no', 'ecg-readable': 'yes', 'before-surgery': ['elevated-risk', 'poor-capacity', 'changes-plan'], 'prior-imaging': 'no' };
    expect(run(surgery).evaluation.result).toBe('met');
    const decision = run({ ...surgery, 'before-surgery': ['elevated-risk', 'poor-capacity'] });
    expect(decision.evaluation.openCriteria).toEqual(['before-surgery']);
    expect(decision.outcome('before-surgery')?.reason).toContain('needed The result would change the surgical or medical plan');
  });

  it('sends screening, and a routine repeat within 2 years, to review', () => {
    expect(run({ ...chestPainCannotExercise, indication: 'screening' }).evaluation.openCriteria).toEqual(['clinical-question']);
    const repeat = run({ ...chestPainCannotExercise, 'prior-imaging': 'yes', 'prior-imaging-date': '2025-02-03', 'prior-imaging-reason': 'routine' });
    expect(repeat.evaluation.openCriteria).toEqual(['repeat-testing']);
    expect(run({ ...chestPainCannotExercise, 'prior-imaging': 'yes', 'prior-imaging-date': '2025-02-03', 'prior-imaging-reason': 'new-symptoms' }).evaluation.result).toBe('met');
  });
});
