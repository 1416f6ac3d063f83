import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radiologyHeartCatheterizationQuestionnaireV1 as questionnaire } from '../questionnaires/radiology-heart-catheterization.v1.ts';
import { decide } from './decide.testing.ts';
import { radiologyHeartCatheterizationCriteriaV1 as criteria } from './radiology-heart-catheterization.v1.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** A large anterior perfusion defect on SPECT last month, in a patient who would have a stent. */
const highRiskStressTest: Answers = {
  indication: 'high-risk-test',
  'revascularization-candidate': 'yes',
  'right-heart-reason': 'not-needed',
  'had-bypass': 'no',
  'prior-imaging': 'no',
};

const run = (answers: Answers, procedureCode = '93458') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('heart catheterization v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a left heart catheterization after a high-risk stress test', () => {
    const decision = run(highRiskStressTest);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      { code: '93458', codeSystem: 'CPT', units: 1, description: 'Heart catheterization of the left side with pictures of the heart arteries', decidedBy: everyCriterion },
    ]);
  });

  it('needs two medicines for angina despite treatment, and a patient who would have a stent', () => {
    const angina: Answers = { ...highRiskStressTest, indication: 'angina-despite-treatment', 'medicines-tried': ['beta-blocker'], 'revascularization-candidate': 'no' };
    const decision = run(angina);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['medical-treatment', 'revascularization-candidate']);
    expect(decision.outcome('medical-treatment')?.reason).toBe('Anti-angina medicines tried: A beta blocker (1 of the qualifying answers chosen); needed at least 2');
    expect(run({ ...angina, 'medicines-tried': ['beta-blocker', 'nitrate'], 'revascularization-candidate': 'yes' }).evaluation.result).toBe('met');
  });

  it('asks a reason for right-heart pressures and earlier bypass surgery for graft pictures', () => {
    expect(run(highRiskStressTest, '93460').evaluation.openCriteria).toEqual(['right-heart']);
    expect(run({ ...highRiskStressTest, 'right-heart-reason': 'valve' }, '93460').evaluation.result).toBe('met');
    expect(run(highRiskStressTest, '93459').evaluation.openCriteria).toEqual(['bypass-grafts']);
  });

  it('approves assessment before valve surgery without asking about stents, and refers a routine repeat', () => {
    const valve: Answers = { indication: 'before-heart-surgery', 'revascularization-candidate': 'unknown', 'right-heart-reason': 'valve', 'had-bypass': 'no', 'prior-imaging': 'no' };
    const decision = run(valve, '93460');
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('revascularization-candidate')).toMatchObject({ applies: false });
    expect(run({ ...valve, 'prior-imaging': 'yes', 'prior-imaging-date': '2025-11-03', 'prior-imaging-reason': 'routine' }, '93460').evaluation.openCriteria).toEqual(['repeat-testing']);
  });
});
