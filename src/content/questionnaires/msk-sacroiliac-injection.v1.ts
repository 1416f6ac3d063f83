import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove } from './answer-options.ts';
import { painSideOptions } from './msk-facet-block.v1.ts';

/**
 * Sacroiliac joint injection (seed 002 interventional pain, CPT 27096): side, the five
 * provocation tests (the seed asks for 3 positive), weeks of conservative care, and whether this
 * is a first diagnostic, a therapeutic or a repeat therapeutic injection, with the relief and
 * benefit of the previous one. Criteria: src/content/criteria/msk-sacroiliac-injection.v1.ts.
 */
export const mskSacroiliacInjectionQuestionnaireV1: Questionnaire = {
  id: 'msk-sacroiliac-injection',
  version: '1',
  title: 'Sacroiliac joint injection',
  programCode: 'MSK',
  procedureCodes: ['27096'],
  items: [
    { linkId: 'side', prefix: '1', text: 'Which sacroiliac joint will be injected?', shortText: 'Side', type: 'choice', required: true, answerOption: painSideOptions },
    {
      linkId: 'provocation-tests',
      prefix: '2',
      text: 'Which provocation tests of the sacroiliac joint are positive? (choose all that apply)',
      shortText: 'Positive provocation tests',
      type: 'choice',
      repeats: true,
      required: true,
      answerOption: [
        { value: 'distraction', display: 'Distraction' },
        { value: 'compression', display: 'Compression' },
        { value: 'thigh-thrust', display: 'Thigh thrust' },
        { value: 'gaenslen', display: 'Gaenslen’s test' },
        { value: 'sacral-thrust', display: 'Sacral thrust' },
        noneOfTheAbove('None of these'),
      ],
    },
    {
      linkId: 'conservative-weeks',
      prefix: '3',
      text: 'How many weeks of conservative care are documented before this request?',
      shortText: 'Weeks of conservative care',
      type: 'integer',
      required: true,
      min: 0,
      max: 520,
      help: 'For example exercise, physical therapy, chiropractic care, anti-inflammatory or other pain medicines.',
    },
    {
      linkId: 'injection-kind',
      prefix: '4',
      text: 'Which injection is this?',
      shortText: 'Injection',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'diagnostic', display: 'A first, diagnostic injection' },
        { value: 'therapeutic', display: 'A therapeutic injection after a diagnostic one' },
        { value: 'repeat-therapeutic', display: 'A repeat therapeutic injection' },
      ],
    },
    {
      linkId: 'previous-injection',
      text: 'The previous injection',
      type: 'group',
      enableWhen: [{ question: 'injection-kind', operator: '!=', answer: 'diagnostic' }],
      item: [
        {
          linkId: 'previous-relief',
          prefix: '4a',
          text: 'How much relief of the pain, in percent, did the previous injection give?',
          shortText: 'Relief from the previous injection (%)',
          type: 'integer',
          required: true,
          min: 0,
          max: 100,
        },
        {
          linkId: 'previous-benefits',
          prefix: '4b',
          text: 'What else did the previous injection achieve? (choose all that apply)',
          shortText: 'Benefits of the previous injection',
          type: 'choice',
          repeats: true,
          required: true,
          enableWhen: [{ question: 'injection-kind', operator: '=', answer: 'repeat-therapeutic' }],
          answerOption: [
            { value: 'function', display: 'Better function or more physical activity' },
            { value: 'less-care', display: 'Less pain medicine, or less need for other care such as physical therapy or chiropractic care' },
            noneOfTheAbove('Neither of these'),
          ],
        },
      ],
    },
  ],
};
