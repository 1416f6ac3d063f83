import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radiologyAbdomenPelvisQuestionnaireV1 as questionnaire } from '../questionnaires/radiology-abdomen-pelvis.v1.ts';
import { decide } from './decide.testing.ts';
import { radiologyAbdomenPelvisCriteriaV1 as criteria } from './radiology-abdomen-pelvis.v1.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** Right lower abdominal pain with fever and a raised white count, ultrasound unhelpful: CT with contrast. */
const painWithFever: Answers = {
  indication: 'pain',
  'pain-findings': ['fever', 'abnormal-labs', 'ultrasound-inconclusive'],
  'prior-imaging': 'no',
};

/** Colon cancer restaged 4 months after the staging CT, on chemotherapy. */
const cancerResponse: Answers = {
  indication: 'cancer',
  'prior-imaging': 'yes',
  'prior-imaging-date': '2026-01-12',
  'prior-imaging-reason': 'change-treatment',
};

const run = (answers: Answers, procedureCode = '74177') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('CT and MRI of the abdomen and pelvis v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a CT with contrast for pain with fever and abnormal blood tests', () => {
    const decision = run(painWithFever);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: '74177', codeSystem: 'CPT', units: 1, description: 'CT of the abdomen and pelvis, with contrast', decidedBy: everyCriterion }]);
  });

  it('approves restaging a cancer within 6 months when the result changes treatment', () => {
    const decision = run(cancerResponse, '74178');
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('sends pain without findings to review', () => {
    const decision = run({ ...painWithFever, 'pain-findings': ['none'] });
    expect(decision.evaluation.openCriteria).toEqual(['pain-findings']);
    expect(decision.outcome('pain-findings')?.reason).toBe('Findings with the pain: None of these (0 of the qualifying answers chosen); needed at least 1');
  });

  it('wants stones imaged by CT without contrast, and keeps without-and-with studies for masses, cancer and blood in the urine', () => {
    const stone: Answers = { indication: 'stone', 'prior-imaging': 'no' };
    expect(run(stone, '74176').evaluation.result).toBe('met');
    expect(run(stone, '74177').evaluation.openCriteria).toEqual(['stone-without-contrast']);
    expect(run(painWithFever, '74178').evaluation.openCriteria).toEqual(['without-and-with']);
    expect(run({ indication: 'hematuria', 'prior-imaging': 'no' }, '74178').evaluation.result).toBe('met');
  });

  it('sends a routine repeat, and an answer of Unknown, to review', () => {
    expect(run({ ...cancerResponse, 'prior-imaging-reason': 'routine' }).evaluation).toMatchObject({ result: 'not_met', openCriteria: ['repeat-imaging'] });
    expect(run({ ...painWithFever, 'prior-imaging': 'unknown' }).evaluation).toMatchObject({ result: 'unknown', openCriteria: ['repeat-imaging'] });
  });
});
