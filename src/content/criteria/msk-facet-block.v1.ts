import type { CriteriaSet, Criterion, LineTemplate, NumberSource, Rule } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, atMost, compare, equals, isNo, isYes, priorAuthorizations, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { mskFacetBlockQuestionnaireV1 } from '../questionnaires/msk-facet-block.v1.ts';
import { cervicalThoracicFacetBlockCodes, lumbarFacetBlockCodes } from '../questionnaires/pain-procedure-codes.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('interventionalPain2');
const lastYear = { amount: 12, unit: 'months' } as const;

const criteria: readonly Criterion[] = [
  {
    id: 'diagnostic-block',
    text: 'The block is diagnostic, before a possible radiofrequency ablation.',
    citation: cite('7.1'),
    rule: equals('purpose', 'diagnostic'),
  },
  {
    id: 'loading-pain',
    text: 'The pain is brought on by loading the facet joints in extension and rotation.',
    citation: cite('7.2'),
    rule: equals('exam-findings', 'loading-pain'),
  },
  {
    id: 'conservative-care',
    text: 'At least 4 weeks of documented conservative care before the request.',
    citation: cite('7.3'),
    rule: atLeast('conservative-weeks', 4),
  },
  {
    id: 'levels-per-session',
    text: 'No more than 3 levels in one session.',
    citation: cite('7.4'),
    rule: atMost('levels', 3),
  },
  {
    id: 'no-epidural-same-session',
    text: 'No epidural injection in the same region in the same session, unless a facet cyst presses on the nerve root.',
    citation: cite('7.5'),
    rule: any(isNo('epidural-same-session'), isYes('facet-cyst')),
  },
  {
    id: 'block-limit',
    text: 'No more than 2 diagnostic blocks before a possible ablation (at most 1 earlier one in 12 months).',
    citation: cite('7.6'),
    rule: atMost('earlier-blocks', 1),
  },
  {
    id: 'block-limit-on-record-neck',
    text: 'Neck or mid back: Priora’s records show at most 1 earlier block of the region for the member in the last 12 months.',
    citation: cite('7.6'),
    appliesWhen: procedureIn(['64490']),
    rule: priorAuthorizations({ codes: cervicalThoracicFacetBlockCodes, within: lastYear }, '<=', 1),
  },
  {
    id: 'block-limit-on-record-low-back',
    text: 'Low back: Priora’s records show at most 1 earlier block of the region for the member in the last 12 months.',
    citation: cite('7.6'),
    appliesWhen: procedureIn(['64493']),
    rule: priorAuthorizations({ codes: lumbarFacetBlockCodes, within: lastYear }, '<=', 1),
  },
  {
    id: 'second-block-relief',
    text: 'A second block follows a first one that gave at least 80% relief from the anesthetic.',
    citation: cite('7.7'),
    appliesWhen: compare('earlier-blocks', '>', 0),
    rule: atLeast('previous-block-relief', 80),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);
const sideModifier = { answer: 'side', map: { left: 'LT', right: 'RT', both: '50' } } as const;

/**
 * First level, second level (one unit, from two levels on) and third level (a unit for each
 * level after the second; no line below three levels), with the side on each.
 */
function levelLines(first: string, second: string, third: string): LineTemplate[] {
  const line = (code: string, when: Rule, units: NumberSource): LineTemplate => ({
    when,
    code: { value: code },
    codeSystem: 'CPT',
    description: { value: catalogueWording('MSK', code) },
    units,
    modifiers: [sideModifier],
    decidedBy: everyCriterion,
  });
  return [
    line(first, procedureIn([first]), { value: 1 }),
    line(second, all(procedureIn([first]), atLeast('levels', 2)), { value: 1 }),
    line(third, procedureIn([first]), { answer: 'levels', offset: -2 }),
  ];
}

export const mskFacetBlockCriteriaV1: CriteriaSet = {
  id: 'msk-facet-block-criteria',
  version: '1',
  title: 'Facet joint or medial branch nerve block',
  questionnaireId: mskFacetBlockQuestionnaireV1.id,
  questionnaireVersion: mskFacetBlockQuestionnaireV1.version,
  criteria,
  lines: [...levelLines('64490', '64491', '64492'), ...levelLines('64493', '64494', '64495')],
};
