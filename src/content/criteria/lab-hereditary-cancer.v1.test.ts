import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { labHereditaryCancerQuestionnaireV1 as questionnaire } from '../questionnaires/lab-hereditary-cancer.v1.ts';
import { decide } from './decide.testing.ts';
import { labHereditaryCancerCriteriaV1 as criteria } from './lab-hereditary-cancer.v1.ts';
import { sisterHasVariant, tripleNegativeAt44 } from './sample-answers.testing.ts';

const dateOfService = '2026-04-14';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

const run = (answers: Answers, procedureCode = '81162') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('hereditary breast and ovarian cancer testing v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves full BRCA1 and BRCA2 analysis for triple-negative breast cancer at 44', () => {
    const decision = run(tripleNegativeAt44);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('known-family-variant')).toMatchObject({ applies: false, result: 'met' });
    expect(decision.lines).toEqual([
      { code: '81162', codeSystem: 'CPT', units: 1, description: 'BRCA1 and BRCA2 hereditary breast and ovarian cancer gene testing, full analysis', decidedBy: everyCriterion },
    ]);
  });

  it('approves a panel on the requested code, and qualifies on a risk model alone', () => {
    const panel = run({ ...tripleNegativeAt44, 'personal-cancer': false, 'personal-history': undefined, 'family-history': ['none'], 'risk-model': '5-or-more' }, '81432');
    expect(panel.problems).toEqual([]);
    expect(panel.evaluation.result).toBe('met');
    expect(panel.lines.map((line) => line.code)).toEqual(['81432']);
  });

  it('sends full analysis to review when a relative’s variant is known and the patient has not had cancer', () => {
    const decision = run(sisterHasVariant);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['known-family-variant']);
    expect(decision.outcome('known-family-variant')?.reason).toBe('Personal history of cancer: No; needed Yes');
  });

  it('sends a history that does not qualify, a repeat test and no counseling to review, naming each', () => {
    const decision = run({ ...tripleNegativeAt44, 'personal-history': ['none'], 'family-history': ['none'], 'risk-model': 'under-5', 'previous-testing': 'full', counseling: 'no' });
    expect(decision.evaluation.openCriteria).toEqual(['qualifying-history', 'genetic-counseling', 'not-tested-before']);
    expect(decision.outcome('not-tested-before')).toMatchObject({
      result: 'not_met',
      reason: 'Earlier testing: Full BRCA1 and BRCA2 analysis, or a multi-gene panel that included them; needed one of No, Only a limited test: specific variants (such as the three Ashkenazi founder variants) or a single gene',
      citation: { guideline: 'Priora Lab Management Genetic Testing Guideline', version: '2026.1', section: '2.4' },
    });
  });

  it('keeps an unknown family history and unknown earlier testing as missing information', () => {
    const decision = run({ ...tripleNegativeAt44, 'personal-history': ['none'], 'family-history': ['unknown'], 'previous-testing': 'unknown' });
    expect(decision.evaluation.result).toBe('unknown');
    expect(decision.evaluation.openCriteria).toEqual(['qualifying-history', 'not-tested-before']);
  });
});
