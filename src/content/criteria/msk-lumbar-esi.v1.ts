import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, atMost, atLeast, compare, count, elapsed, equals, isNo, isYes, not, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { mskLumbarEsiQuestionnaireV1 } from '../questionnaires/msk-lumbar-esi.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('interventionalPain');

/** An earlier injection in the last 12 months: the repeat rules apply. */
const repeatInjection = any(compare('esi-6-months', '>', 0), compare('esi-12-months', '>', 0));

const criteria: readonly Criterion[] = [
  {
    id: 'low-back-pain',
    text: 'The injection treats low back pain.',
    citation: cite('2.1'),
    rule: equals('reason', 'low-back-pain'),
  },
  {
    id: 'steroid-injectate',
    text: 'The injection contains a corticosteroid, and no biologic material or other injectate.',
    citation: cite('2.2'),
    rule: all(equals('injectate', 'corticosteroid'), not(oneOf('injectate', ['biologic', 'nusinersen', 'other']))),
  },
  {
    id: 'radicular-pattern',
    text: 'History or examination shows a radicular pattern or spinal stenosis.',
    citation: cite('3.1'),
    rule: count('exam-findings', '>=', 1, ['radiating-pain', 'stenosis', 'straight-leg-raise', 'weakness', 'sensation', 'reflexes', 'emg']),
  },
  {
    id: 'confirmed',
    text: 'Imaging or an electrodiagnostic study confirms nerve root compression or stenosis.',
    citation: cite('3.2'),
    rule: any(equals('imaging-confirms', 'yes'), equals('exam-findings', 'emg')),
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
    rule: any(all(procedureIn(['62323']), atMost('levels', 1)), all(procedureIn(['64483']), atMost('levels', 2))),
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
    text: 'The previous injection achieved at least two of: 50% relief of leg pain, better function, less medicine or other care.',
    citation: cite('6.4'),
    appliesWhen: repeatInjection,
    rule: count('previous-response', '>=', 2, ['relief-50', 'function', 'less-care']),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);

export const mskLumbarEsiCriteriaV1: CriteriaSet = {
  id: 'msk-lumbar-esi-criteria',
  version: '1',
  title: 'Lumbar epidural steroid injection',
  questionnaireId: mskLumbarEsiQuestionnaireV1.id,
  questionnaireVersion: mskLumbarEsiQuestionnaireV1.version,
  criteria,
  lines: [
    {
      when: procedureIn(['62323']),
      code: { value: '62323' },
      codeSystem: 'CPT',
      description: { value: catalogueWording('MSK', '62323') },
      units: { value: 1 },
      decidedBy: everyCriterion,
    },
    {
      when: procedureIn(['64483']),
      code: { value: '64483' },
      codeSystem: 'CPT',
      description: { value: catalogueWording('MSK', '64483') },
      units: { value: 1 },
      decidedBy: everyCriterion,
    },
    {
      // The second transforaminal level is billed with its add-on code; none when one level.
      when: procedureIn(['64483']),
      code: { value: '64484' },
      codeSystem: 'CPT',
      description: { value: catalogueWording('MSK', '64484') },
      units: { answer: 'levels', offset: -1 },
      decidedBy: everyCriterion,
    },
  ],
};
