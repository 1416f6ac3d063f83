import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { dmeEquipmentQuestionnaireV1 as questionnaire } from '../questionnaires/dme-equipment.v1.ts';
import { decide } from './decide.testing.ts';
import { dmeBedAndOxygenV1 as dmeBedAndOxygen, hospitalBed, oxygenConcentrator } from './sample-answers.testing.ts';
import { dmeEquipmentCriteriaV1 as criteria } from './dme-equipment.v1.ts';

const dateOfService = '2026-04-01';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

const wheelchair = { code: 'K0001', display: 'Standard wheelchair' };

/** A standard wheelchair bought after a visit in January. */
const wheelchairPurchase: Answers = {
  equipment: [{ hcpcs: wheelchair, units: 1, acquisition: 'purchase', 'used-before': 'no' }],
  'discharge-pending': false,
  'office-visit-date': '2026-01-15',
  documents: ['written-order', 'visit-notes', 'invoice', 'history-exam'],
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'DME');

describe('durable medical equipment v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a line per HCPCS code with units, rental months and the rental modifier', () => {
    const decision = run(dmeBedAndOxygen);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      { code: 'E0260', codeSystem: 'HCPCS', units: 1, modifiers: ['RR'], description: hospitalBed.display, acquisition: 'rental', rentalMonths: 10, decidedBy: everyCriterion },
      { code: 'E1390', codeSystem: 'HCPCS', units: 1, modifiers: ['RR'], description: oxygenConcentrator.display, acquisition: 'rental', rentalMonths: 36, decidedBy: everyCriterion },
    ]);
  });

  it('approves a purchase, where the oxygen certificate does not apply', () => {
    const decision = run(wheelchairPurchase);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('oxygen-medical-necessity')).toMatchObject({ applies: false });
    expect(decision.lines).toEqual([{ code: 'K0001', codeSystem: 'HCPCS', units: 1, modifiers: ['NU'], description: 'Standard wheelchair', acquisition: 'purchase', decidedBy: everyCriterion }]);
  });

  it('sends oxygen without a certificate of medical necessity to review', () => {
    const decision = run({ ...dmeBedAndOxygen, documents: ['written-order', 'visit-notes', 'invoice', 'history-exam'] });
    expect(decision.evaluation.openCriteria).toEqual(['oxygen-medical-necessity']);
  });

  it('names the line that breaks a limit', () => {
    const decision = run({ ...dmeBedAndOxygen, equipment: [{ ...(dmeBedAndOxygen.equipment as Answers[])[0], 'rental-months': 20 }, (dmeBedAndOxygen.equipment as Answers[])[1]!] });
    expect(decision.evaluation.openCriteria).toEqual(['rental-period']);
    expect(decision.outcome('rental-period')?.reason).toBe(
      'Equipment line 1: Rental or purchase: Rental; needed Purchase — or — Rental months: 20; needed at most 13 — or — HCPCS code: E0260 (Hospital bed, semi-electric (head and foot adjustment), with any type side rails, with mattress); needed one of E0424, E0431, E0433, E0434, E0439, E1390, E1391, E1392',
    );
    expect(run({ ...wheelchairPurchase, equipment: [{ hcpcs: wheelchair, units: 2, acquisition: 'purchase', 'used-before': 'no' }] }).evaluation.openCriteria).toEqual(['quantity']);
  });

  it('sends an old office visit and a missing invoice to review', () => {
    const decision = run({ ...wheelchairPurchase, 'office-visit-date': '2025-11-01', documents: ['written-order', 'visit-notes', 'history-exam'] });
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['recent-visit', 'invoice']);
  });

  it('asks for the admitting diagnosis only when a discharge is pending', () => {
    expect(run({ ...wheelchairPurchase, 'admitting-diagnosis': { code: 'J44.1', display: '' } }).stray).toEqual(['admitting-diagnosis']);
    expect(run({ ...wheelchairPurchase, 'discharge-pending': true }).problems).toEqual(['admitting-diagnosis: Please answer this question.']);
  });
});
