import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { labBreastGeneExpressionQuestionnaireV1 as questionnaire } from '../questionnaires/lab-breast-gene-expression.v1.ts';
import { decide } from './decide.testing.ts';
import { labBreastGeneExpressionCriteriaV1 as criteria } from './lab-breast-gene-expression.v1.ts';

const dateOfService = '2026-03-09';

/** A 1.8 cm ER-positive, HER2-negative cancer with no nodes, deciding on chemotherapy. */
const nodeNegative: Answers = {
  invasive: true,
  'er-status': 'positive',
  'her2-status': 'negative',
  metastatic: false,
  'tumor-size': 'over-5mm',
  nodes: 'none',
  'chemo-decision': 'yes',
  'tested-before': 'no',
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, '81519');

describe('breast cancer gene-expression profile v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves the 21-gene test for node-negative ER-positive, HER2-negative cancer', () => {
    const decision = run(nodeNegative);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('nodes-postmenopausal')).toMatchObject({ applies: false });
    expect(decision.lines).toEqual([
      { code: '81519', codeSystem: 'CPT', units: 1, description: 'Breast cancer recurrence risk score from a 21-gene tumor panel', decidedBy: criteria.criteria.map((criterion) => criterion.id) },
    ]);
  });

  it('approves 1 to 3 nodes after menopause, and sends them to review before it', () => {
    expect(run({ ...nodeNegative, nodes: 'one-to-three', menopause: 'yes' }).evaluation.result).toBe('met');
    const premenopausal = run({ ...nodeNegative, nodes: 'one-to-three', menopause: 'no' });
    expect(premenopausal.evaluation.openCriteria).toEqual(['nodes-postmenopausal']);
    expect(premenopausal.outcome('nodes-postmenopausal')?.reason).toBe('Postmenopausal: No; needed Yes');
  });

  it('sends HER2-positive disease, four nodes and a small tumor to review, naming the criteria', () => {
    expect(run({ ...nodeNegative, 'her2-status': 'positive' }).evaluation.openCriteria).toEqual(['tumor-type']);
    const decision = run({ ...nodeNegative, nodes: 'four-or-more', 'tumor-size': 'up-to-5mm' });
    expect(decision.evaluation.openCriteria).toEqual(['early-stage']);
    expect(decision.outcome('early-stage')?.reason).toBe(
      'Tumor size: 0.5 cm or smaller; needed Larger than 0.5 cm; Lymph nodes: 4 or more nodes; needed one of None (isolated tumor cells only count as none), Micrometastases only (2 mm or smaller), 1 to 3 nodes',
    );
  });

  it('sends a repeat profile, or no chemotherapy decision, to review', () => {
    expect(run({ ...nodeNegative, 'tested-before': 'yes', 'chemo-decision': 'no' }).evaluation.openCriteria).toEqual(['chemotherapy-decision', 'first-profile']);
    expect(run({ ...nodeNegative, 'er-status': 'unknown' }).evaluation.result).toBe('unknown');
  });
});
