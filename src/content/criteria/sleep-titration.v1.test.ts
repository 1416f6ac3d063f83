import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { sleepTitrationQuestionnaireV1 as questionnaire } from '../questionnaires/sleep-titration.v1.ts';
import { decide } from './decide.testing.ts';
import { sleepTitrationCriteriaV1 as criteria } from './sleep-titration.v1.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** Severe apnea on a home test, with sleepiness and treated high blood pressure. */
const severeApnea: Answers = {
  'diagnostic-study-type': 'home',
  'diagnostic-study-date': '2026-04-02',
  ahi: 34,
  'apnea-conditions': ['sleepiness', 'hypertension'],
};

/** Starting treatment with COPD needing oxygen at night: the pressure is set in the lab. */
const severeApneaWithCopd: Answers = { ...severeApnea, 'titration-reason': 'starting', 'home-start-unsuitable': ['cardiopulmonary', 'night-oxygen'] };

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, '95811');

describe('titration study v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a lab titration for severe apnea when a home start is unsuitable', () => {
    const decision = run(severeApneaWithCopd);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: '95811', codeSystem: 'CPT', units: 1, description: 'Overnight sleep study in a sleep lab with CPAP pressure adjustment', decidedBy: everyCriterion }]);
  });

  it('leaves an uncomplicated start to an auto-adjusting device at home (review)', () => {
    const decision = run({ ...severeApneaWithCopd, 'home-start-unsuitable': ['none'] });
    expect(decision.evaluation.openCriteria).toEqual(['lab-titration-reason']);
    expect(decision.outcome('lab-titration-reason')?.reason).toBe(
      'Reason for the titration: To start pressure treatment; needed one of On pressure treatment, but symptoms persist, the pressure is not tolerated, or the device shows events remain, Bilevel pressure or a backup rate may be needed — or — Reasons a home start is unsuitable: None of these (0 of the qualifying answers chosen); needed at least 1',
    );
  });

  it('approves a titration for problems on treatment without asking about a home start', () => {
    const decision = run({ ...severeApnea, 'titration-reason': 'problems-on-treatment' });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('needs 15 events an hour, or 5 to 14 with a symptom or condition', () => {
    expect(run({ ...severeApneaWithCopd, ahi: 9 }).evaluation.result).toBe('met');
    const decision = run({ ...severeApneaWithCopd, ahi: 9, 'apnea-conditions': ['none'] });
    expect(decision.evaluation.openCriteria).toEqual(['apnea-diagnosis']);
    expect(run({ ...severeApneaWithCopd, ahi: 3 }).evaluation.openCriteria).toEqual(['apnea-diagnosis']);
  });
});
