import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, atMost, equals, oneOf } from '../../domain/criteria/rule-builders.ts';
import { pharmacyDrugsQuestionnaireV1 as questionnaire } from '../questionnaires/pharmacy-drugs.v1.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('pharmacyDrugs');

const criteria: readonly Criterion[] = [
  {
    id: 'supported-use',
    text: 'The diagnosis is a labeled use, or one supported by a compendium or published evidence.',
    citation: cite('2.1'),
    rule: oneOf('indication-support', ['labeled', 'compendia']),
  },
  {
    id: 'preferred-alternatives',
    text: 'The plan’s preferred alternatives failed, were not tolerated or are not suitable; none is preferred; or the patient is stable on the drug.',
    citation: cite('3.1'),
    rule: oneOf('alternatives', ['failed', 'intolerant', 'contraindicated', 'none-preferred', 'stable']),
  },
  {
    id: 'continuity-of-care',
    text: 'Continuity of care is for a drug the patient already takes.',
    citation: cite('3.2'),
    appliesWhen: equals('alternatives', 'stable'),
    rule: equals('start', 'continuing'),
  },
  {
    id: 'quantity-limit',
    text: 'The quantity per 30 days is within the plan’s quantity limit.',
    citation: cite('4.1'),
    rule: equals('within-quantity-limit', 'yes'),
  },
  {
    id: 'labeled-dose',
    text: 'The daily dose is within the labeled maximum.',
    citation: cite('4.2'),
    rule: equals('dose-within-label', 'yes'),
  },
  {
    id: 'days-supply',
    text: 'Up to 34 days a fill for a new start, 90 for a continuing drug.',
    citation: cite('4.3'),
    rule: any(atMost('days-supply', 34), all(equals('start', 'continuing'), atMost('days-supply', 90))),
  },
  {
    id: 'approval-length',
    text: 'Up to 12 months.',
    citation: cite('5.1'),
    rule: atMost('months', 12),
  },
];

/** The drug as requested, with the quantity per 30 days as its units (section 5.2). */
export const pharmacyDrugsCriteriaV1: CriteriaSet = {
  id: 'pharmacy-drugs-criteria',
  version: '1',
  title: 'Pharmacy drug',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines: [
    {
      code: { value: 'PHARM' },
      codeSystem: 'PROGRAM',
      description: { answer: 'drug-name' },
      units: { answer: 'quantity' },
      decidedBy: criteria.map((criterion) => criterion.id),
    },
  ],
};
