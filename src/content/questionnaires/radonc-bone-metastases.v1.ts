import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, performanceStatusOptions, unknownOption, yesNoUnknown } from './answer-options.ts';

/**
 * Radiation for bone metastases requested as RCBONE: the aim (palliative or ablative), the site,
 * complications, earlier radiation to the bone, performance status, the extent of disease for
 * ablative treatment, the technique and fractions, and IGRT decided apart (seeds 000 and 001:
 * technique and fractions, IGRT as its own line).
 * Criteria: src/content/criteria/radonc-bone-metastases.v1.ts.
 */
export const radoncBoneMetastasesQuestionnaireV1: Questionnaire = {
  id: 'radonc-bone-metastases',
  version: '1',
  title: 'Radiation therapy: bone metastases',
  programCode: 'RADONC',
  procedureCodes: ['RCBONE'],
  items: [
    {
      linkId: 'intent',
      text: 'What is the aim of the treatment?',
      shortText: 'Treatment intent',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'palliative', display: 'Palliative: to relieve pain or prevent a fracture or spinal cord compression' },
        { value: 'ablative', display: 'Ablative: long-term control of limited metastatic disease (oligometastases)' },
      ],
    },
    {
      linkId: 'site',
      text: 'Where is the bone to be treated?',
      shortText: 'Site',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'spine', display: 'Spine (including the sacrum)' },
        { value: 'other', display: 'Another bone (pelvis, limbs, ribs, skull)' },
      ],
    },
    {
      linkId: 'complications',
      text: 'Does the metastasis cause any of these? (choose all that apply)',
      shortText: 'Complications',
      type: 'choice',
      repeats: true,
      required: true,
      answerOption: [
        { value: 'cord-compression', display: 'Spinal cord or cauda equina compression' },
        { value: 'fracture', display: 'A pathologic fracture, or a high risk of one' },
        { value: 'soft-tissue', display: 'A soft-tissue mass growing out of the bone' },
        { value: 'post-operative', display: 'Recent surgery to fix or decompress the bone' },
        noneOfTheAbove('None of these'),
        unknownOption,
      ],
    },
    {
      linkId: 'prior-radiation',
      text: 'Has this bone been treated with radiation before?',
      shortText: 'Earlier radiation to this bone',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'performance-status',
      text: 'What is the patient’s performance status?',
      shortText: 'Performance status',
      type: 'choice',
      required: true,
      answerOption: performanceStatusOptions,
    },
    {
      linkId: 'metastases-count',
      text: 'How many metastatic sites does the patient have in all, including this one?',
      shortText: 'Metastatic sites',
      type: 'integer',
      required: true,
      min: 1,
      max: 50,
      enableWhen: [{ question: 'intent', operator: '=', answer: 'ablative' }],
    },
    {
      linkId: 'primary-controlled',
      text: 'Is the primary cancer controlled (treated, with no sign of it growing back)?',
      shortText: 'Primary cancer controlled',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'intent', operator: '=', answer: 'ablative' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'treatment-phase',
      text: 'Phase 1: treatment',
      type: 'group',
      item: [
        {
          linkId: 'technique',
          text: 'Which technique will be used?',
          shortText: 'Technique',
          type: 'choice',
          required: true,
          answerOption: [
            { value: '3d-conformal', display: '3D conformal or simple (2D) radiation therapy' },
            { value: 'imrt', display: 'Intensity-modulated radiation therapy (IMRT), including VMAT' },
            { value: 'sbrt', display: 'Stereotactic body radiation therapy (SBRT)' },
            { value: 'proton', display: 'Proton beam therapy' },
          ],
        },
        {
          linkId: 'fractions',
          text: 'How many fractions (treatment sessions) will the treatment have?',
          shortText: 'Fractions',
          type: 'integer',
          required: true,
          min: 1,
          max: 30,
        },
      ],
    },
    {
      linkId: 'igrt',
      text: 'Will daily image-guided radiation therapy (IGRT) be used?',
      shortText: 'IGRT',
      type: 'boolean',
      required: true,
    },
  ],
};
