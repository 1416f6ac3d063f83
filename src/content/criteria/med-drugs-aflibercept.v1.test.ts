import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { medDrugsAfliberceptQuestionnaireV1 as questionnaire } from '../questionnaires/med-drugs-aflibercept.v1.ts';
import { decide } from './decide.testing.ts';
import { medDrugsAfliberceptCriteriaV1 as criteria } from './med-drugs-aflibercept.v1.ts';

const dateOfService = '2026-04-01';

/** Wet macular degeneration in the right eye, fluid after 3 bevacizumab injections: 2 mg, monthly loading then every 8 weeks, 8 injections. */
const wetAmd: Answers = {
  indication: 'wet-amd',
  eyes: 'right',
  bevacizumab: 'failed',
  ophthalmologist: 'yes',
  'dose-mg': 2,
  'interval-weeks': 4,
  injections: 8,
  'eye-site': 'office',
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'J0178');

describe('aflibercept v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves 8 injections of 2 mg in one eye: J0178, 16 units', () => {
    const decision = run(wetAmd);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: 'J0178', codeSystem: 'HCPCS', units: 16, description: 'Injection, aflibercept, 1 mg', decidedBy: criteria.criteria.map((criterion) => criterion.id) }]);
  });

  it('counts both eyes', () => {
    expect(run({ ...wetAmd, indication: 'diabetic-macular-edema', eyes: 'both' }).lines.map((line) => line.units)).toEqual([32]);
  });

  it('sends aflibercept before bevacizumab, a higher dose and injections every 2 weeks to review', () => {
    const decision = run({ ...wetAmd, bevacizumab: 'not-tried', 'dose-mg': 8, 'interval-weeks': 2, injections: 20 });
    expect(decision.evaluation.openCriteria).toEqual(['bevacizumab-first', 'dose', 'frequency', 'duration']);
    expect(decision.outcome('dose')?.reason).toBe('Dose (mg): 8; needed exactly 2');
  });

  it('keeps an unknown injector as missing information', () => {
    expect(run({ ...wetAmd, ophthalmologist: 'unknown' }).evaluation.result).toBe('unknown');
  });
});
