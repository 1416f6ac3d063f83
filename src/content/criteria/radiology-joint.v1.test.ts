import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radiologyJointQuestionnaireV1 as questionnaire } from '../questionnaires/radiology-joint.v1.ts';
import { decide } from './decide.testing.ts';
import { radiologyJointCriteriaV1 as criteria } from './radiology-joint.v1.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** A knee that locks and gives way after a twisting injury, X-rays normal: knee MRI without contrast. */
const lockedKnee: Answers = {
  indication: 'injury',
  'xray-done': 'yes',
  'mechanical-signs': ['locking', 'positive-test'],
  arthrogram: 'no',
  'prior-imaging': 'no',
};

/** Shoulder pain without mechanical signs after 8 weeks, 7 of them in physical therapy. */
const shoulderPainAfterTherapy: Answers = {
  indication: 'pain',
  'xray-done': 'yes',
  'mechanical-signs': ['none'],
  'symptom-weeks': 8,
  'conservative-weeks': 7,
  arthrogram: 'no',
  'prior-imaging': 'no',
};

const run = (answers: Answers, procedureCode = '73721') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('MRI of a joint v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a knee MRI for an injury with mechanical signs, without waiting 6 weeks', () => {
    const decision = run(lockedKnee);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('symptom-duration')).toMatchObject({ applies: false });
    expect(decision.lines).toEqual([{ code: '73721', codeSystem: 'CPT', units: 1, description: 'MRI of a leg joint (such as the knee), no contrast', decidedBy: everyCriterion }]);
  });

  it('approves a shoulder MRI after 6 weeks of symptoms and care, and an MR arthrogram for a labral tear', () => {
    expect(run(shoulderPainAfterTherapy, '73221').evaluation.result).toBe('met');
    const arthrogram = run({ ...shoulderPainAfterTherapy, arthrogram: 'yes' }, '73222');
    expect(arthrogram.evaluation.result).toBe('met');
    expect(arthrogram.lines.map((line) => line.code)).toEqual(['73222']);
  });

  it('sends a joint MRI without X-rays, or too early, to review', () => {
    expect(run({ ...lockedKnee, 'xray-done': 'no' }).evaluation.openCriteria).toEqual(['xray-first']);
    const early = run({ ...shoulderPainAfterTherapy, 'symptom-weeks': 4, 'conservative-weeks': 2 }, '73221');
    expect(early.evaluation.openCriteria).toEqual(['symptom-duration', 'conservative-care']);
  });

  it('sends an injury without mechanical signs, and contrast without an arthrogram, to review', () => {
    const decision = run({ ...lockedKnee, 'mechanical-signs': ['none'], 'symptom-weeks': 8, 'conservative-weeks': 6 }, '73722');
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['injury-mechanical-signs', 'contrast']);
    expect(decision.outcome('contrast')?.reason).toBe(
      'MR arthrogram: No; needed Yes — or — Clinical question: A recent injury of the joint; needed one of Suspected infection of the joint or bone, Known or suspected tumor',
    );
  });
});
