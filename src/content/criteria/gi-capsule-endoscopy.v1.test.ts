import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { giCapsuleEndoscopyQuestionnaireV1 as questionnaire } from '../questionnaires/gi-capsule-endoscopy.v1.ts';
import { decide } from './decide.testing.ts';
import { giCapsuleEndoscopyCriteriaV1 as criteria } from './gi-capsule-endoscopy.v1.ts';

const dateOfService = '2026-05-18';

/** Iron-deficiency anemia with negative upper endoscopy and colonoscopy, no risk of retention. */
const obscureBleeding: Answers = { indication: 'bleeding', 'upper-negative': 'yes', 'colonoscopy-negative': 'yes', 'retention-risk': 'none' };

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, '91110');

describe('capsule endoscopy v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves suspected small-bowel bleeding after negative upper and lower endoscopy', () => {
    const decision = run(obscureBleeding);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      { code: '91110', codeSystem: 'CPT', units: 1, description: 'Swallowed camera capsule imaging of the small bowel', decidedBy: criteria.criteria.map((criterion) => criterion.id) },
    ]);
  });

  it('sends bleeding without a colonoscopy to review, naming it', () => {
    const decision = run({ ...obscureBleeding, 'colonoscopy-negative': 'no' });
    expect(decision.evaluation.openCriteria).toEqual(['bleeding-workup']);
    expect(decision.outcome('bleeding-workup')?.reason).toBe('Colonoscopy without a source: No; needed Yes');
  });

  it('approves suspected Crohn’s disease with raised calprotectin after a non-diagnostic ileocolonoscopy, once patency is shown', () => {
    const suspected: Answers = { indication: 'suspected-crohns', 'ileocolonoscopy-negative': 'yes', 'crohns-signs': ['markers', 'diarrhea'], 'retention-risk': 'excluded' };
    expect(run(suspected).evaluation.result).toBe('met');
    expect(run({ ...suspected, 'crohns-signs': ['pain', 'diarrhea'] }).evaluation.openCriteria).toEqual(['suspected-crohns']);
    expect(run({ ...suspected, 'retention-risk': 'present' }).evaluation.openCriteria).toEqual(['retention-risk']);
  });

  it('keeps an unchecked or unknown retention risk, and known Crohn’s without a treatment decision, for a reviewer', () => {
    expect(run({ ...obscureBleeding, 'retention-risk': 'unknown' }).evaluation.result).toBe('unknown');
    expect(run({ indication: 'known-crohns', 'changes-treatment': 'no', 'retention-risk': 'none' }).evaluation.openCriteria).toEqual(['known-crohns']);
  });
});
