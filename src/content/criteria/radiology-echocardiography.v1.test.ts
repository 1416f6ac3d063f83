import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radiologyEchocardiographyQuestionnaireV1 as questionnaire } from '../questionnaires/radiology-echocardiography.v1.ts';
import { decide } from './decide.testing.ts';
import { radiologyEchocardiographyCriteriaV1 as criteria } from './radiology-echocardiography.v1.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** Breathlessness and ankle swelling with a raised BNP, no echocardiogram before. */
const heartFailureSymptoms: Answers = { indication: 'heart-failure', 'prior-imaging': 'no' };

/** Trastuzumab treatment: pumping function checked 3 months after the baseline echocardiogram. */
const cardiotoxicMonitoring: Answers = {
  indication: 'cardiotoxic',
  'prior-imaging': 'yes',
  'prior-imaging-date': '2026-02-09',
  'prior-imaging-reason': 'recommended-interval',
};

const run = (answers: Answers, procedureCode = '93306') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('echocardiography v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a complete echocardiogram for heart failure symptoms', () => {
    const decision = run(heartFailureSymptoms);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      { code: '93306', codeSystem: 'CPT', units: 1, description: 'Complete ultrasound of the heart through the chest wall, with Doppler', decidedBy: everyCriterion },
    ]);
  });

  it('approves a limited study to follow pumping function during chemotherapy, and not without an earlier study', () => {
    const decision = run(cardiotoxicMonitoring, '93308');
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines.map((line) => line.code)).toEqual(['93308']);
    expect(run({ indication: 'cardiotoxic', 'prior-imaging': 'no' }, '93308').evaluation.openCriteria).toEqual(['limited-study']);
  });

  it('sends mild valve disease and screening to review', () => {
    const mild = run({ indication: 'known-valve', 'valve-severity': 'mild', 'prior-imaging': 'no' });
    expect(mild.problems).toEqual([]);
    expect(mild.evaluation.openCriteria).toEqual(['valve-follow-up']);
    expect(run({ indication: 'known-valve', 'valve-severity': 'severe', 'prior-imaging': 'no' }).evaluation.result).toBe('met');
    expect(run({ indication: 'screening', 'prior-imaging': 'no' }).evaluation.openCriteria).toEqual(['clinical-question']);
  });

  it('sends a routine repeat within 12 months to review', () => {
    const decision = run({ ...cardiotoxicMonitoring, indication: 'heart-failure', 'prior-imaging-reason': 'routine' });
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['repeat-testing']);
  });
});
