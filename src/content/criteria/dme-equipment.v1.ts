import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, atMost, elapsed, equals, every, oneOf, some } from '../../domain/criteria/rule-builders.ts';
import { dmeEquipmentQuestionnaireV1 } from '../questionnaires/dme-equipment.v1.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('durableMedicalEquipment');

/**
 * Oxygen equipment (HCPCS Level II): concentrators and gaseous or liquid systems. Oxygen
 * contents, billed by the month's supply, are left to a reviewer.
 */
const oxygenCodes = ['E0424', 'E0431', 'E0433', 'E0434', 'E0439', 'E1390', 'E1391', 'E1392'];
const diabeticShoes = ['A5500', 'A5501', 'A5503', 'A5504', 'A5505', 'A5506', 'A5507', 'A5508'];
const diabeticInserts = ['A5510', 'A5512', 'A5513', 'A5514'];

const criteria: readonly Criterion[] = [
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
    id: 'oxygen-medical-necessity',
    text: 'Oxygen equipment has a certificate of medical necessity.',
    citation: cite('2.1'),
    appliesWhen: some('equipment', oneOf('hcpcs', oxygenCodes)),
    rule: equals('documents', 'medical-necessity'),
  },
  {
    id: 'rental-period',
    text: 'Rentals are for no more than 13 months, or 36 months for oxygen equipment.',
    citation: cite('3.1'),
    rule: every('equipment', any(equals('acquisition', 'purchase'), atMost('rental-months', 13), all(oneOf('hcpcs', oxygenCodes), atMost('rental-months', 36)))),
  },
  {
    id: 'quantity',
    text: 'One of each item; up to 2 diabetic shoes and 6 diabetic inserts.',
    citation: cite('3.2'),
    rule: every('equipment', any(atMost('units', 1), all(oneOf('hcpcs', diabeticShoes), atMost('units', 2)), all(oneOf('hcpcs', diabeticInserts), atMost('units', 6)))),
  },
];

/** One line per HCPCS code, with units and rental or purchase (RR for rental, NU for new equipment bought). */
export const dmeEquipmentCriteriaV1: CriteriaSet = {
  id: 'dme-equipment-criteria',
  version: '1',
  title: 'Durable medical equipment',
  questionnaireId: dmeEquipmentQuestionnaireV1.id,
  questionnaireVersion: dmeEquipmentQuestionnaireV1.version,
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
