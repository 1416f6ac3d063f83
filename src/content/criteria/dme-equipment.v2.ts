import type { CriteriaSet, Criterion, Rule } from '../../domain/criteria/criteria-types.ts';
import { all, answered, any, atLeast, atMost, compare, count, elapsed, equals, every, not, oneOf, some } from '../../domain/criteria/rule-builders.ts';
import { dmeEquipmentQuestionnaireV2 } from '../questionnaires/dme-equipment.v2.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('durableMedicalEquipment2');

/**
 * The HCPCS codes each category's criteria cover (CMS Level II; the catalogue lists them with
 * their descriptions under the same category). A code in no list goes to a reviewer.
 */
const oxygenCodes = ['E0424', 'E0431', 'E0433', 'E0434', 'E0439', 'E1390', 'E1391', 'E1392', 'K0738'];
const portableOxygenCodes = ['E0431', 'E0433', 'E0434', 'E1392', 'K0738'];
const diabeticShoeCodes = ['A5500', 'A5501', 'A5503', 'A5504', 'A5505', 'A5506', 'A5507', 'A5508'];
const diabeticInsertCodes = ['A5510', 'A5512', 'A5513', 'A5514'];
const group1SurfaceCodes = ['E0181', 'E0184', 'E0185', 'E0186', 'E0187', 'E0188', 'E0189', 'E0196', 'E0197', 'E0198', 'E0199'];
const group2SurfaceCodes = ['E0193', 'E0277', 'E0371', 'E0372', 'E0373'];
const semiElectricBedCodes = ['E0260', 'E0261', 'E0294', 'E0295'];
const heavyDutyBedCodes = ['E0301', 'E0303'];
const extraHeavyDutyBedCodes = ['E0302', 'E0304'];
const hospitalBedCodes = ['E0250', 'E0251', 'E0255', 'E0256', 'E0290', 'E0291', 'E0292', 'E0293', ...semiElectricBedCodes, ...heavyDutyBedCodes, ...extraHeavyDutyBedCodes, 'E0305', 'E0310'];
const invasiveVentilatorCode = 'E0465';
const noninvasiveVentilatorCode = 'E0466';
const multiFunctionVentilatorCode = 'E0467';
const ventilatorCodes = [invasiveVentilatorCode, noninvasiveVentilatorCode, multiFunctionVentilatorCode];
const pacemakerMonitorCodes = ['E0610', 'E0615'];
const electricLiftCodes = ['E0635'];
const patientLiftCodes = ['E0621', 'E0630', ...electricLiftCodes];
const manualWheelchairCodes = ['K0001', 'K0002', 'K0003', 'K0004', 'K0005', 'K0006', 'K0007'];
const group3PowerWheelchairCodes = ['K0856', 'K0861'];
const powerWheelchairCodes = ['K0822', 'K0823', 'K0825', ...group3PowerWheelchairCodes];
const advancedProsthesisCodes = ['L5856', 'L5858', 'L5980', 'L5981'];
const prosthesisCodes = ['L5010', 'L5050', 'L5100', 'L5105', 'L5301', 'L5321', 'L5631', 'L5972', ...advancedProsthesisCodes];
const customOrthosisCodes = ['L1940', 'L1960', 'L1970'];
const footInsertCodes = ['L3000', 'L3020', 'L3030'];
const orthosisCodes = ['L0648', 'L0650', 'L1832', 'L1833', 'L1851', 'L1852', 'L1902', 'L1906', ...customOrthosisCodes, ...footInsertCodes, 'L4360', 'L4361', 'L4396', 'L4397'];

/** Category (the questionnaire's option value) → the codes its criteria cover. */
export const dmeCodesByCategoryV2: Readonly<Record<string, readonly string[]>> = {
  oxygen: oxygenCodes,
  'diabetic-shoes': [...diabeticShoeCodes, ...diabeticInsertCodes],
  decubitus: [...group1SurfaceCodes, ...group2SurfaceCodes],
  'hospital-bed': hospitalBedCodes,
  ventilator: ventilatorCodes,
  'pacemaker-monitor': pacemakerMonitorCodes,
  'patient-lift': patientLiftCodes,
  wheelchair: [...manualWheelchairCodes, ...powerWheelchairCodes],
  prosthesis: prosthesisCodes,
  orthosis: orthosisCodes,
};

const rentedOnlyCodes = [...oxygenCodes, ...ventilatorCodes];
const boughtOnlyCodes = [...diabeticShoeCodes, ...diabeticInsertCodes, ...prosthesisCodes, ...orthosisCodes];

const forCategory = (category: string): Rule => equals('categories', category);
/** A line of the request has one of these codes. */
const anyLine = (codes: readonly string[]): Rule => some('equipment', oneOf('hcpcs', codes));
/** Every line with one of these codes also meets the rule. */
const everyLineOf = (codes: readonly string[], rule: Rule): Rule => every('equipment', any(not(oneOf('hcpcs', codes)), rule));

const criteria: readonly Criterion[] = [
  // 1. Documentation and codes
  {
    id: 'written-order',
    text: 'A written order from the treating practitioner.',
    citation: cite('1.1'),
    rule: equals('documents', 'written-order'),
  },
  {
    id: 'recent-visit',
    text: 'An office visit about this need within 90 days before the date of service, with its notes.',
    citation: cite('1.2'),
    rule: all(elapsed('office-visit-date', '>=', 0, 'days'), elapsed('office-visit-date', '<=', 90, 'days'), equals('documents', 'visit-notes')),
  },
  {
    id: 'clinical-findings',
    text: 'History and examination findings show the need for each item.',
    citation: cite('1.3'),
    rule: equals('documents', 'history-exam'),
  },
  {
    id: 'invoice',
    text: 'A detailed invoice lists all the equipment requested.',
    citation: cite('1.4'),
    rule: equals('documents', 'invoice'),
  },
  {
    id: 'covered-code',
    text: 'Each HCPCS code is one the guideline covers in one of its categories.',
    citation: cite('1.5'),
    rule: every('equipment', oneOf('hcpcs', Object.values(dmeCodesByCategoryV2).flat())),
  },
  {
    id: 'category-answered',
    text: 'Each line’s kind of equipment is among the kinds named, so its questions were answered.',
    citation: cite('1.6'),
    rule: every('equipment', all(...Object.entries(dmeCodesByCategoryV2).map(([category, codes]) => any(not(oneOf('hcpcs', codes)), forCategory(category))))),
  },
  // 2. Oxygen
  {
    id: 'oxygen-certificate',
    text: 'Oxygen: a certificate or letter of medical necessity.',
    citation: cite('2.1'),
    appliesWhen: forCategory('oxygen'),
    rule: equals('documents', 'medical-necessity'),
  },
  {
    id: 'oxygen-level',
    text: 'Oxygen: PaO2 55 mm Hg or less or saturation 88% or less; or PaO2 56–59 or saturation 89% with heart failure swelling, pulmonary hypertension or a hematocrit above 56%.',
    citation: cite('2.2'),
    appliesWhen: forCategory('oxygen'),
    rule: any(
      atMost('oxygen-pao2', 55),
      atMost('oxygen-saturation', 88),
      all(
        any(all(atLeast('oxygen-pao2', 56), atMost('oxygen-pao2', 59)), compare('oxygen-saturation', '=', 89)),
        count('oxygen-heart-findings', '>=', 1, ['edema', 'pulmonary-hypertension', 'hematocrit']),
      ),
    ),
  },
  {
    id: 'oxygen-test-timing',
    text: 'Oxygen: the test within 30 days, in a chronic stable state or within 2 days before a hospital discharge.',
    citation: cite('2.3'),
    appliesWhen: forCategory('oxygen'),
    rule: all(elapsed('oxygen-test-date', '>=', 0, 'days'), elapsed('oxygen-test-date', '<=', 30, 'days'), oneOf('oxygen-test-setting', ['stable-outpatient', 'before-discharge'])),
  },
  {
    id: 'oxygen-exercise',
    text: 'Oxygen found low during exercise: oxygen improves the level during the same exercise.',
    citation: cite('2.4'),
    appliesWhen: equals('oxygen-test-activity', 'exercise'),
    rule: equals('oxygen-exercise-improves', 'yes'),
  },
  {
    id: 'oxygen-other-treatments',
    text: 'Oxygen: other treatments tried or considered, and oxygen still needed.',
    citation: cite('2.5'),
    appliesWhen: forCategory('oxygen'),
    rule: equals('oxygen-other-treatments', 'yes'),
  },
  {
    id: 'oxygen-portable',
    text: 'Portable oxygen: the patient moves about the home or goes out.',
    citation: cite('2.6'),
    appliesWhen: anyLine(portableOxygenCodes),
    rule: equals('oxygen-moves-about', 'yes'),
  },
  // 3. Diabetic shoes
  {
    id: 'shoes-certified',
    text: 'Diabetic shoes: the physician managing the diabetes certifies the need.',
    citation: cite('3.1'),
    appliesWhen: forCategory('diabetic-shoes'),
    rule: equals('shoes-certified', 'yes'),
  },
  {
    id: 'shoes-foot-condition',
    text: 'Diabetic shoes: amputation, past ulcer, pre-ulcer callus, neuropathy with callus, deformity or poor circulation.',
    citation: cite('3.2'),
    appliesWhen: forCategory('diabetic-shoes'),
    rule: count('shoes-foot-conditions', '>=', 1, ['amputation', 'past-ulcer', 'pre-ulcer-callus', 'neuropathy-callus', 'deformity', 'poor-circulation']),
  },
  {
    id: 'shoes-foot-exam',
    text: 'Diabetic shoes: an in-person foot examination within 6 months.',
    citation: cite('3.3'),
    appliesWhen: forCategory('diabetic-shoes'),
    rule: all(elapsed('shoes-foot-exam-date', '>=', 0, 'days'), elapsed('shoes-foot-exam-date', '<=', 6, 'months')),
  },
  // 4. Pressure-reducing support surfaces
  {
    id: 'surface-group-1',
    text: 'Group 1 surface: cannot change position, or limited mobility or an ulcer with a risk factor.',
    citation: cite('4.1'),
    appliesWhen: anyLine(group1SurfaceCodes),
    rule: any(
      equals('surface-mobility', 'immobile'),
      all(
        any(equals('surface-mobility', 'limited'), oneOf('surface-ulcers', ['stage-1-or-2', 'several-stage-2', 'stage-3-or-4'])),
        count('surface-risk-factors', '>=', 1, ['nutrition', 'incontinence', 'sensation', 'circulation']),
      ),
    ),
  },
  {
    id: 'surface-group-2',
    text: 'Group 2 surface: stage 3 or 4 ulcers, several stage 2 ulcers not healing on group 1 for a month, or a flap or graft in 60 days.',
    citation: cite('4.2'),
    appliesWhen: anyLine(group2SurfaceCodes),
    rule: any(
      equals('surface-ulcers', 'stage-3-or-4'),
      all(equals('surface-ulcers', 'several-stage-2'), equals('surface-group-1-month', 'yes')),
      equals('surface-recent-flap', 'yes'),
    ),
  },
  {
    id: 'surface-wound-plan',
    text: 'Group 2 surface: part of a wound care plan run by a clinician.',
    citation: cite('4.3'),
    appliesWhen: anyLine(group2SurfaceCodes),
    rule: equals('surface-wound-plan', 'yes'),
  },
  // 5. Hospital beds
  {
    id: 'bed-need',
    text: 'Hospital bed: positioning, the head raised more than 30 degrees, or traction.',
    citation: cite('5.1'),
    appliesWhen: forCategory('hospital-bed'),
    rule: count('bed-needs', '>=', 1, ['positioning', 'head-raised', 'traction']),
  },
  {
    id: 'bed-semi-electric',
    text: 'Semi-electric bed: frequent or immediate position changes.',
    citation: cite('5.2'),
    appliesWhen: anyLine(semiElectricBedCodes),
    rule: equals('bed-position-changes', 'yes'),
  },
  {
    id: 'bed-heavy-duty',
    text: 'Heavy-duty bed: the patient weighs more than 350 pounds.',
    citation: cite('5.3'),
    appliesWhen: anyLine(heavyDutyBedCodes),
    rule: compare('patient-weight', '>', 350),
  },
  {
    id: 'bed-extra-heavy-duty',
    text: 'Extra-heavy-duty bed: the patient weighs more than 600 pounds.',
    citation: cite('5.3'),
    appliesWhen: anyLine(extraHeavyDutyBedCodes),
    rule: compare('patient-weight', '>', 600),
  },
  // 6. Ventilators
  {
    id: 'ventilator-need',
    text: 'Ventilator: neuromuscular, chest wall, COPD respiratory failure or hypoventilation, where stopping ventilation would be dangerous.',
    citation: cite('6.1'),
    appliesWhen: forCategory('ventilator'),
    rule: all(oneOf('vent-condition', ['neuromuscular', 'chest-wall', 'copd-failure', 'hypoventilation']), equals('vent-life-support', 'yes')),
  },
  {
    id: 'ventilator-interface',
    text: 'Ventilator: the code matches the interface (tracheostomy or mask).',
    citation: cite('6.2'),
    appliesWhen: forCategory('ventilator'),
    rule: all(everyLineOf([invasiveVentilatorCode], equals('vent-interface', 'tracheostomy')), everyLineOf([noninvasiveVentilatorCode], equals('vent-interface', 'mask'))),
  },
  // 7. Pacemaker monitors
  {
    id: 'pacemaker-implanted',
    text: 'Pacemaker monitor: an implanted pacemaker.',
    citation: cite('7.1'),
    appliesWhen: forCategory('pacemaker-monitor'),
    rule: equals('pacemaker-implanted', 'yes'),
  },
  {
    id: 'pacemaker-not-remote',
    text: 'Pacemaker monitor: not already monitored remotely.',
    citation: cite('7.2'),
    appliesWhen: forCategory('pacemaker-monitor'),
    rule: equals('pacemaker-remote', 'no'),
  },
  {
    id: 'pacemaker-clinic-checks',
    text: 'Pacemaker monitor: the clinic will use it for scheduled checks by phone.',
    citation: cite('7.3'),
    appliesWhen: forCategory('pacemaker-monitor'),
    rule: equals('pacemaker-clinic-checks', 'yes'),
  },
  // 8. Patient lifts
  {
    id: 'lift-transfer',
    text: 'Patient lift: transfers need more than one person, and the patient would be bed-bound without a lift.',
    citation: cite('8.1'),
    appliesWhen: forCategory('patient-lift'),
    rule: all(equals('lift-transfer-help', 'more-than-one'), equals('lift-bed-bound', 'yes')),
  },
  {
    id: 'lift-caregiver',
    text: 'Patient lift: a trained caregiver at home.',
    citation: cite('8.2'),
    appliesWhen: forCategory('patient-lift'),
    rule: equals('lift-caregiver', 'yes'),
  },
  {
    id: 'lift-electric',
    text: 'Electric lift: the caregiver cannot safely work a hydraulic lift.',
    citation: cite('8.3'),
    appliesWhen: anyLine(electricLiftCodes),
    rule: equals('lift-hydraulic-workable', 'no'),
  },
  // 9. Wheelchairs
  {
    id: 'wheelchair-mobility',
    text: 'Wheelchair: a mobility limitation in daily activities at home that a cane or walker would not resolve.',
    citation: cite('9.1'),
    appliesWhen: forCategory('wheelchair'),
    rule: all(equals('wheelchair-daily-activities', 'yes'), equals('wheelchair-cane-enough', 'no')),
  },
  {
    id: 'wheelchair-home',
    text: 'Wheelchair: the home suits it, and it will be used regularly at home.',
    citation: cite('9.2'),
    appliesWhen: forCategory('wheelchair'),
    rule: all(equals('wheelchair-home-access', 'yes'), equals('wheelchair-regular-use', 'yes')),
  },
  {
    id: 'wheelchair-manual',
    text: 'Manual wheelchair: the patient propels it or a caregiver pushes it.',
    citation: cite('9.3'),
    appliesWhen: anyLine(manualWheelchairCodes),
    rule: oneOf('wheelchair-propulsion', ['self', 'caregiver']),
  },
  {
    id: 'wheelchair-power',
    text: 'Power wheelchair: a manual wheelchair cannot be used, the patient can operate a power wheelchair safely, and the supplier checked the home.',
    citation: cite('9.4'),
    appliesWhen: anyLine(powerWheelchairCodes),
    rule: all(equals('wheelchair-kind', 'power'), equals('wheelchair-propulsion', 'neither'), equals('power-safe-use', 'yes'), equals('power-home-check', 'yes')),
  },
  {
    id: 'wheelchair-mobility-exam',
    text: 'Power wheelchair: an in-person mobility examination within 45 days.',
    citation: cite('9.5'),
    appliesWhen: anyLine(powerWheelchairCodes),
    rule: all(elapsed('power-mobility-exam-date', '>=', 0, 'days'), elapsed('power-mobility-exam-date', '<=', 45, 'days')),
  },
  {
    id: 'wheelchair-group-3',
    text: 'Group 3 power wheelchair: a neurological condition, a myopathy or a congenital skeletal deformity.',
    citation: cite('9.6'),
    appliesWhen: anyLine(group3PowerWheelchairCodes),
    rule: equals('power-neurological', 'yes'),
  },
  // 10. Prosthetics
  {
    id: 'prosthesis-limb-healed',
    text: 'Prosthesis: the residual limb is healed.',
    citation: cite('10.1'),
    appliesWhen: forCategory('prosthesis'),
    rule: equals('prosthesis-limb-healed', 'yes'),
  },
  {
    id: 'prosthesis-functional-level',
    text: 'Prosthesis: functional level 1 to 4.',
    citation: cite('10.2'),
    appliesWhen: forCategory('prosthesis'),
    rule: oneOf('prosthesis-functional-level', ['k1', 'k2', 'k3', 'k4']),
  },
  {
    id: 'prosthesis-advanced-components',
    text: 'Microprocessor knee or energy-storing foot: functional level 3 or 4.',
    citation: cite('10.3'),
    appliesWhen: anyLine(advancedProsthesisCodes),
    rule: oneOf('prosthesis-functional-level', ['k3', 'k4']),
  },
  {
    id: 'prosthesis-evaluation',
    text: 'Prosthesis: a prosthetist’s evaluation and plan.',
    citation: cite('10.4'),
    appliesWhen: forCategory('prosthesis'),
    rule: equals('prosthesis-evaluation', 'yes'),
  },
  {
    id: 'prosthesis-replacement',
    text: 'Replacement prosthesis: a change in the limb or condition, wear beyond repair, or loss or damage.',
    citation: cite('10.5'),
    appliesWhen: equals('prosthesis-first-or-replacement', 'replacement'),
    rule: count('prosthesis-replacement-reasons', '>=', 1, ['change', 'worn', 'lost-damaged']),
  },
  // 11. Orthotics
  {
    id: 'orthosis-purpose',
    text: 'Orthosis: support, deformity, immobilization or pain relief (not only sport or prevention).',
    citation: cite('11.1'),
    appliesWhen: forCategory('orthosis'),
    rule: count('orthosis-purpose', '>=', 1, ['support', 'deformity', 'immobilize', 'pain']),
  },
  {
    id: 'orthosis-custom',
    text: 'Custom-fabricated orthosis: a prefabricated one would not fit or help.',
    citation: cite('11.2'),
    appliesWhen: anyLine(customOrthosisCodes),
    rule: equals('orthosis-prefabricated-fits', 'no'),
  },
  {
    id: 'orthosis-foot-inserts',
    text: 'Foot inserts: as part of a leg brace.',
    citation: cite('11.3'),
    appliesWhen: anyLine(footInsertCodes),
    rule: equals('orthosis-foot-inserts', 'with-brace'),
  },
  // 12. Rental, purchase and quantity
  {
    id: 'rental-period',
    text: 'Rentals are for no more than 13 months, or 36 months for oxygen equipment.',
    citation: cite('12.1'),
    rule: every('equipment', any(equals('acquisition', 'purchase'), atMost('rental-months', 13), all(oneOf('hcpcs', oxygenCodes), atMost('rental-months', 36)))),
  },
  {
    id: 'rented-items',
    text: 'Oxygen equipment and ventilators are rented.',
    citation: cite('12.2'),
    rule: everyLineOf(rentedOnlyCodes, equals('acquisition', 'rental')),
  },
  {
    id: 'bought-items',
    text: 'Diabetic shoes and inserts, prostheses and orthoses are bought.',
    citation: cite('12.2'),
    rule: everyLineOf(boughtOnlyCodes, equals('acquisition', 'purchase')),
  },
  {
    id: 'quantity',
    text: 'One of each item; up to 2 diabetic shoes, 6 diabetic inserts, and 2 of an orthosis or prosthesis (one for each side).',
    citation: cite('12.3'),
    rule: every(
      'equipment',
      any(
        atMost('units', 1),
        all(oneOf('hcpcs', diabeticShoeCodes), atMost('units', 2)),
        all(oneOf('hcpcs', diabeticInsertCodes), atMost('units', 6)),
        all(oneOf('hcpcs', [...orthosisCodes, ...prosthesisCodes]), atMost('units', 2)),
      ),
    ),
  },
  // 13. Hospital discharge: shown to the reviewer, never holding back an approval.
  {
    id: 'hospital-discharge',
    text: 'Hospital discharge status, for the reviewer: a pending discharge is decided before the discharge date, and is never a reason to deny.',
    citation: cite('13.1'),
    required: false,
    rule: answered('discharge-status'),
  },
  {
    id: 'discharge-oxygen-by-phone',
    text: 'Oxygen for a discharge is decided by phone in real time; this request then carries the supporting records.',
    citation: cite('13.2'),
    required: false,
    appliesWhen: all(equals('discharge-status', 'pending'), forCategory('oxygen')),
    rule: equals('oxygen-phone-decision', 'decided'),
  },
];

/** One line per HCPCS code, with units and rental or purchase (RR for rental, NU for new equipment bought), as in v1. */
export const dmeEquipmentCriteriaV2: CriteriaSet = {
  id: 'dme-equipment-criteria',
  version: '2',
  title: 'Durable medical equipment',
  questionnaireId: dmeEquipmentQuestionnaireV2.id,
  questionnaireVersion: dmeEquipmentQuestionnaireV2.version,
  criteria,
  lines: [
    {
      forEach: 'equipment',
      code: { answer: 'hcpcs' },
      codeSystem: 'HCPCS',
      description: { answer: 'hcpcs', use: 'display' },
      units: { answer: 'units' },
      modifiers: [{ answer: 'acquisition', map: { purchase: 'NU', rental: 'RR' } }],
      acquisition: { answer: 'acquisition' },
      rentalMonths: { answer: 'rental-months' },
      decidedBy: criteria.map((criterion) => criterion.id),
    },
  ],
};
