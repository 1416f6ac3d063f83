import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { sleepApneaDevicesQuestionnaireV1 as questionnaire } from '../questionnaires/sleep-apnea-devices.v1.ts';
import { decide } from './decide.testing.ts';
import { sleepApneaDevicesCriteriaV1 as criteria } from './sleep-apnea-devices.v1.ts';
import { startingCpap } from './sample-answers.testing.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

const cpap = 'Continuous positive airway pressure (cpap) device';
const humidifier = 'Humidifier, heated, used with positive airway pressure device';
const fullFaceMask = 'Full face mask used with positive airway pressure device, each';

const run = (answers: Answers, procedureCode = 'E0601') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('devices for obstructive sleep apnea v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves the 3-month CPAP trial as monthly rentals, and the mask as a purchase', () => {
    const decision = run(startingCpap);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      { code: 'E0601', codeSystem: 'HCPCS', units: 1, modifiers: ['RR'], description: cpap, acquisition: 'rental', rentalMonths: 3, decidedBy: everyCriterion },
      { code: 'E0562', codeSystem: 'HCPCS', units: 1, modifiers: ['RR'], description: humidifier, acquisition: 'rental', rentalMonths: 3, decidedBy: everyCriterion },
      { code: 'A7030', codeSystem: 'HCPCS', units: 1, modifiers: ['NU'], description: fullFaceMask, acquisition: 'purchase', decidedBy: everyCriterion },
    ]);
  });

  it('continues CPAP for the remaining 10 months after a trial with enough use, and refers too little use', () => {
    const continuing: Answers = { ...startingCpap, 'prior-cpap': 'works', 'therapy-stage': 'continue', 'nights-used-percent': 82, 'trial-benefit': 'yes', accessories: ['none'] };
    const decision = run(continuing);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines.map((line) => [line.code, line.acquisition, line.rentalMonths])).toEqual([['E0601', 'rental', 10]]);
    const lowUse = run({ ...continuing, 'nights-used-percent': 55 });
    expect(lowUse.evaluation.openCriteria).toEqual(['trial-use']);
    expect(lowUse.outcome('trial-use')?.reason).toBe('Nights used 4 hours or more (%): 55; needed at least 70');
  });

  it('approves a bilevel device only after CPAP failed or was not tolerated', () => {
    expect(run(startingCpap, 'E0470').evaluation.openCriteria).toEqual(['bilevel-after-cpap']);
    const decision = run({ ...startingCpap, 'prior-cpap': 'not-tolerated' }, 'E0470');
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines.map((line) => [line.code, line.rentalMonths])).toEqual([
      ['E0470', 3],
      ['E0562', 3],
      ['A7030', undefined],
    ]);
  });

  it('approves an oral appliance for moderate apnea after a dental examination, bought, without accessories', () => {
    const oral: Answers = { ...startingCpap, 'done-before-device': ['evaluation', 'dental-exam'], accessories: ['none'] };
    const decision = run(oral, 'E0486');
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('education')).toMatchObject({ applies: false });
    expect(decision.lines).toEqual([
      {
        code: 'E0486',
        codeSystem: 'HCPCS',
        units: 1,
        modifiers: ['NU'],
        description: 'Oral device/appliance used to reduce upper airway collapsibility, adjustable or non-adjustable, custom fabricated, includes fitting and adjustment',
        acquisition: 'purchase',
        decidedBy: everyCriterion,
      },
    ]);
    const severe = run({ ...oral, ahi: 45, accessories: ['E0562'], 'done-before-device': ['evaluation'] }, 'E0486');
    expect(severe.evaluation.openCriteria).toEqual(['accessories-with-pressure-device', 'oral-appliance-fit', 'dental-exam']);
  });

  it('sends mild apnea without symptoms, mostly central events and a young device to review', () => {
    expect(run({ ...startingCpap, ahi: 8, 'apnea-conditions': ['none'] }).evaluation.openCriteria).toEqual(['apnea-diagnosis']);
    expect(run({ ...startingCpap, 'central-events': 'yes' }).evaluation.openCriteria).toEqual(['obstructive-events']);
    const replacement = run({ ...startingCpap, 'prior-cpap': 'works', 'therapy-stage': 'replace', 'device-years': 3 });
    expect(replacement.evaluation.openCriteria).toEqual(['replacement-age']);
    expect(run({ ...startingCpap, 'prior-cpap': 'works', 'therapy-stage': 'replace', 'device-years': 6 }).lines.map((line) => line.rentalMonths)).toEqual([13, 13, undefined]);
  });
});
