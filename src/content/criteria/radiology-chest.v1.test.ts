import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radiologyChestQuestionnaireV1 as questionnaire } from '../questionnaires/radiology-chest.v1.ts';
import { decide } from './decide.testing.ts';
import { radiologyChestCriteriaV1 as criteria } from './radiology-chest.v1.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** An 8 mm nodule in a former smoker, rechecked 4 months after the CT that found it, as the radiologist advised. */
const noduleFollowUp: Answers = {
  indication: 'nodule',
  'nodule-size': 8,
  'nodule-high-risk': 'yes',
  'nodule-last-ct': '2026-01-08',
  'prior-imaging': 'yes',
  'prior-imaging-date': '2026-01-08',
  'prior-imaging-reason': 'recommended-interval',
};

const run = (answers: Answers, procedureCode = '71250') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('CT and MRI of the chest v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a nodule follow-up CT at the recommended interval', () => {
    const decision = run(noduleFollowUp);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: '71250', codeSystem: 'CPT', units: 1, description: 'CT of the chest, no contrast', decidedBy: everyCriterion }]);
  });

  it('sends a nodule rechecked too soon, or a small nodule at low risk, to review', () => {
    const early = run({ ...noduleFollowUp, 'nodule-last-ct': '2026-03-20', 'prior-imaging-date': '2026-03-20' });
    expect(early.evaluation.openCriteria).toEqual(['nodule-follow-up']);
    expect(early.outcome('nodule-follow-up')?.reason).toBe('Last CT showing the nodule: 2026-03-20, 1 months before the date of service; needed at least 3 months before the date of service');
    expect(run({ ...noduleFollowUp, 'nodule-size': 4, 'nodule-high-risk': 'no' }).evaluation.openCriteria).toEqual(['nodule-follow-up']);
  });

  it('approves CT for coughing blood after a chest X-ray, and not without the X-ray', () => {
    const cough: Answers = { indication: 'symptoms', 'chest-xray-done': 'yes', 'symptom-features': ['hemoptysis'], 'prior-imaging': 'no' };
    expect(run(cough, '71260').evaluation.result).toBe('met');
    expect(run({ ...cough, 'chest-xray-done': 'no' }, '71260').evaluation.openCriteria).toEqual(['symptoms-xray-first']);
  });

  it('approves CT angiography for a suspected clot with a raised D-dimer, and refers one with a normal D-dimer', () => {
    const clot: Answers = { indication: 'embolism', 'embolism-assessment': 'raised-d-dimer', 'prior-imaging': 'no' };
    const decision = run(clot, '71275');
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines.map((line) => [line.code, line.description])).toEqual([['71275', 'CT angiography of the blood vessels of the chest, with contrast']]);
    expect(run({ ...clot, 'embolism-assessment': 'normal-d-dimer' }, '71275').evaluation.openCriteria).toEqual(['embolism-pretest']);
  });

  it('keeps angiography, combined studies and contrast for interstitial disease to their questions', () => {
    const lungDisease: Answers = { indication: 'interstitial', 'prior-imaging': 'no' };
    expect(run(lungDisease).evaluation.result).toBe('met');
    expect(run(lungDisease, '71275').evaluation.openCriteria).toEqual(['interstitial-without-contrast', 'angiography']);
    expect(run(lungDisease, '71552').evaluation.openCriteria).toEqual(['interstitial-without-contrast', 'characterization']);
    expect(run({ indication: 'abnormal-xray', 'prior-imaging': 'no' }, '71552').evaluation.result).toBe('met');
  });
});
