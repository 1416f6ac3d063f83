import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, atMost, compare, elapsed, equals, implies, isNo, isYes, not, oneOf } from '../../domain/criteria/rule-builders.ts';
import { medDrugsOcrelizumabQuestionnaireV1 as questionnaire } from '../questionnaires/med-drugs-ocrelizumab.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';
import { siteOfCareCriterionV1 } from './specialty-drug-site-of-care.ts';

const cite = citing('specialtyDrugs');

const continuing = equals('treatment-phase', 'continuing');

const criteria: readonly Criterion[] = [
  {
    id: 'indication',
    text: 'Relapsing or primary progressive multiple sclerosis.',
    citation: cite('5.1'),
    rule: not(equals('indication', 'other')),
  },
  {
    id: 'other-therapy-first',
    text: 'In relapsing disease: another therapy failed or was not tolerated, or the disease is highly active.',
    citation: cite('5.2'),
    appliesWhen: equals('indication', 'relapsing'),
    rule: oneOf('prior-therapy', ['failed', 'intolerant', 'highly-active']),
  },
  {
    id: 'neurologist',
    text: 'A neurologist prescribes or is consulted.',
    citation: cite('5.3'),
    rule: isYes('neurologist'),
  },
  {
    id: 'hepatitis-b',
    text: 'Hepatitis B screening shows no active infection.',
    citation: cite('5.4'),
    rule: equals('hepatitis-b', 'negative'),
  },
  {
    id: 'one-therapy',
    text: 'No other disease-modifying therapy at the same time.',
    citation: cite('5.5'),
    rule: isNo('other-dmt'),
  },
  {
    id: 'dose',
    text: '300 mg per infusion in the first course; 600 mg after that.',
    citation: cite('5.6'),
    rule: all(implies(equals('treatment-phase', 'initial'), compare('dose-mg', '=', 300)), implies(continuing, compare('dose-mg', '=', 600))),
  },
  {
    id: 'frequency',
    text: 'Continuing infusions no sooner than 5 months after the last one.',
    citation: cite('5.6'),
    appliesWhen: continuing,
    rule: elapsed('last-infusion', '>=', 5, 'months'),
  },
  {
    id: 'duration',
    text: 'Up to 2 infusions in one request.',
    citation: cite('5.6'),
    rule: atMost('doses', 2),
  },
  siteOfCareCriterionV1,
];

/** J2350 is 1 mg a unit: the dose × the infusions. */
export const medDrugsOcrelizumabCriteriaV1: CriteriaSet = {
  id: 'med-drugs-ocrelizumab-criteria',
  version: '1',
  title: 'Ocrelizumab',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines: [
    {
      code: { value: 'J2350' },
      codeSystem: 'HCPCS',
      description: { value: catalogueWording('MED_DRUGS', 'J2350') },
      units: { multiply: [{ answer: 'dose-mg' }, { answer: 'doses' }] },
      decidedBy: criteria.map((criterion) => criterion.id),
    },
  ],
};
