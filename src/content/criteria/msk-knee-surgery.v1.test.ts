import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { mskKneeSurgeryQuestionnaireV1 as questionnaire } from '../questionnaires/msk-knee-surgery.v1.ts';
import { decide } from './decide.testing.ts';
import { mskKneeSurgeryCriteriaV1 as criteria } from './msk-knee-surgery.v1.ts';

const dateOfService = '2026-05-04';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);
const picked = (code: string) => ({ code, display: code });

/** A left ACL reconstruction with a meniscus repair, for a pivoting athlete with a positive Lachman test. */
const aclReconstruction: Answers = {
  'place-of-service': '24',
  'primary-cpt': picked('29888'),
  side: 'left',
  'add-second-code': true,
  'additional-codes': [{ 'additional-cpt': picked('29882'), 'additional-units': 1 }],
  ligament: 'acl',
  'acl-symptoms': ['instability', 'pivoting'],
  'acute-injury': 'no',
  'laxity-test': 'yes',
  'acl-imaging': ['acl-tear', 'repairable-meniscus'],
};

/** A right total knee replacement for grade IV arthritis after six months of failed therapy. */
const totalKnee: Answers = {
  'place-of-service': '22',
  'primary-cpt': picked('27447'),
  side: 'right',
  'add-second-code': false,
  'knee-findings': ['severe-arthritis'],
  'pain-months': 12,
  'function-loss': 'yes',
  bmi: 32.5,
  'nonsurgical-months': 6,
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'JOINT');

describe('knee surgery v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves an ACL reconstruction with its second code, both on the left', () => {
    const decision = run(aclReconstruction);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('knee-pain')).toMatchObject({ applies: false, result: 'met' });
    expect(decision.lines).toEqual([
      { code: '29888', codeSystem: 'CPT', units: 1, modifiers: ['LT'], description: 'Knee arthroscopy to reconstruct the anterior cruciate ligament (ACL)', decidedBy: everyCriterion },
      { code: '29882', codeSystem: 'CPT', units: 1, modifiers: ['LT'], description: 'Knee arthroscopy repairing a torn meniscus, inner or outer side', decidedBy: everyCriterion },
    ]);
  });

  it('approves a total knee replacement that meets every criterion', () => {
    const decision = run(totalKnee);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: '27447', codeSystem: 'CPT', units: 1, modifiers: ['RT'], description: 'Total knee replacement', decidedBy: everyCriterion }]);
  });

  it('needs six months of non-surgical treatment when the BMI is over 40', () => {
    const decision = run({ ...totalKnee, bmi: 42, 'nonsurgical-months': 4, 'nonsurgical-inappropriate': 'no' });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['knee-nonsurgical']);
  });

  it('sends an ACL reconstruction without a positive test or acute injury to review', () => {
    const decision = run({ ...aclReconstruction, 'laxity-test': 'no', 'acute-injury': 'no' });
    expect(decision.evaluation.openCriteria).toEqual(['acl-examination']);
    expect(decision.outcome('acl-examination')?.reason).toBe('Positive laxity test: No; needed Yes — or — Acute injury with hemarthrosis: No; needed Yes');
  });

  it('asks about ligaments and motion only for a partial knee, and needs an arc over 90 degrees', () => {
    const partial = { ...totalKnee, 'primary-cpt': picked('27446'), 'ligaments-stable': 'yes', 'arc-of-motion': 85 };
    expect(run(totalKnee).evaluation.outcomes.find((outcome) => outcome.id === 'partial-knee')?.applies).toBe(false);
    const decision = run(partial);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['partial-knee']);
    expect(run({ ...partial, 'arc-of-motion': 110 }).evaluation.result).toBe('met');
  });

  it('approves a total knee for a distal femur fracture that cannot be fixed', () => {
    const decision = run({
      ...totalKnee,
      'knee-findings': ['distal-femur-fracture'],
      'fixation-unreasonable': true,
      'pain-months': 0,
      'function-loss': 'unknown',
      'nonsurgical-months': 0,
      'nonsurgical-inappropriate': 'yes',
    });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('leaves hip and shoulder surgery to a reviewer', () => {
    const decision = run({ 'place-of-service': '22', 'primary-cpt': picked('27130'), side: 'right', 'add-second-code': false });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['covered-procedure']);
    expect(decision.outcome('acl-ligament')).toMatchObject({ applies: false });
  });
});
