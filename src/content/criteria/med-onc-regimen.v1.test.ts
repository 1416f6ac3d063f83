import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { medOncRegimenQuestionnaireV1 as questionnaire } from '../questionnaires/med-onc-regimen.v1.ts';
import { decide } from './decide.testing.ts';
import { medOncRegimenCriteriaV1 as criteria } from './med-onc-regimen.v1.ts';
import { carboplatin, carboplatinPemetrexedPembrolizumab, pembrolizumab, pembrolizumabAlone } from './sample-answers.testing.ts';

const dateOfService = '2026-04-06';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

const docetaxel = { code: 'J9171', display: 'Docetaxel' };
const trastuzumab = { code: 'J9355', display: 'Trastuzumab (Herceptin)' };
const pertuzumab = { code: 'J9306', display: 'Pertuzumab (Perjeta)' };

const run = (answers: Answers, procedureCode = 'J9271') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('medical oncology regimen v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves first-line pembrolizumab: J9271, 200 units a cycle × 6 cycles = 1200', () => {
    const decision = run(pembrolizumabAlone);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: 'J9271', codeSystem: 'HCPCS', units: 1200, description: 'Injection, pembrolizumab, 1 mg', decidedBy: everyCriterion }]);
  });

  it('approves carboplatin, pemetrexed and pembrolizumab with a line per drug, units from mg, mg/m² and the billing unit', () => {
    const decision = run(carboplatinPemetrexedPembrolizumab, 'J9305');
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    // 650 mg ÷ 50 mg = 13 units × 4; 500 mg/m² × 1.8 m² = 900 mg ÷ 10 mg = 90 units × 6; 200 × 6.
    expect(decision.lines.map((line) => [line.code, line.units, line.description])).toEqual([
      ['J9045', 52, 'Injection, carboplatin, 50 mg'],
      ['J9305', 540, 'Injection, pemetrexed, not otherwise specified, 10 mg'],
      ['J9271', 1200, 'Injection, pembrolizumab, 1 mg'],
    ]);
  });

  it('approves TCHP before surgery, with loading doses on their own lines and doses by weight and body surface area', () => {
    const tchp: Answers = {
      'cancer-type': 'breast',
      stage: 'early',
      'hr-status': 'negative',
      'her2-status': 'positive',
      'breast-regimen': 'breast-tchp',
      ecog: '0',
      'weight-kg': 64,
      bsa: 1.7,
      'cycle-days': 21,
      drugs: [
        { drug: docetaxel, 'dose-basis': 'mg-m2', dose: 75, 'doses-per-cycle': 1, cycles: 6 },
        { drug: carboplatin, 'dose-basis': 'mg', dose: 700, 'doses-per-cycle': 1, cycles: 6 },
        { drug: trastuzumab, 'dose-basis': 'mg-kg', dose: 8, 'doses-per-cycle': 1, cycles: 1 },
        { drug: trastuzumab, 'dose-basis': 'mg-kg', dose: 6, 'doses-per-cycle': 1, cycles: 5 },
        { drug: pertuzumab, 'dose-basis': 'mg', dose: 840, 'doses-per-cycle': 1, cycles: 1 },
        { drug: pertuzumab, 'dose-basis': 'mg', dose: 420, 'doses-per-cycle': 1, cycles: 5 },
      ],
    };
    const decision = run(tchp, 'J9355');
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    // 75 × 1.7 = 127.5 mg → 128 units; 8 × 64 = 512 mg → 52 units of 10 mg; 6 × 64 = 384 mg → 39 units × 5.
    expect(decision.lines.map((line) => [line.code, line.units])).toEqual([
      ['J9045', 84],
      ['J9171', 768],
      ['J9355', 52],
      ['J9355', 195],
      ['J9306', 840],
      ['J9306', 2100],
    ]);
  });

  it('sends pembrolizumab alone with PD-L1 under 50% to review, saying what the regimen needs', () => {
    const decision = run({ ...pembrolizumabAlone, pdl1: 'low' });
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['regimen-on-pathway']);
    expect(decision.outcome('regimen-on-pathway')).toMatchObject({
      reason: 'Lung cancer regimen: Pembrolizumab alone; needed anything but Pembrolizumab alone — or — PD-L1: 1% to 49%; needed 50% or more',
      citation: { guideline: 'Priora Medical Oncology Pathways Guideline', version: '2026.1', section: '2.1' },
    });
  });

  it('sends a dose off the label, too many cycles and a missing drug to review, naming the drug line', () => {
    const overdose = run({ ...pembrolizumabAlone, drugs: [{ drug: pembrolizumab, 'dose-basis': 'mg', dose: 400, 'doses-per-cycle': 1, cycles: 6 }] });
    expect(overdose.evaluation.openCriteria).toEqual(['labeled-dose']);
    expect(overdose.lines.map((line) => line.units)).toEqual([2400]);

    const tooLong = run({ ...pembrolizumabAlone, drugs: [{ drug: pembrolizumab, 'dose-basis': 'mg', dose: 200, 'doses-per-cycle': 1, cycles: 10 }] });
    expect(tooLong.evaluation.openCriteria).toEqual(['cycles-within-limit']);
    expect(tooLong.outcome('cycles-within-limit')?.reason).toBe('Drug 1: Cycle length (days): 21; needed other than 21 — or — Cycles: 10; needed at most 8');

    const sixCarboplatin = (carboplatinPemetrexedPembrolizumab.drugs as Answers[]).map((entry, index) => (index === 0 ? { ...entry, cycles: 6 } : entry));
    expect(run({ ...carboplatinPemetrexedPembrolizumab, drugs: sixCarboplatin }).evaluation.openCriteria).toEqual(['cycles-within-limit']);

    const withoutPemetrexed = (carboplatinPemetrexedPembrolizumab.drugs as Answers[]).filter((_, index) => index !== 1);
    const missing = run({ ...carboplatinPemetrexedPembrolizumab, drugs: withoutPemetrexed });
    expect(missing.evaluation.openCriteria).toEqual(['drugs-of-regimen']);
  });

  it('sends a request started with a drug that is not entered, and performance status 2 on a combination, to review', () => {
    expect(run(pembrolizumabAlone, 'J9035').evaluation.openCriteria).toEqual(['requested-drug']);
    expect(run({ ...carboplatinPemetrexedPembrolizumab, ecog: '2' }).evaluation.openCriteria).toEqual(['performance-status']);
    expect(run({ ...pembrolizumabAlone, ecog: '2' }).evaluation.result).toBe('met');
  });

  it('asks for a description of another regimen and leaves it to a reviewer, keeping unknown biomarkers as missing information', () => {
    const other = run({ ...pembrolizumabAlone, 'nsclc-regimen': 'other', 'regimen-description': 'Pembrolizumab with a clinical-trial agent' });
    expect(other.problems).toEqual([]);
    expect(other.evaluation.openCriteria).toEqual(['regimen-on-pathway']);
    expect(run({ ...pembrolizumabAlone, 'nsclc-regimen': 'other' }).problems).toEqual(['regimen-description: Please answer this question.']);
    expect(run({ ...pembrolizumabAlone, pdl1: 'unknown' }).evaluation.result).toBe('unknown');
  });
});
