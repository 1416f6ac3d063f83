import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radiologyCoronaryCtaQuestionnaireV1 as questionnaire } from '../questionnaires/radiology-coronary-cta.v1.ts';
import { decide } from './decide.testing.ts';
import { radiologyCoronaryCtaCriteriaV1 as criteria } from './radiology-coronary-cta.v1.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** Atypical chest pain at 54 (intermediate likelihood), regular rhythm, normal kidneys, never tested. */
const atypicalChestPain: Answers = {
  indication: 'symptoms',
  'pretest-likelihood': 'intermediate',
  'image-limits': ['none'],
  'prior-imaging': 'no',
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, '75574');

describe('coronary CT angiography v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves coronary CT angiography for symptoms at intermediate likelihood', () => {
    const decision = run(atypicalChestPain);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: '75574', codeSystem: 'CPT', units: 1, description: 'CT angiography of the heart arteries, with contrast', decidedBy: everyCriterion }]);
  });

  it('sends a high likelihood, and a patient in atrial fibrillation with poor kidneys, to review', () => {
    expect(run({ ...atypicalChestPain, 'pretest-likelihood': 'high' }).evaluation.openCriteria).toEqual(['intermediate-likelihood']);
    const decision = run({ ...atypicalChestPain, 'image-limits': ['rhythm', 'kidney'] });
    expect(decision.evaluation.openCriteria).toEqual(['good-images']);
    expect(decision.outcome('good-images')?.reason).toBe(
      'Limits on CT images or contrast: An irregular rhythm, or a heart rate that cannot be slowed to about 65 a minute, Reduced kidney function (eGFR below 30); needed None of these',
    );
  });

  it('approves it after an inconclusive stress test done three weeks before', () => {
    const decision = run({ indication: 'inconclusive-stress-test', 'image-limits': ['none'], 'prior-imaging': 'yes', 'prior-imaging-date': '2026-04-20', 'prior-imaging-reason': 'inconclusive' });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('sends known disease with stents to review', () => {
    expect(run({ indication: 'known-disease', 'image-limits': ['stents'], 'prior-imaging': 'no' }).evaluation.openCriteria).toEqual(['clinical-question', 'good-images']);
  });
});
