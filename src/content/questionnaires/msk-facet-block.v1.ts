import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove } from './answer-options.ts';

/** Side of the procedure: both sides is billed with modifier 50 (one line, one session). */
export const painSideOptions = [
  { value: 'left', display: 'Left' },
  { value: 'right', display: 'Right' },
  { value: 'both', display: 'Both sides' },
] as const;

/**
 * Facet joint and medial branch nerve blocks (seed 002 interventional pain), requested by the
 * first-level code of the region (64490 neck or mid back, 64493 low back or sacrum): purpose,
 * side, levels, the seed's loading test, weeks of conservative care, earlier diagnostic blocks
 * with the relief from the last one, and an epidural injection in the same session.
 * Criteria: src/content/criteria/msk-facet-block.v1.ts.
 */
export const mskFacetBlockQuestionnaireV1: Questionnaire = {
  id: 'msk-facet-block',
  version: '1',
  title: 'Facet joint or medial branch nerve block',
  programCode: 'MSK',
  procedureCodes: ['64490', '64493'],
  items: [
    {
      linkId: 'purpose',
      prefix: '1',
      text: 'What is this block for?',
      shortText: 'Purpose of the block',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'diagnostic', display: 'To find out whether the facet joints cause the pain, before a possible radiofrequency ablation (local anesthetic)' },
        { value: 'therapeutic', display: 'To treat facet joint pain with a steroid injected into the joint' },
        { value: 'other', display: 'Another purpose' },
      ],
    },
    {
      linkId: 'block',
      text: 'Facet joint or medial branch block',
      type: 'group',
      enableWhen: [{ question: 'purpose', operator: '=', answer: 'diagnostic' }],
      item: [
        { linkId: 'side', prefix: '2', text: 'On which side will the block be given?', shortText: 'Side', type: 'choice', required: true, answerOption: painSideOptions },
        {
          linkId: 'levels',
          prefix: '3',
          text: 'At how many levels will the block be given in this session?',
          shortText: 'Levels in this session',
          type: 'integer',
          required: true,
          min: 1,
          max: 6,
          help: 'Count each joint level once, whether one side or both sides are blocked.',
        },
        {
          linkId: 'exam-findings',
          prefix: '4',
          text: 'Does the examination show any of the following? (choose all that apply)',
          shortText: 'Examination',
          type: 'choice',
          repeats: true,
          required: true,
          answerOption: [
            { value: 'loading-pain', display: 'Pain brought on by bending the spine backwards while turning to the side (loading the facet joints)' },
            { value: 'tenderness', display: 'Tenderness over the facet joints' },
            noneOfTheAbove('None of these'),
          ],
        },
        {
          linkId: 'conservative-weeks',
          prefix: '5',
          text: 'How many weeks of conservative care are documented before this request?',
          shortText: 'Weeks of conservative care',
          type: 'integer',
          required: true,
          min: 0,
          max: 520,
          help: 'For example exercise, physical therapy, chiropractic care, anti-inflammatory or other pain medicines.',
        },
        {
          linkId: 'earlier-blocks',
          prefix: '6',
          text: 'How many diagnostic facet joint or medial branch blocks of this region has the patient had in the last 12 months?',
          shortText: 'Earlier blocks in 12 months',
          type: 'integer',
          required: true,
          min: 0,
          max: 24,
        },
        {
          linkId: 'previous-block-relief',
          prefix: '6a',
          text: 'How much relief of the pain, in percent, did the most recent block give while the anesthetic worked?',
          shortText: 'Relief from the last block (%)',
          type: 'integer',
          required: true,
          min: 0,
          max: 100,
          enableWhen: [{ question: 'earlier-blocks', operator: '>', answer: 0 }],
        },
        {
          linkId: 'epidural-same-session',
          prefix: '7',
          text: 'Will an epidural injection be given in the same region in the same session?',
          shortText: 'Epidural injection in the same session',
          type: 'boolean',
          required: true,
        },
        {
          linkId: 'facet-cyst',
          prefix: '7a',
          text: 'Is there a facet joint cyst pressing on the exiting nerve root?',
          shortText: 'Facet cyst on the nerve root',
          type: 'boolean',
          required: true,
          enableWhen: [{ question: 'epidural-same-session', operator: '=', answer: true }],
        },
      ],
    },
  ],
};
