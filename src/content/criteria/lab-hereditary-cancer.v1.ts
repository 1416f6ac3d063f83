import type { CriteriaSet, Criterion, LineTemplate } from '../../domain/criteria/criteria-types.ts';
import { any, count, equals, isYes, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { labHereditaryCancerQuestionnaireV1 as questionnaire } from '../questionnaires/lab-hereditary-cancer.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('labGeneticTesting');

const personalQualifying = [
  'breast-50',
  'triple-negative',
  'multiple-breast',
  'male-breast',
  'ovarian',
  'pancreatic',
  'prostate',
  'ashkenazi',
  'breast-with-family',
  'treatment-decision',
];
const familyQualifying = ['relative-breast-50', 'relative-triple-negative', 'relative-ovarian', 'relative-male-breast', 'relative-pancreatic', 'relative-prostate'];

const criteria: readonly Criterion[] = [
  {
    id: 'qualifying-history',
    text: 'A personal history, a family history or a risk model that qualifies for testing.',
    citation: cite('2.1'),
    rule: any(count('personal-history', '>=', 1, personalQualifying), count('family-history', '>=', 1, familyQualifying), equals('risk-model', '5-or-more')),
  },
  {
    id: 'known-family-variant',
    text: 'When a relative’s variant is known, full analysis is for a patient who has had cancer; otherwise the single-variant test is enough.',
    citation: cite('2.2'),
    appliesWhen: equals('familial-variant', 'yes'),
    rule: isYes('personal-cancer'),
  },
  {
    id: 'genetic-counseling',
    text: 'Pre-test genetic counseling, done or scheduled before the sample is taken.',
    citation: cite('2.3'),
    rule: oneOf('counseling', ['done', 'scheduled']),
  },
  {
    id: 'not-tested-before',
    text: 'No earlier full BRCA1 and BRCA2 analysis or panel that included them.',
    citation: cite('2.4'),
    rule: oneOf('previous-testing', ['none', 'limited']),
  },
  {
    id: 'result-used',
    text: 'The result will be used for treatment, screening or risk reduction, or testing of relatives.',
    citation: cite('2.5'),
    rule: count('result-use', '>=', 1, ['treatment', 'screening', 'relatives']),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);

/** The code requested, one unit. */
const lines: readonly LineTemplate[] = questionnaire.procedureCodes.map((code) => ({
  when: procedureIn([code]),
  code: { value: code },
  codeSystem: 'CPT',
  description: { value: catalogueWording('LAB', code) },
  units: { value: 1 },
  decidedBy: everyCriterion,
}));

export const labHereditaryCancerCriteriaV1: CriteriaSet = {
  id: 'lab-hereditary-cancer-criteria',
  version: '1',
  title: 'Hereditary breast and ovarian cancer gene testing',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines,
};
