import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radiologyBrainQuestionnaireV1 as questionnaire } from '../questionnaires/radiology-brain.v1.ts';
import { decide } from './decide.testing.ts';
import { radiologyBrainCriteriaV1 as criteria } from './radiology-brain.v1.ts';
import { headacheWithWarningSigns } from './sample-answers.testing.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** A known glioma after surgery, rechecked 4 months after the last MRI during chemotherapy. */
const tumorFollowUp: Answers = {
  indication: 'tumor',
  'prior-imaging': 'yes',
  'prior-imaging-date': '2026-01-05',
  'prior-imaging-reason': 'change-treatment',
};

const run = (answers: Answers, procedureCode = '70551') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('CT and MRI of the brain v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves an MRI for a headache with warning signs, as one line for the code requested', () => {
    const decision = run(headacheWithWarningSigns);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('contrast')).toMatchObject({ applies: false });
    expect(decision.lines).toEqual([{ code: '70551', codeSystem: 'CPT', units: 1, description: 'MRI of the brain, no contrast', decidedBy: everyCriterion }]);
  });

  it('approves a without-and-with MRI to follow a tumor during treatment, inside the 6-month window', () => {
    const decision = run(tumorFollowUp, '70553');
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('repeat-imaging')?.reason).toBe(
      'Reason to repeat: The result will change treatment: planning surgery, radiation or a procedure, or judging response to treatment',
    );
    expect(decision.lines.map((line) => line.code)).toEqual(['70553']);
  });

  it('sends a headache without warning signs to review', () => {
    const decision = run({ ...headacheWithWarningSigns, 'headache-features': ['none'] });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['headache-warning-sign']);
  });

  it('sends contrast for a plain headache, and a routine repeat, to review', () => {
    const decision = run({ ...headacheWithWarningSigns, 'prior-imaging': 'yes', 'prior-imaging-date': '2026-03-02', 'prior-imaging-reason': 'routine' }, '70553');
    expect(decision.evaluation.openCriteria).toEqual(['contrast', 'repeat-imaging']);
    expect(decision.outcome('repeat-imaging')?.reason).toBe(
      'Earlier study in the last 6 months: Yes; needed No — or — Date of the earlier study: 2026-03-02, 2 months before the date of service; needed at least 6 months before the date of service — or — Reason to repeat: Routine follow-up with no change; needed one of New or worse symptoms or examination findings since then, The result will change treatment: planning surgery, radiation or a procedure, or judging response to treatment, The earlier study was inconclusive or did not answer the question, A follow-up at the interval the radiologist or the guideline recommends for a known finding',
    );
  });

  it('asks for a CT before an MRI after a head injury', () => {
    const injury: Answers = { indication: 'head-injury', 'head-injury-features': ['anticoagulant'], 'head-ct-done': 'no', 'prior-imaging': 'no' };
    expect(run(injury, '70450').evaluation.result).toBe('met');
    const decision = run(injury, '70551');
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['head-injury-ct-first']);
  });

  it('keeps Unknown apart from No, and leaves other questions to a reviewer', () => {
    expect(run({ indication: 'cognitive', 'cognitive-workup': 'unknown', 'prior-imaging': 'no' }).evaluation).toMatchObject({ result: 'unknown', openCriteria: ['cognitive-workup'] });
    expect(run({ indication: 'other', 'prior-imaging': 'no' }).evaluation.openCriteria).toEqual(['clinical-question']);
  });
});
