import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radiologyPetQuestionnaireV1 as questionnaire } from '../questionnaires/radiology-pet.v1.ts';
import { decide } from './decide.testing.ts';
import { radiologyPetCriteriaV1 as criteria } from './radiology-pet.v1.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** Biopsy-proven non-small cell lung cancer, staged before treatment is planned. */
const lungStaging: Answers = {
  'cancer-type': 'lung',
  'biopsy-proven': 'yes',
  purpose: 'initial-staging',
  'prior-imaging': 'no',
};

/** Hodgkin lymphoma judged 5 weeks after the last cycle of chemotherapy. */
const lymphomaRestaging: Answers = {
  'cancer-type': 'lymphoma',
  'biopsy-proven': 'yes',
  purpose: 'restaging',
  'last-treatment': 'systemic',
  'treatment-end-date': '2026-04-06',
  'prior-imaging': 'no',
};

const run = (answers: Answers, procedureCode = '78815') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('PET/CT for cancer v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves initial staging of a biopsy-proven lung cancer', () => {
    const decision = run(lungStaging);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: '78815', codeSystem: 'CPT', units: 1, description: 'PET scan with CT, skull base to mid-thigh', decidedBy: everyCriterion }]);
  });

  it('approves restaging 5 weeks after chemotherapy, but not 5 weeks after radiation', () => {
    expect(run(lymphomaRestaging).evaluation.result).toBe('met');
    const decision = run({ ...lymphomaRestaging, 'last-treatment': 'radiation' });
    expect(decision.evaluation.openCriteria).toEqual(['timing-after-treatment']);
    expect(decision.outcome('timing-after-treatment')?.reason).toBe(
      'Last treatment: Radiation; needed one of Chemotherapy or immunotherapy, Surgery — or — Treatment end date: 2026-04-06, 5 weeks before the date of service; needed at least 8 weeks before the date of service',
    );
  });

  it('sends routine surveillance, and initial staging of early breast cancer, to review', () => {
    expect(run({ ...lungStaging, purpose: 'surveillance' }).evaluation.openCriteria).toEqual(['no-surveillance']);
    expect(run({ ...lungStaging, 'cancer-type': 'breast' }).evaluation.openCriteria).toEqual(['initial-staging']);
  });

  it('characterizes an 8 mm lung nodule without a biopsy, but not a 5 mm one', () => {
    const nodule: Answers = { 'cancer-type': 'lung-nodule', 'nodule-size': 9, purpose: 'diagnosis', 'prior-imaging': 'no' };
    const decision = run(nodule);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('confirmed-cancer')).toMatchObject({ applies: false });
    expect(run({ ...nodule, 'nodule-size': 5 }).evaluation.openCriteria).toEqual(['lung-nodule']);
  });

  it('needs evidence of a recurrence, a biopsy, and a reason for a PET inside 3 months', () => {
    const recurrence: Answers = { 'cancer-type': 'colorectal', 'biopsy-proven': 'yes', purpose: 'recurrence', 'recurrence-evidence': ['none'], 'prior-imaging': 'yes', 'prior-imaging-date': '2026-03-30', 'prior-imaging-reason': 'routine' };
    expect(run(recurrence).evaluation.openCriteria).toEqual(['recurrence-evidence', 'repeat-imaging']);
    expect(run({ ...recurrence, 'recurrence-evidence': ['marker'], 'prior-imaging': 'no' }).evaluation.result).toBe('met');
    expect(run({ ...lungStaging, 'biopsy-proven': 'no' }).evaluation.openCriteria).toEqual(['confirmed-cancer']);
  });
});
