import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { giColonoscopyQuestionnaireV1 as questionnaire } from '../questionnaires/gi-colonoscopy.v1.ts';
import { decide } from './decide.testing.ts';
import { giColonoscopyCriteriaV1 as criteria } from './gi-colonoscopy.v1.ts';
import { afterAdvancedAdenoma, rectalBleeding } from './sample-answers.testing.ts';

const dateOfService = '2026-06-01';

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, '45378');

describe('colonoscopy v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves surveillance three years after an advanced adenoma', () => {
    const decision = run(afterAdvancedAdenoma);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: '45378', codeSystem: 'CPT', units: 1, description: 'Colonoscopy to look, without a procedure', decidedBy: criteria.criteria.map((criterion) => criterion.id) }]);
  });

  it('approves a diagnostic colonoscopy for bleeding and anemia', () => {
    const decision = run(rectalBleeding);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('sends surveillance too soon after small adenomas to review, unless the last one was incomplete', () => {
    const early = run({ ...afterAdvancedAdenoma, 'polyp-finding': 'adenoma-1-2' });
    expect(early.evaluation.openCriteria).toEqual(['polyp-interval']);
    expect(early.outcome('polyp-interval')?.reason).toContain('Last colonoscopy: 2023-05-15, 36 months before the date of service; needed at least 84 months before the date of service');
    expect(run({ ...afterAdvancedAdenoma, 'polyp-finding': 'adenoma-1-2', 'last-complete': 'no' }).evaluation.result).toBe('met');
  });

  it('applies the screening ages and intervals when a plan requires authorization for screening', () => {
    const screening: Answers = { indication: 'screening', 'age-years': 50, 'previous-colonoscopy': false, 'family-history': 'no' };
    expect(run(screening).evaluation.result).toBe('met');
    expect(run({ ...screening, 'previous-colonoscopy': true, 'last-colonoscopy': '2020-01-10', 'last-complete': 'yes' }).evaluation.openCriteria).toEqual(['screening']);
    expect(run({ ...screening, 'age-years': 42 }).evaluation.openCriteria).toEqual(['screening']);
    expect(run({ ...screening, 'age-years': 42, 'family-history': 'yes' }).evaluation.result).toBe('met');
  });

  it('sends abdominal pain alone, and colitis scoped within the year, to review', () => {
    expect(run({ ...rectalBleeding, findings: ['pain'] }).evaluation.openCriteria).toEqual(['symptoms']);
    const colitis = run({ indication: 'colitis-surveillance', 'age-years': 40, 'previous-colonoscopy': true, 'last-colonoscopy': '2025-11-03', 'last-complete': 'yes', 'colitis-years': 12, psc: false });
    expect(colitis.problems).toEqual([]);
    expect(colitis.evaluation.openCriteria).toEqual(['colitis-interval']);
  });

  it('approves surveillance after cancer when the colon was not cleared', () => {
    const decision = run({ indication: 'cancer-surveillance', 'age-years': 66, 'previous-colonoscopy': true, 'last-colonoscopy': '2026-01-20', 'last-complete': 'no', 'colon-cleared': 'no' });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });
});
