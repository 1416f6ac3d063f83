import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { labExomeQuestionnaireV1 as questionnaire } from '../questionnaires/lab-exome.v1.ts';
import { decide } from './decide.testing.ts';
import { labExomeCriteriaV1 as criteria } from './lab-exome.v1.ts';

const dateOfService = '2026-05-04';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** A four-year-old with global delay and seizures, microarray and panel negative, sequenced with both parents. */
const trio: Answers = {
  'age-years': 4,
  presentation: ['developmental-delay', 'epilepsy'],
  'specialist-evaluation': 'yes',
  'prior-tests': ['microarray', 'panel', 'brain-mri'],
  'cause-unknown': 'yes',
  'result-use': ['treatment', 'end-testing', 'family'],
  counseling: 'yes',
  'previous-exome': 'no',
  comparators: 2,
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, '81415');

describe('whole exome sequencing v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a trio: the child’s exome and one comparator unit per parent', () => {
    const decision = run(trio);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      { code: '81415', codeSystem: 'CPT', units: 1, description: 'Whole exome sequencing of the patient', decidedBy: everyCriterion },
      { code: '81416', codeSystem: 'CPT', units: 2, description: 'Whole exome sequencing of a parent or other relative, to compare with the patient', decidedBy: everyCriterion },
    ]);
  });

  it('asks for the child alone when no relative is compared', () => {
    expect(run({ ...trio, comparators: 0 }).lines.map((line) => line.code)).toEqual(['81415']);
  });

  it('sends an adult, and exome before any standard test, to review', () => {
    const adult = run({ ...trio, 'age-years': 24 });
    expect(adult.evaluation.openCriteria).toEqual(['child']);
    expect(adult.outcome('child')?.reason).toBe('Age in years: 24; needed at most 17');
    const noWorkup = run({ ...trio, 'prior-tests': ['fragile-x'] });
    expect(noWorkup.evaluation.openCriteria).toEqual(['standard-evaluation']);
  });

  it('sends a diagnosis that only informs the family, and an earlier exome, to review', () => {
    const decision = run({ ...trio, 'result-use': ['family'], 'previous-exome': 'yes' });
    expect(decision.evaluation.openCriteria).toEqual(['changes-management', 'first-exome']);
  });

  it('keeps unknown counseling as missing information', () => {
    const decision = run({ ...trio, counseling: 'unknown' });
    expect(decision.evaluation.result).toBe('unknown');
    expect(decision.evaluation.openCriteria).toEqual(['counseling-consent']);
  });
});
