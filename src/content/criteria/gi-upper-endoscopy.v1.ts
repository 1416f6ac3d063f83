import type { CriteriaSet, Criterion, LineTemplate } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, count, elapsed, equals, implies, not, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { giUpperEndoscopyQuestionnaireV1 as questionnaire } from '../questionnaires/gi-upper-endoscopy.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('gastroenterology');

/** Shortest surveillance interval, in months, by the last Barrett's finding (section 2.3). */
const barrettIntervalMonths: Readonly<Record<string, number>> = {
  'short-no-dysplasia': 60,
  'long-no-dysplasia': 36,
  indefinite: 6,
  'low-grade': 6,
  'high-grade': 3,
  'after-eradication': 3,
};

const criteria: readonly Criterion[] = [
  {
    id: 'indication',
    text: 'A reason the guideline supports.',
    citation: cite('2.1'),
    rule: not(equals('indication', 'other')),
  },
  {
    id: 'reflux-evaluation',
    text: 'Reflux or indigestion with an alarm feature, at 60 or older, or after 8 weeks of a proton pump inhibitor with H. pylori tested and treated.',
    citation: cite('2.2'),
    appliesWhen: equals('indication', 'reflux-dyspepsia'),
    rule: any(
      count('alarm-features', '>=', 1, ['weight-loss', 'swallowing', 'vomiting', 'bleeding', 'mass', 'family-cancer']),
      atLeast('age-years', 60),
      all(atLeast('ppi-weeks', 8), oneOf('ppi-response', ['partial', 'no-better', 'relapsed']), oneOf('h-pylori', ['negative', 'treated'])),
    ),
  },
  {
    id: 'barrett-interval',
    text: 'Barrett’s surveillance no sooner than the interval for the last finding.',
    citation: cite('2.3'),
    appliesWhen: equals('indication', 'barrett'),
    rule: all(...Object.entries(barrettIntervalMonths).map(([finding, months]) => implies(equals('barrett-finding', finding), elapsed('last-endoscopy', '>=', months, 'months')))),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);

const lines: readonly LineTemplate[] = questionnaire.procedureCodes.map((code) => ({
  when: procedureIn([code]),
  code: { value: code },
  codeSystem: 'CPT',
  description: { value: catalogueWording('GI', code) },
  units: { value: 1 },
  decidedBy: everyCriterion,
}));

export const giUpperEndoscopyCriteriaV1: CriteriaSet = {
  id: 'gi-upper-endoscopy-criteria',
  version: '1',
  title: 'Upper endoscopy',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines,
};
