import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { labPharmacogenomicsQuestionnaireV1 as questionnaire } from '../questionnaires/lab-pharmacogenomics.v1.ts';
import { decide } from './decide.testing.ts';
import { labPharmacogenomicsCriteriaV1 as criteria } from './lab-pharmacogenomics.v1.ts';

const dateOfService = '2026-04-14';

/** CYP2C19 before clopidogrel, after a stent for a heart attack. */
const clopidogrelAfterStent: Answers = {
  drug: 'clopidogrel',
  'clopidogrel-reason': 'stent',
  'drug-status': 'planned',
  'result-guides': 'yes',
  'tested-before': 'no',
};

/** DPYD before capecitabine. */
const dpydBeforeCapecitabine: Answers = { drug: 'fluoropyrimidine', 'drug-status': 'planned', 'result-guides': 'yes', 'tested-before': 'no' };

const run = (answers: Answers, procedureCode = '81225') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('pharmacogenomic testing v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves CYP2C19 before clopidogrel after a coronary stent', () => {
    const decision = run(clopidogrelAfterStent);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('gene-drug-pair')?.reason).toBe('Medicine: Clopidogrel; Requested procedure: 81225');
    expect(decision.lines).toEqual([
      { code: '81225', codeSystem: 'CPT', units: 1, description: 'CYP2C19 gene test for how the body processes certain drugs', decidedBy: criteria.criteria.map((criterion) => criterion.id) },
    ]);
  });

  it('approves DPYD before capecitabine, where the clopidogrel criterion does not apply', () => {
    const decision = run(dpydBeforeCapecitabine, '81232');
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('clopidogrel-indication')).toMatchObject({ applies: false });
    expect(decision.lines.map((line) => line.code)).toEqual(['81232']);
  });

  it('sends a gene that does not guide the medicine to review, saying which pair was asked', () => {
    const decision = run(dpydBeforeCapecitabine, '81225');
    expect(decision.evaluation.openCriteria).toEqual(['gene-drug-pair']);
    expect(decision.outcome('gene-drug-pair')?.reason).toBe(
      'Requested procedure: 81225; needed none of 81225 — or — Medicine: Fluorouracil or capecitabine; needed one of Clopidogrel, Voriconazole, Citalopram, escitalopram or sertraline, A tricyclic antidepressant, such as amitriptyline or nortriptyline',
    );
  });

  it('sends clopidogrel for another reason, a stable patient and a repeat test to review', () => {
    const decision = run({ ...clopidogrelAfterStent, 'clopidogrel-reason': 'other', 'drug-status': 'stable', 'tested-before': 'yes' });
    expect(decision.evaluation.openCriteria).toEqual(['clopidogrel-indication', 'result-guides-treatment', 'not-tested-before']);
  });

  it('keeps an unknown earlier test as missing information', () => {
    expect(run({ ...clopidogrelAfterStent, 'tested-before': 'unknown' }).evaluation.result).toBe('unknown');
  });
});
