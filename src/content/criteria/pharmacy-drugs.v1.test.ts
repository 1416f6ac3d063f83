import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { pharmacyDrugsQuestionnaireV1 as questionnaire } from '../questionnaires/pharmacy-drugs.v1.ts';
import { decide } from './decide.testing.ts';
import { pharmacyDrugsCriteriaV1 as criteria } from './pharmacy-drugs.v1.ts';
import { semaglutide } from './sample-answers.testing.ts';

const dateOfService = '2026-04-01';

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'PHARM');

describe('pharmacy drug v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a labeled use after the preferred alternative failed, within the quantity limit', () => {
    const decision = run(semaglutide);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('continuity-of-care')).toMatchObject({ applies: false });
    expect(decision.lines).toEqual([{ code: 'PHARM', codeSystem: 'PROGRAM', units: 1, description: 'Semaglutide (Ozempic)', decidedBy: criteria.criteria.map((criterion) => criterion.id) }]);
  });

  it('approves continuity of care for a drug the patient already takes, with a 90-day supply', () => {
    const decision = run({ ...semaglutide, start: 'continuing', alternatives: 'stable', 'alternatives-detail': undefined, quantity: 3, 'days-supply': 84 });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('sends a quantity over the limit to review with the reason asked for', () => {
    expect(run({ ...semaglutide, 'within-quantity-limit': 'no' }).problems).toEqual(['quantity-reason: Please answer this question.']);
    const decision = run({ ...semaglutide, 'within-quantity-limit': 'no', 'quantity-reason': 'Titrating to 2 mg: two pens this month.' });
    expect(decision.evaluation.openCriteria).toEqual(['quantity-limit']);
    expect(decision.outcome('quantity-limit')?.reason).toBe('Within the quantity limit: No; needed Yes');
  });

  it('sends an off-label use, no alternatives tried, a 90-day first fill and a two-year approval to review', () => {
    const decision = run({ ...semaglutide, 'indication-support': 'off-label', alternatives: 'not-tried', 'alternatives-detail': undefined, 'days-supply': 90, months: 24 });
    expect(decision.evaluation.openCriteria).toEqual(['supported-use', 'preferred-alternatives', 'days-supply', 'approval-length']);
  });

  it('sends continuity of care on a new start, and unknown answers, to review', () => {
    expect(run({ ...semaglutide, alternatives: 'stable', 'alternatives-detail': undefined }).evaluation.openCriteria).toEqual(['continuity-of-care']);
    const unknown = run({ ...semaglutide, 'dose-within-label': 'unknown', 'indication-support': 'unknown' });
    expect(unknown.evaluation.result).toBe('unknown');
    expect(unknown.evaluation.openCriteria).toEqual(['supported-use', 'labeled-dose']);
  });
});
