import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, equals, isNo, isYes, oneOf } from '../../domain/criteria/rule-builders.ts';
import { labBreastGeneExpressionQuestionnaireV1 as questionnaire } from '../questionnaires/lab-breast-gene-expression.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('labGeneticTesting');

const criteria: readonly Criterion[] = [
  {
    id: 'tumor-type',
    text: 'Invasive breast cancer, estrogen-receptor positive and HER2 negative.',
    citation: cite('5.1'),
    rule: all(isYes('invasive'), equals('er-status', 'positive'), equals('her2-status', 'negative')),
  },
  {
    id: 'early-stage',
    text: 'No distant metastases, a tumor larger than 0.5 cm, and no more than 3 nodes with cancer.',
    citation: cite('5.2'),
    rule: all(isNo('metastatic'), equals('tumor-size', 'over-5mm'), oneOf('nodes', ['none', 'micromets', 'one-to-three'])),
  },
  {
    id: 'nodes-postmenopausal',
    text: 'With 1 to 3 nodes involved, the patient is postmenopausal.',
    citation: cite('5.3'),
    appliesWhen: equals('nodes', 'one-to-three'),
    rule: equals('menopause', 'yes'),
  },
  {
    id: 'chemotherapy-decision',
    text: 'The result will decide whether to add chemotherapy, for a patient fit and willing to have it.',
    citation: cite('5.4'),
    rule: equals('chemo-decision', 'yes'),
  },
  {
    id: 'first-profile',
    text: 'No gene-expression profile on this tumor before.',
    citation: cite('5.5'),
    rule: equals('tested-before', 'no'),
  },
];

export const labBreastGeneExpressionCriteriaV1: CriteriaSet = {
  id: 'lab-breast-gene-expression-criteria',
  version: '1',
  title: 'Breast cancer gene-expression profile',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines: [{ code: { value: '81519' }, codeSystem: 'CPT', description: { value: catalogueWording('LAB', '81519') }, units: { value: 1 }, decidedBy: criteria.map((criterion) => criterion.id) }],
};
