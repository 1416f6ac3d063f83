import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { labUnlistedMolecularQuestionnaireV1 as questionnaire } from '../questionnaires/lab-unlisted-molecular.v1.ts';
import { decide } from './decide.testing.ts';
import { labUnlistedMolecularCriteriaV1 as criteria } from './lab-unlisted-molecular.v1.ts';

const dateOfService = '2026-04-20';

/** A fully described request: still a clinician's decision. */
const describedTest: Answers = {
  'test-name': 'Hereditary hearing loss expanded panel',
  laboratory: 'Example Genomics Laboratory',
  analysis: 'Sequencing and deletion/duplication analysis of 180 genes linked to hearing loss, by next-generation sequencing',
  purpose: 'diagnosis',
  'care-change': 'A diagnosis decides on cochlear implant candidacy and screening for kidney and eye findings.',
  'coded-alternative': 'no',
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, '81479');

describe('unlisted molecular test v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('always sends the unlisted code to a clinician, with the reason, even when everything is described', () => {
    const decision = run(describedTest);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['specific-code']);
    expect(decision.outcome('specific-code')).toMatchObject({
      result: 'not_met',
      reason: 'Requested procedure: 81479; needed none of 81479',
      citation: { guideline: 'Priora Lab Management Genetic Testing Guideline', version: '2026.1', section: '6.1' },
    });
    expect(decision.outcome('test-described')?.result).toBe('met');
    expect(decision.lines).toEqual([
      { code: '81479', codeSystem: 'CPT', units: 1, description: 'Molecular genetic test with no specific code', decidedBy: criteria.criteria.map((criterion) => criterion.id) },
    ]);
  });

  it('tells the reviewer when a test with its own code would do, or when that is not known', () => {
    expect(run({ ...describedTest, 'coded-alternative': 'yes' }).evaluation.openCriteria).toEqual(['specific-code', 'no-coded-alternative']);
    expect(run({ ...describedTest, 'coded-alternative': 'unknown' }).outcome('no-coded-alternative')?.result).toBe('unknown');
  });
});
