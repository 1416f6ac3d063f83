import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, atMost, compare, count, equals, implies, isNo, not, oneOf } from '../../domain/criteria/rule-builders.ts';
import { medDrugsDenosumabQuestionnaireV1 as questionnaire } from '../questionnaires/med-drugs-denosumab.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';
import { siteOfCareCriterionV1 } from './specialty-drug-site-of-care.ts';

const cite = citing('specialtyDrugs');

/** 60 mg every 6 months for bone loss; 120 mg every 4 weeks in cancer. */
const boneLoss = oneOf('indication', ['osteoporosis-postmenopausal', 'osteoporosis-male', 'glucocorticoid', 'cancer-treatment-bone-loss']);
const cancer = oneOf('indication', ['bone-metastases', 'myeloma', 'giant-cell', 'hypercalcemia']);

const criteria: readonly Criterion[] = [
  {
    id: 'indication',
    text: 'A condition denosumab is supported for.',
    citation: cite('2.1'),
    rule: not(equals('indication', 'other')),
  },
  {
    id: 'fracture-risk',
    text: 'For bone loss: a T-score of −2.5 or lower, a fragility fracture, or a high FRAX risk.',
    citation: cite('2.2'),
    appliesWhen: boneLoss,
    rule: count('fracture-risk', '>=', 1, ['t-score', 'fracture', 'high-frax', 'very-high-risk']),
  },
  {
    id: 'bisphosphonate-first',
    text: 'For osteoporosis: a bisphosphonate failed, was not tolerated or is not suitable, unless the risk is very high.',
    citation: cite('2.3'),
    appliesWhen: oneOf('indication', ['osteoporosis-postmenopausal', 'osteoporosis-male', 'glucocorticoid']),
    rule: any(oneOf('bisphosphonate', ['failed', 'intolerant', 'contraindicated']), equals('fracture-risk', 'very-high-risk')),
  },
  {
    id: 'calcium-vitamin-d',
    text: 'Normal blood calcium, with calcium and vitamin D.',
    citation: cite('2.4'),
    appliesWhen: not(equals('indication', 'hypercalcemia')),
    rule: equals('calcium-ok', 'yes'),
  },
  {
    id: 'one-bone-drug',
    text: 'No other osteoporosis drug at the same time.',
    citation: cite('2.5'),
    rule: isNo('other-bone-drug'),
  },
  {
    id: 'dose',
    text: '60 mg for bone loss; 120 mg in cancer.',
    citation: cite('2.6'),
    rule: all(implies(boneLoss, compare('dose-mg', '=', 60)), implies(cancer, compare('dose-mg', '=', 120))),
  },
  {
    id: 'frequency',
    text: 'No more often than every 26 weeks for bone loss, or every 4 weeks in cancer.',
    citation: cite('2.6'),
    rule: all(implies(boneLoss, atLeast('interval-weeks', 26)), implies(cancer, atLeast('interval-weeks', 4))),
  },
  {
    id: 'duration',
    text: 'Up to 2 doses for bone loss, or 13 in cancer, in one request.',
    citation: cite('2.6'),
    rule: all(implies(boneLoss, atMost('doses', 2)), implies(cancer, atMost('doses', 13))),
  },
  siteOfCareCriterionV1,
];

/** J0897 is 1 mg a unit: the dose × the doses. */
export const medDrugsDenosumabCriteriaV1: CriteriaSet = {
  id: 'med-drugs-denosumab-criteria',
  version: '1',
  title: 'Denosumab',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines: [
    {
      code: { value: 'J0897' },
      codeSystem: 'HCPCS',
      description: { value: catalogueWording('MED_DRUGS', 'J0897') },
      units: { multiply: [{ answer: 'dose-mg' }, { answer: 'doses' }] },
      decidedBy: criteria.map((criterion) => criterion.id),
    },
  ],
};
