import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { yesNoUnknown } from './answer-options.ts';
import { painSideOptions } from './msk-facet-block.v1.ts';

/**
 * Radiofrequency ablation of the facet joint nerves (seed 002 interventional pain), requested by
 * the first-joint code of the region (64633 neck or mid back, 64635 low back or sacrum): side,
 * joints, the diagnostic blocks with at least 80% relief that come first, and any earlier
 * ablation in the region (its date, for the seed's 6-week interval, and, when the same levels
 * were treated, its documented response). Criteria: src/content/criteria/msk-facet-ablation.v1.ts.
 */
export const mskFacetAblationQuestionnaireV1: Questionnaire = {
  id: 'msk-facet-ablation',
  version: '1',
  title: 'Radiofrequency ablation of the facet joint nerves',
  programCode: 'MSK',
  procedureCodes: ['64633', '64635'],
  items: [
    { linkId: 'side', prefix: '1', text: 'On which side will the ablation be done?', shortText: 'Side', type: 'choice', required: true, answerOption: painSideOptions },
    {
      linkId: 'joints',
      prefix: '2',
      text: 'How many facet joints (levels) will be treated in this session?',
      shortText: 'Joints in this session',
      type: 'integer',
      required: true,
      min: 1,
      max: 6,
      help: 'Count each joint level once, whether one side or both sides are treated.',
    },
    {
      linkId: 'diagnostic-blocks',
      prefix: '3',
      text: 'How many diagnostic facet joint or medial branch blocks at these levels gave at least 80% relief of the pain while the anesthetic worked?',
      shortText: 'Blocks with at least 80% relief',
      type: 'integer',
      required: true,
      min: 0,
      max: 6,
    },
    {
      linkId: 'previous-ablation',
      prefix: '4',
      text: 'Has the patient had radiofrequency ablation in this region before, at any level or on either side?',
      shortText: 'Earlier ablation in the region',
      type: 'boolean',
      required: true,
    },
    {
      linkId: 'earlier-ablation',
      text: 'The most recent ablation',
      type: 'group',
      enableWhen: [{ question: 'previous-ablation', operator: '=', answer: true }],
      item: [
        {
          linkId: 'last-ablation-date',
          prefix: '4a',
          text: 'On what date was the most recent radiofrequency ablation in this region?',
          shortText: 'Most recent ablation',
          type: 'date',
          required: true,
        },
        {
          linkId: 'same-levels',
          prefix: '4b',
          text: 'Were the same levels treated then?',
          shortText: 'Same levels treated before',
          type: 'boolean',
          required: true,
        },
        {
          linkId: 'ablation-response',
          prefix: '4c',
          text: 'Do the office notes record lasting relief with better function after that ablation?',
          shortText: 'Response to the last ablation',
          type: 'choice',
          required: true,
          answerOption: yesNoUnknown,
          enableWhen: [{ question: 'same-levels', operator: '=', answer: true }],
        },
      ],
    },
  ],
};
