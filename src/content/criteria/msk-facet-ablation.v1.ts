import type { CriteriaSet, Criterion, LineTemplate } from '../../domain/criteria/criteria-types.ts';
import { atLeast, daysSincePriorAuthorization, elapsed, equals, isYes, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { mskFacetAblationQuestionnaireV1 } from '../questionnaires/msk-facet-ablation.v1.ts';
import { cervicalThoracicAblationCodes, lumbarAblationCodes } from '../questionnaires/pain-procedure-codes.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('interventionalPain2');

/** The seed's 6-week interval between ablations of a region, in days for the records check. */
const intervalDays = 42;

const criteria: readonly Criterion[] = [
  {
    id: 'two-diagnostic-blocks',
    text: 'Two diagnostic blocks at these levels each gave at least 80% relief from the anesthetic.',
    citation: cite('8.1'),
    rule: atLeast('diagnostic-blocks', 2),
  },
  {
    id: 'interval',
    text: 'At least 6 weeks since the previous ablation in the region.',
    citation: cite('8.2'),
    appliesWhen: isYes('previous-ablation'),
    rule: elapsed('last-ablation-date', '>=', 6, 'weeks'),
  },
  {
    id: 'interval-on-record-neck',
    text: 'Neck or mid back: Priora’s records show no ablation of the region for the member in the 6 weeks before this one.',
    citation: cite('8.2'),
    appliesWhen: procedureIn(['64633']),
    rule: daysSincePriorAuthorization({ codes: cervicalThoracicAblationCodes }, '>=', intervalDays),
  },
  {
    id: 'interval-on-record-low-back',
    text: 'Low back: Priora’s records show no ablation of the region for the member in the 6 weeks before this one.',
    citation: cite('8.2'),
    appliesWhen: procedureIn(['64635']),
    rule: daysSincePriorAuthorization({ codes: lumbarAblationCodes }, '>=', intervalDays),
  },
  {
    id: 'repeat-ablation-response',
    text: 'A repeat ablation of the same levels follows one that gave lasting relief with better function.',
    citation: cite('8.3'),
    appliesWhen: isYes('same-levels'),
    rule: equals('ablation-response', 'yes'),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);
const sideModifier = { answer: 'side', map: { left: 'LT', right: 'RT', both: '50' } } as const;

/** The first joint, and a unit of the add-on code for each further joint (none for one joint). */
function jointLines(first: string, further: string): LineTemplate[] {
  const common = { when: procedureIn([first]), codeSystem: 'CPT', modifiers: [sideModifier], decidedBy: everyCriterion } as const;
  return [
    { ...common, code: { value: first }, description: { value: catalogueWording('MSK', first) }, units: { value: 1 } },
    { ...common, code: { value: further }, description: { value: catalogueWording('MSK', further) }, units: { answer: 'joints', offset: -1 } },
  ];
}

export const mskFacetAblationCriteriaV1: CriteriaSet = {
  id: 'msk-facet-ablation-criteria',
  version: '1',
  title: 'Radiofrequency ablation of the facet joint nerves',
  questionnaireId: mskFacetAblationQuestionnaireV1.id,
  questionnaireVersion: mskFacetAblationQuestionnaireV1.version,
  criteria,
  lines: [...jointLines('64633', '64634'), ...jointLines('64635', '64636')],
};
