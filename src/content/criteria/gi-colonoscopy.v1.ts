import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, atMost, count, elapsed, equals, implies, isNo, isYes, not } from '../../domain/criteria/rule-builders.ts';
import { giColonoscopyQuestionnaireV1 as questionnaire } from '../questionnaires/gi-colonoscopy.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('gastroenterology');

/** The shortest surveillance interval in months, by the most advanced finding (section 3.4). */
const polypIntervalMonths: Readonly<Record<string, number>> = {
  'adenoma-1-2': 84,
  'adenoma-3-4': 36,
  'adenoma-5-10': 36,
  'advanced-adenoma': 36,
  'adenoma-over-10': 12,
  piecemeal: 6,
  hyperplastic: 120,
  'serrated-1-2': 60,
  'serrated-3-10': 36,
  'serrated-advanced': 36,
};

/** No colonoscopy before, or the last one at least this many months ago. */
const noneWithin = (months: number) => any(isNo('previous-colonoscopy'), elapsed('last-colonoscopy', '>=', months, 'months'));

const criteria: readonly Criterion[] = [
  {
    id: 'indication',
    text: 'A reason the guideline supports.',
    citation: cite('3.1'),
    rule: not(equals('indication', 'other')),
  },
  {
    id: 'screening',
    text: 'Screening at 45 to 75 with no colonoscopy in 10 years, or from 40 with a family history and none in 5 years.',
    citation: cite('3.2'),
    appliesWhen: equals('indication', 'screening'),
    rule: any(all(atLeast('age-years', 45), atMost('age-years', 75), noneWithin(120)), all(equals('family-history', 'yes'), atLeast('age-years', 40), noneWithin(60))),
  },
  {
    id: 'symptoms',
    text: 'Bleeding, iron-deficiency anemia, a lasting change in bowel habits, weight loss, or abnormal imaging.',
    citation: cite('3.3'),
    appliesWhen: equals('indication', 'diagnostic'),
    rule: count('findings', '>=', 1, ['rectal-bleeding', 'iron-deficiency', 'bowel-change', 'weight-loss', 'imaging']),
  },
  {
    id: 'polyp-interval',
    text: 'Surveillance after polyps no sooner than the interval for the most advanced finding, unless the last colonoscopy was incomplete.',
    citation: cite('3.4'),
    appliesWhen: equals('indication', 'polyp-surveillance'),
    rule: any(
      equals('last-complete', 'no'),
      all(...Object.entries(polypIntervalMonths).map(([finding, months]) => implies(equals('polyp-finding', finding), elapsed('last-colonoscopy', '>=', months, 'months')))),
    ),
  },
  {
    id: 'cancer-interval',
    text: 'After colorectal cancer: a year after the last colonoscopy, or any time if the colon was not cleared.',
    citation: cite('3.5'),
    appliesWhen: equals('indication', 'cancer-surveillance'),
    rule: any(equals('colon-cleared', 'no'), elapsed('last-colonoscopy', '>=', 12, 'months')),
  },
  {
    id: 'colitis-interval',
    text: 'Colitis for 8 years or more (or with primary sclerosing cholangitis), and no colonoscopy in the last year.',
    citation: cite('3.6'),
    appliesWhen: equals('indication', 'colitis-surveillance'),
    rule: all(any(atLeast('colitis-years', 8), isYes('psc')), noneWithin(12)),
  },
];

export const giColonoscopyCriteriaV1: CriteriaSet = {
  id: 'gi-colonoscopy-criteria',
  version: '1',
  title: 'Colonoscopy',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines: [{ code: { value: '45378' }, codeSystem: 'CPT', description: { value: catalogueWording('GI', '45378') }, units: { value: 1 }, decidedBy: criteria.map((criterion) => criterion.id) }],
};
