import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { medDrugsOcrelizumabQuestionnaireV1 as questionnaire } from '../questionnaires/med-drugs-ocrelizumab.v1.ts';
import { decide } from './decide.testing.ts';
import { medDrugsOcrelizumabCriteriaV1 as criteria } from './med-drugs-ocrelizumab.v1.ts';

const dateOfService = '2026-04-01';

/** Relapsing MS with new lesions on glatiramer: the first course of two 300 mg infusions, first dose in hospital. */
const firstCourse: Answers = {
  indication: 'relapsing',
  'prior-therapy': 'failed',
  neurologist: true,
  'hepatitis-b': 'negative',
  'other-dmt': false,
  'treatment-phase': 'initial',
  'dose-mg': 300,
  doses: 2,
  'site-of-care': 'hospital-outpatient',
  'hospital-reason': ['first-doses'],
};

/** Primary progressive MS, continuing 600 mg six months after the last infusion, in an infusion center. */
const continuing: Answers = {
  indication: 'primary-progressive',
  neurologist: true,
  'hepatitis-b': 'negative',
  'other-dmt': false,
  'treatment-phase': 'continuing',
  'last-infusion': '2025-10-01',
  'dose-mg': 600,
  doses: 2,
  'site-of-care': 'infusion-center',
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'J2350');

describe('ocrelizumab v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves the first course: J2350, 2 × 300 = 600 units', () => {
    const decision = run(firstCourse);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: 'J2350', codeSystem: 'HCPCS', units: 600, description: 'Injection, ocrelizumab, 1 mg', decidedBy: criteria.criteria.map((criterion) => criterion.id) }]);
  });

  it('approves continuing 600 mg for primary progressive disease, where no other therapy is needed first', () => {
    const decision = run(continuing);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('other-therapy-first')).toMatchObject({ applies: false });
    expect(decision.lines.map((line) => line.units)).toEqual([1200]);
  });

  it('sends an infusion too soon after the last one, and the first-course dose when continuing, to review', () => {
    const decision = run({ ...continuing, 'last-infusion': '2026-01-15', 'dose-mg': 300 });
    expect(decision.evaluation.openCriteria).toEqual(['dose', 'frequency']);
    expect(decision.outcome('frequency')?.reason).toBe('Last infusion: 2026-01-15, 2 months before the date of service; needed at least 5 months before the date of service');
  });

  it('sends relapsing disease with no other therapy tried, and hepatitis B not screened, to review', () => {
    const decision = run({ ...firstCourse, 'prior-therapy': 'not-tried', 'hepatitis-b': 'not-done' });
    expect(decision.evaluation.openCriteria).toEqual(['other-therapy-first', 'hepatitis-b']);
  });
});
