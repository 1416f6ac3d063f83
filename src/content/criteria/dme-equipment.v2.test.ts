import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { dmeCategoryByCode, dmeProcedures } from '../catalogue/procedures-dme.ts';
import { dmeEquipmentQuestionnaireV2 as questionnaire } from '../questionnaires/dme-equipment.v2.ts';
import { decide } from './decide.testing.ts';
import { dmeCodesByCategoryV2, dmeEquipmentCriteriaV2 as criteria } from './dme-equipment.v2.ts';
import { dmeBedAndOxygen, hospitalBed, oxygenConcentrator } from './sample-answers.testing.ts';

const dateOfService = '2026-04-01';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** The code look-up gives the CMS description; tests pick codes the same way. */
const coded = (code: string) => ({ code, display: dmeProcedures.find((procedure) => procedure.code === code)?.description ?? code });
const bought = (code: string, units = 1): Answers => ({ hcpcs: coded(code), units, acquisition: 'purchase', 'used-before': 'no' });
const rented = (code: string, months: number): Answers => ({ hcpcs: coded(code), units: 1, acquisition: 'rental', 'rental-months': months, 'used-before': 'no' });

/** What every request has besides its equipment: no discharge waiting, a visit in March, the checklist. */
const paperwork: Answers = {
  'discharge-status': 'none',
  'office-visit-date': '2026-03-10',
  documents: ['written-order', 'visit-notes', 'invoice', 'history-exam'],
};

/** A group 2 power wheelchair for a patient with severe COPD and arthritis of both shoulders. */
const powerWheelchair: Answers = {
  categories: ['wheelchair'],
  equipment: [bought('K0823')],
  'wheelchair-daily-activities': 'yes',
  'wheelchair-cane-enough': 'no',
  'wheelchair-home-access': 'yes',
  'wheelchair-regular-use': 'yes',
  'wheelchair-propulsion': 'neither',
  'wheelchair-kind': 'power',
  'power-safe-use': 'yes',
  'power-home-check': 'yes',
  'power-mobility-exam-date': '2026-03-10',
  'power-neurological': 'no',
  ...paperwork,
};

/** A pair of depth shoes and three pairs of inserts for neuropathy with callus. */
const diabeticShoes: Answers = {
  categories: ['diabetic-shoes'],
  equipment: [bought('A5500', 2), bought('A5512', 6)],
  'shoes-certified': 'yes',
  'shoes-foot-conditions': ['neuropathy-callus'],
  'shoes-foot-exam-date': '2026-02-02',
  ...paperwork,
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'DME');

describe('durable medical equipment v2', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('covers every category of the seed, each code listed in the catalogue under the same category', () => {
    const catalogueName: Record<string, string> = {
      oxygen: 'oxygen',
      'diabetic-shoes': 'diabetic shoes',
      decubitus: 'decubitus care',
      'hospital-bed': 'hospital beds',
      ventilator: 'ventilators',
      'pacemaker-monitor': 'pacemaker monitor',
      'patient-lift': 'patient lifts',
      wheelchair: 'wheelchairs',
      prosthesis: 'prosthetics',
      orthosis: 'orthotics',
    };
    const categories = questionnaire.items.find((item) => item.linkId === 'categories')?.answerOption?.map((option) => option.value);
    expect(categories).toEqual(Object.keys(catalogueName));
    expect(Object.keys(dmeCodesByCategoryV2)).toEqual(Object.keys(catalogueName));
    for (const [category, codes] of Object.entries(dmeCodesByCategoryV2)) {
      for (const code of codes) {
        expect(dmeCategoryByCode.get(code), `${category} ${code}`).toBe(catalogueName[category]);
      }
    }
  });

  it('approves the bed and concentrator line by line, and shows the reviewer that a discharge is pending', () => {
    const decision = run(dmeBedAndOxygen);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      { code: 'E0260', codeSystem: 'HCPCS', units: 1, modifiers: ['RR'], description: hospitalBed.display, acquisition: 'rental', rentalMonths: 10, decidedBy: everyCriterion },
      { code: 'E1390', codeSystem: 'HCPCS', units: 1, modifiers: ['RR'], description: oxygenConcentrator.display, acquisition: 'rental', rentalMonths: 36, decidedBy: everyCriterion },
    ]);
    expect(decision.outcome('hospital-discharge')).toMatchObject({
      required: false,
      result: 'met',
      reason: 'Hospital discharge: Hospital discharge is pending DME precertification',
    });
    expect(decision.outcome('discharge-oxygen-by-phone')).toMatchObject({ applies: true, result: 'met' });
    expect(decision.outcome('wheelchair-mobility')).toMatchObject({ applies: false, reason: 'Does not apply: Kinds of equipment: Oxygen and related equipment, Hospital beds and accessories; needed Wheelchairs' });
  });

  it('never holds back an approval for the discharge flag, even when discharge oxygen was not yet decided by phone', () => {
    const decision = run({ ...dmeBedAndOxygen, 'oxygen-phone-decision': 'not-yet' });
    expect(decision.evaluation.result).toBe('met');
    expect(decision.evaluation.openCriteria).toEqual([]);
    expect(decision.outcome('discharge-oxygen-by-phone')).toMatchObject({ required: false, result: 'not_met' });
    expect(run(powerWheelchair).outcome('hospital-discharge')?.reason).toBe('Hospital discharge: No hospital discharge is waiting on this request');
  });

  it('approves a power wheelchair, bought, and diabetic shoes and inserts in their yearly quantities', () => {
    const wheelchair = run(powerWheelchair);
    expect(wheelchair.problems).toEqual([]);
    expect(wheelchair.stray).toEqual([]);
    expect(wheelchair.evaluation.result).toBe('met');
    expect(wheelchair.outcome('wheelchair-group-3')).toMatchObject({ applies: false });
    expect(wheelchair.lines.map((line) => [line.code, line.units, line.acquisition, line.modifiers])).toEqual([['K0823', 1, 'purchase', ['NU']]]);
    const shoes = run(diabeticShoes);
    expect(shoes.problems).toEqual([]);
    expect(shoes.evaluation.result).toBe('met');
    expect(shoes.lines.map((line) => [line.code, line.units])).toEqual([
      ['A5500', 2],
      ['A5512', 6],
    ]);
  });

  it('sends oxygen without a qualifying level, and portable oxygen for a patient who stays put, to review', () => {
    const decision = run({
      ...dmeBedAndOxygen,
      equipment: [...(dmeBedAndOxygen.equipment as Answers[]), rented('E1392', 36)],
      'oxygen-test-kind': 'oximetry',
      'oxygen-saturation': 90,
    });
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual(['oxygen-pao2']);
    expect(decision.evaluation.openCriteria).toEqual(['oxygen-level', 'oxygen-portable']);
    expect(decision.outcome('oxygen-portable')?.reason).toBe('Moves about (portable oxygen): No; needed Yes');
  });

  it('asks for the category of every line, and refers codes the guideline does not cover', () => {
    const wrongCategory = run({ ...powerWheelchair, categories: ['diabetic-shoes'], 'shoes-certified': 'yes', 'shoes-foot-conditions': ['deformity'], 'shoes-foot-exam-date': '2026-02-02' });
    expect(wrongCategory.evaluation.openCriteria).toEqual(['category-answered', 'wheelchair-power', 'wheelchair-mobility-exam']);
    expect(wrongCategory.outcome('category-answered')?.reason).toContain('Kinds of equipment: Diabetic shoes and inserts; needed Wheelchairs');
    const airBed = run({ ...paperwork, categories: ['decubitus'], equipment: [rented('E0194', 3)], 'surface-mobility': 'immobile', 'surface-ulcers': 'stage-3-or-4', 'surface-risk-factors': ['none'], 'surface-recent-flap': 'no', 'surface-wound-plan': 'yes' });
    expect(airBed.evaluation.openCriteria).toEqual(['covered-code']);
  });

  it('wants ventilators rented and matched to the interface', () => {
    const ventilator: Answers = { ...paperwork, categories: ['ventilator'], equipment: [rented('E0465', 12)], 'vent-condition': 'neuromuscular', 'vent-life-support': 'yes', 'vent-interface': 'tracheostomy' };
    expect(run(ventilator).evaluation.result).toBe('met');
    const decision = run({ ...ventilator, equipment: [bought('E0465')], 'vent-interface': 'mask' });
    expect(decision.evaluation.openCriteria).toEqual(['ventilator-interface', 'rented-items']);
  });

  it('needs a group 1 surface to have failed for a month before a group 2 surface for stage 2 ulcers', () => {
    const surface: Answers = {
      ...paperwork,
      categories: ['decubitus'],
      equipment: [rented('E0277', 6)],
      'surface-mobility': 'limited',
      'surface-ulcers': 'several-stage-2',
      'surface-risk-factors': ['incontinence'],
      'surface-group-1-month': 'yes',
      'surface-recent-flap': 'no',
      'surface-wound-plan': 'yes',
    };
    expect(run(surface).evaluation.result).toBe('met');
    expect(run({ ...surface, 'surface-group-1-month': 'no' }).evaluation.openCriteria).toEqual(['surface-group-2']);
    expect(run({ ...surface, equipment: [bought('E0185')], 'surface-mobility': 'mobile', 'surface-ulcers': 'none', 'surface-risk-factors': ['none'] }).evaluation.openCriteria).toEqual(['surface-group-1']);
  });

  it('checks beds by weight, lifts by transfer help, and pacemaker monitors by remote monitoring', () => {
    const bed: Answers = { ...paperwork, categories: ['hospital-bed'], equipment: [rented('E0301', 10)], 'bed-needs': ['positioning'], 'bed-position-changes': 'no', 'patient-weight': 300 };
    expect(run(bed).evaluation.openCriteria).toEqual(['bed-heavy-duty']);
    expect(run({ ...bed, 'patient-weight': 420 }).evaluation.result).toBe('met');
    const lift: Answers = { ...paperwork, categories: ['patient-lift'], equipment: [bought('E0635')], 'lift-transfer-help': 'more-than-one', 'lift-bed-bound': 'yes', 'lift-caregiver': 'yes', 'lift-hydraulic-workable': 'yes' };
    expect(run(lift).evaluation.openCriteria).toEqual(['lift-electric']);
    expect(run({ ...lift, equipment: [bought('E0630')] }).evaluation.result).toBe('met');
    const monitor: Answers = { ...paperwork, categories: ['pacemaker-monitor'], equipment: [bought('E0615')], 'pacemaker-implanted': 'yes', 'pacemaker-remote': 'yes', 'pacemaker-clinic-checks': 'yes' };
    expect(run(monitor).evaluation.openCriteria).toEqual(['pacemaker-not-remote']);
    expect(run({ ...monitor, 'pacemaker-remote': 'no' }).evaluation.result).toBe('met');
  });

  it('matches prosthetic components to the functional level, and custom orthoses and foot inserts to their rules', () => {
    const prosthesis: Answers = {
      ...paperwork,
      categories: ['prosthesis'],
      equipment: [bought('L5301'), bought('L5980')],
      'prosthesis-limb-healed': 'yes',
      'prosthesis-functional-level': 'k2',
      'prosthesis-evaluation': 'yes',
      'prosthesis-first-or-replacement': 'first',
    };
    expect(run(prosthesis).evaluation.openCriteria).toEqual(['prosthesis-advanced-components']);
    expect(run({ ...prosthesis, 'prosthesis-functional-level': 'k3' }).evaluation.result).toBe('met');
    const orthoses: Answers = {
      ...paperwork,
      categories: ['orthosis'],
      equipment: [bought('L1960', 2), bought('L3000', 2)],
      'orthosis-purpose': ['deformity', 'support'],
      'orthosis-prefabricated-fits': 'yes',
      'orthosis-foot-inserts': 'alone',
    };
    expect(run(orthoses).evaluation.openCriteria).toEqual(['orthosis-custom', 'orthosis-foot-inserts']);
    expect(run({ ...orthoses, 'orthosis-prefabricated-fits': 'no', 'orthosis-foot-inserts': 'with-brace' }).evaluation.result).toBe('met');
    expect(run({ ...orthoses, 'orthosis-purpose': ['sport'] }).evaluation.openCriteria).toContain('orthosis-purpose');
  });

  it('keeps the v1 documentation rules: an old visit, a missing invoice, too many units', () => {
    const decision = run({ ...powerWheelchair, 'office-visit-date': '2025-11-01', documents: ['written-order', 'visit-notes', 'history-exam'] });
    expect(decision.evaluation.openCriteria).toEqual(['recent-visit', 'invoice']);
    expect(run({ ...powerWheelchair, equipment: [bought('K0823', 2)] }).evaluation.openCriteria).toEqual(['quantity']);
  });
});
