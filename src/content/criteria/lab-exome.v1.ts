import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, atMost, count, equals } from '../../domain/criteria/rule-builders.ts';
import { labExomeQuestionnaireV1 as questionnaire } from '../questionnaires/lab-exome.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('labGeneticTesting');

const criteria: readonly Criterion[] = [
  {
    id: 'child',
    text: 'The patient is under 18.',
    citation: cite('4.1'),
    rule: atMost('age-years', 17),
  },
  {
    id: 'developmental-disorder',
    text: 'Developmental delay or intellectual disability, major congenital anomalies, unexplained childhood seizures, regression, or autism with other features.',
    citation: cite('4.2'),
    rule: count('presentation', '>=', 1, ['developmental-delay', 'anomalies', 'epilepsy', 'regression', 'autism-plus']),
  },
  {
    id: 'standard-evaluation',
    text: 'A specialist evaluation, and a chromosomal microarray or targeted gene test, have not found the cause.',
    citation: cite('4.3'),
    rule: all(equals('specialist-evaluation', 'yes'), count('prior-tests', '>=', 1, ['microarray', 'panel']), equals('cause-unknown', 'yes')),
  },
  {
    id: 'changes-management',
    text: 'A diagnosis would change treatment, start surveillance, or end further testing.',
    citation: cite('4.4'),
    rule: count('result-use', '>=', 1, ['treatment', 'surveillance', 'end-testing']),
  },
  {
    id: 'counseling-consent',
    text: 'Genetic counseling and informed consent before the test.',
    citation: cite('4.5'),
    rule: equals('counseling', 'yes'),
  },
  {
    id: 'first-exome',
    text: 'No exome or genome sequencing before.',
    citation: cite('4.6'),
    rule: equals('previous-exome', 'no'),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);

/** The patient's exome, and a comparator exome for each relative sequenced alongside (none when 0). */
export const labExomeCriteriaV1: CriteriaSet = {
  id: 'lab-exome-criteria',
  version: '1',
  title: 'Whole exome sequencing',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines: [
    { code: { value: '81415' }, codeSystem: 'CPT', description: { value: catalogueWording('LAB', '81415') }, units: { value: 1 }, decidedBy: everyCriterion },
    { code: { value: '81416' }, codeSystem: 'CPT', description: { value: catalogueWording('LAB', '81416') }, units: { answer: 'comparators' }, decidedBy: everyCriterion },
  ],
};
