import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import {
  all,
  any,
  atLeast,
  atMost,
  compare,
  count,
  daysSincePriorAuthorization,
  elapsed,
  equals,
  isNo,
  isYes,
  not,
  oneOf,
  priorAuthorizations,
  procedureIn,
} from '../../domain/criteria/rule-builders.ts';
import { mskCervicalThoracicEsiQuestionnaireV1 } from '../questionnaires/msk-cervical-thoracic-esi.v1.ts';
import { cervicalThoracicEpiduralCodes } from '../questionnaires/pain-procedure-codes.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('interventionalPain2');

/** An earlier injection in the last 12 months: the repeat rules apply. */
const repeatInjection = any(compare('esi-6-months', '>', 0), compare('esi-12-months', '>', 0));

const criteria: readonly Criterion[] = [
  {
    id: 'neck-back-pain',
    text: 'The injection treats neck or mid-back pain with radicular pain or stenosis.',
    citation: cite('2.3'),
    rule: equals('reason', 'neck-back-pain'),
  },
  {
    id: 'steroid-injectate',
    text: 'The injection contains a corticosteroid, and no biologic material or other injectate.',
    citation: cite('2.2'),
    rule: all(equals('injectate', 'corticosteroid'), not(oneOf('injectate', ['biologic', 'other']))),
  },
  {
    id: 'radicular-pattern',
    text: 'History or examination shows a radicular pattern or spinal stenosis.',
    citation: cite('3.1'),
    rule: count('exam-findings', '>=', 1, ['radiating-pain', 'stenosis', 'spurling', 'weakness', 'sensation', 'reflexes', 'emg']),
  },
  {
    id: 'confirmed',
    text: 'Imaging or an electrodiagnostic study confirms nerve root compression or stenosis.',
    citation: cite('3.2'),
    rule: any(equals('imaging-confirms', 'yes'), equals('exam-findings', 'emg')),
  },
  {
    id: 'recent-imaging',
    text: 'MRI or CT of the region within the 12 months before the injection.',
    citation: cite('3.3'),
    rule: all(elapsed('imaging-date', '>=', 0, 'days'), elapsed('imaging-date', '<', 12, 'months')),
  },
  {
    id: 'conservative-care',
    text: 'At least 6 weeks of documented conservative care before the request.',
    citation: cite('4.1'),
    rule: atLeast('conservative-weeks', 6),
  },
  {
    id: 'rehabilitation',
    text: 'The injection is part of active rehabilitation or home exercise.',
    citation: cite('4.2'),
    rule: equals('rehabilitation', 'yes'),
  },
  {
    id: 'levels-per-session',
    text: 'No more than one level for an interlaminar injection, or two for a transforaminal injection, in one session.',
    citation: cite('5.1'),
    rule: any(all(procedureIn(['62321']), atMost('levels', 1)), all(procedureIn(['64479']), atMost('levels', 2))),
  },
  {
    id: 'no-facet-same-session',
    text: 'No facet procedure in the same region in the same session, unless a facet cyst presses on the nerve root.',
    citation: cite('5.2'),
    rule: any(isNo('facet-same-session'), isYes('facet-cyst')),
  },
  {
    id: 'episode-limit',
    text: 'No more than 3 sessions for this episode of pain (at most 2 earlier ones in 6 months).',
    citation: cite('6.1'),
    rule: atMost('esi-6-months', 2),
  },
  {
    id: 'yearly-limit',
    text: 'No more than 4 sessions in 12 months (at most 3 earlier ones).',
    citation: cite('6.2'),
    rule: atMost('esi-12-months', 3),
  },
  {
    id: 'interval',
    text: 'At least 2 weeks since the previous injection.',
    citation: cite('6.3'),
    appliesWhen: repeatInjection,
    rule: elapsed('last-injection-date', '>=', 14, 'days'),
  },
  {
    id: 'previous-response',
    text: 'The previous injection achieved at least two of: 50% relief of the radiating pain, better function, less medicine or other care.',
    citation: cite('6.4'),
    appliesWhen: repeatInjection,
    rule: count('previous-response', '>=', 2, ['relief-50', 'function', 'less-care']),
  },
  {
    id: 'episode-limit-on-record',
    text: 'Priora’s records show no more than 2 earlier neck or mid-back epidural injections for the member in the last 6 months.',
    citation: cite('6.5'),
    rule: priorAuthorizations({ codes: cervicalThoracicEpiduralCodes, within: { amount: 6, unit: 'months' } }, '<=', 2),
  },
  {
    id: 'yearly-limit-on-record',
    text: 'Priora’s records show no more than 3 earlier neck or mid-back epidural injections for the member in the last 12 months.',
    citation: cite('6.5'),
    rule: priorAuthorizations({ codes: cervicalThoracicEpiduralCodes, within: { amount: 12, unit: 'months' } }, '<=', 3),
  },
  {
    id: 'interval-on-record',
    text: 'Priora’s records show no neck or mid-back epidural injection for the member in the 14 days before this one.',
    citation: cite('6.5'),
    rule: daysSincePriorAuthorization({ codes: cervicalThoracicEpiduralCodes }, '>=', 14),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);

export const mskCervicalThoracicEsiCriteriaV1: CriteriaSet = {
  id: 'msk-cervical-thoracic-esi-criteria',
  version: '1',
  title: 'Cervical or thoracic epidural steroid injection',
  questionnaireId: mskCervicalThoracicEsiQuestionnaireV1.id,
  questionnaireVersion: mskCervicalThoracicEsiQuestionnaireV1.version,
  criteria,
  lines: [
    {
      when: procedureIn(['62321']),
      code: { value: '62321' },
      codeSystem: 'CPT',
      description: { value: catalogueWording('MSK', '62321') },
      units: { value: 1 },
      decidedBy: everyCriterion,
    },
    {
      when: procedureIn(['64479']),
      code: { value: '64479' },
      codeSystem: 'CPT',
      description: { value: catalogueWording('MSK', '64479') },
      units: { value: 1 },
      decidedBy: everyCriterion,
    },
    {
      // The second transforaminal level is billed with its add-on code; none when one level.
      when: procedureIn(['64479']),
      code: { value: '64480' },
      codeSystem: 'CPT',
      description: { value: catalogueWording('MSK', '64480') },
      units: { answer: 'levels', offset: -1 },
      decidedBy: everyCriterion,
    },
  ],
};
