import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, atLeast, compare, count, equals, priorAuthorizations } from '../../domain/criteria/rule-builders.ts';
import { mskSacroiliacInjectionQuestionnaireV1 } from '../questionnaires/msk-sacroiliac-injection.v1.ts';
import { sacroiliacInjectionCode } from '../questionnaires/pain-procedure-codes.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('interventionalPain2');

const criteria: readonly Criterion[] = [
  {
    id: 'provocation-tests',
    text: 'At least 3 of the 5 sacroiliac provocation tests are positive.',
    citation: cite('9.1'),
    rule: count('provocation-tests', '>=', 3, ['distraction', 'compression', 'thigh-thrust', 'gaenslen', 'sacral-thrust']),
  },
  {
    id: 'conservative-care',
    text: 'At least 4 weeks of documented conservative care before the request.',
    citation: cite('9.2'),
    rule: atLeast('conservative-weeks', 4),
  },
  {
    id: 'relief-after-diagnostic',
    text: 'A therapeutic injection follows a diagnostic one that gave more than 75% relief.',
    citation: cite('9.3'),
    appliesWhen: equals('injection-kind', 'therapeutic'),
    rule: compare('previous-relief', '>', 75),
  },
  {
    id: 'repeat-relief',
    text: 'A repeat therapeutic injection follows one that gave more than 75% relief, and better function or less medicine or other care.',
    citation: cite('9.4'),
    appliesWhen: equals('injection-kind', 'repeat-therapeutic'),
    rule: all(compare('previous-relief', '>', 75), count('previous-benefits', '>=', 1, ['function', 'less-care'])),
  },
  {
    id: 'first-injection-on-record',
    text: 'A first, diagnostic injection: Priora’s records show no sacroiliac joint injection for the member in the last 12 months.',
    citation: cite('9.5'),
    appliesWhen: equals('injection-kind', 'diagnostic'),
    rule: priorAuthorizations({ codes: [sacroiliacInjectionCode], within: { amount: 12, unit: 'months' } }, '<=', 0),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);

export const mskSacroiliacInjectionCriteriaV1: CriteriaSet = {
  id: 'msk-sacroiliac-injection-criteria',
  version: '1',
  title: 'Sacroiliac joint injection',
  questionnaireId: mskSacroiliacInjectionQuestionnaireV1.id,
  questionnaireVersion: mskSacroiliacInjectionQuestionnaireV1.version,
  criteria,
  lines: [
    {
      code: { value: sacroiliacInjectionCode },
      codeSystem: 'CPT',
      description: { value: catalogueWording('MSK', sacroiliacInjectionCode) },
      units: { value: 1 },
      modifiers: [{ answer: 'side', map: { left: 'LT', right: 'RT', both: '50' } }],
      decidedBy: everyCriterion,
    },
  ],
};
