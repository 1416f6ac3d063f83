import { unknownOptionValue } from '../../domain/questionnaires/answers.ts';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { yesNoUnknown } from './answer-options.ts';

/**
 * Lung cancer radiation requested as RCLUNG: the tissue diagnosis, the aim, the stage (non-small
 * cell or small cell), why not surgery and where the tumor lies for early-stage disease,
 * chemotherapy, the margin after surgery, the technique and fractions, motion management, and
 * IGRT decided apart (seeds 000 and 001: technique and fractions, IGRT as its own line).
 * Criteria: src/content/criteria/radonc-lung.v1.ts.
 */
export const radoncLungQuestionnaireV1: Questionnaire = {
  id: 'radonc-lung',
  version: '1',
  title: 'Radiation therapy: lung cancer',
  programCode: 'RADONC',
  procedureCodes: ['RCLUNG'],
  items: [
    {
      linkId: 'histology',
      text: 'What type of lung cancer has the biopsy or cytology shown?',
      shortText: 'Cancer type',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'nsclc', display: 'Non-small cell lung cancer' },
        { value: 'sclc', display: 'Small cell lung cancer' },
        { value: 'not-biopsied', display: 'Not biopsied: presumed lung cancer without a tissue diagnosis' },
        { value: unknownOptionValue, display: 'Unknown' },
      ],
    },
    {
      linkId: 'intent',
      text: 'What is the aim of the treatment?',
      shortText: 'Treatment intent',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'definitive', display: 'Curative (definitive) treatment' },
        { value: 'post-operative', display: 'After surgery (post-operative)' },
        { value: 'palliative', display: 'Palliative (to relieve symptoms)' },
      ],
    },
    {
      linkId: 'nsclc-stage',
      text: 'What is the stage of the non-small cell lung cancer?',
      shortText: 'Stage',
      type: 'choice',
      required: true,
      enableWhen: [
        { question: 'intent', operator: '=', answer: 'definitive' },
        { question: 'histology', operator: '!=', answer: 'sclc' },
      ],
      answerOption: [
        { value: 'early', display: 'Early stage: stage I to IIA, no involved lymph nodes, tumor up to 5 cm' },
        { value: 'locally-advanced', display: 'Locally advanced: stage II with involved lymph nodes, or stage III' },
        { value: 'oligometastatic', display: 'Stage IV with limited spread (oligometastatic)' },
        { value: unknownOptionValue, display: 'Unknown' },
      ],
    },
    {
      linkId: 'sclc-stage',
      text: 'What is the stage of the small cell lung cancer?',
      shortText: 'Stage',
      type: 'choice',
      required: true,
      enableWhen: [
        { question: 'intent', operator: '=', answer: 'definitive' },
        { question: 'histology', operator: '=', answer: 'sclc' },
      ],
      answerOption: [
        { value: 'limited', display: 'Limited stage (can be treated within one radiation field)' },
        { value: 'extensive', display: 'Extensive stage' },
        { value: unknownOptionValue, display: 'Unknown' },
      ],
    },
    {
      linkId: 'surgery-declined',
      text: 'Why is radiation chosen instead of surgery?',
      shortText: 'Reason for radiation instead of surgery',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'nsclc-stage', operator: '=', answer: 'early' }],
      answerOption: [
        { value: 'inoperable', display: 'Medically inoperable, or at high risk from surgery' },
        { value: 'declines', display: 'The patient declines surgery after discussing it with a thoracic surgeon' },
        { value: 'other', display: 'Another reason' },
      ],
    },
    {
      linkId: 'tumor-location',
      text: 'Where is the tumor?',
      shortText: 'Tumor location',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'nsclc-stage', operator: '=', answer: 'early' }],
      answerOption: [
        { value: 'peripheral', display: 'Peripheral: more than 2 cm from the main airways' },
        { value: 'central', display: 'Central: within 2 cm of the main airways' },
        { value: 'ultracentral', display: 'Ultracentral: touching the main airways or the esophagus' },
        { value: unknownOptionValue, display: 'Unknown' },
      ],
    },
    {
      linkId: 'chemotherapy',
      text: 'Will chemotherapy be given with the radiation?',
      shortText: 'Chemotherapy',
      type: 'choice',
      required: true,
      enableWhen: [
        { question: 'nsclc-stage', operator: '=', answer: 'locally-advanced' },
        { question: 'sclc-stage', operator: '=', answer: 'limited' },
      ],
      enableBehavior: 'any',
      answerOption: [
        { value: 'concurrent', display: 'Yes, at the same time (concurrent)' },
        { value: 'sequential', display: 'Yes, before the radiation (sequential)' },
        { value: 'none', display: 'No chemotherapy' },
        { value: unknownOptionValue, display: 'Unknown' },
      ],
    },
    {
      linkId: 'positive-margin',
      text: 'Did surgery leave a positive margin (cancer at the edge) or cancer behind?',
      shortText: 'Positive margin or residual cancer',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'intent', operator: '=', answer: 'post-operative' }],
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
            { value: '3d-conformal', display: '3D conformal radiation therapy' },
            { value: 'imrt', display: 'Intensity-modulated radiation therapy (IMRT), including VMAT' },
            { value: 'sbrt', display: 'Stereotactic body radiation therapy (SBRT)' },
            { value: 'proton', display: 'Proton beam therapy' },
          ],
        },
        {
          linkId: 'fractions',
          text: 'How many fractions (treatment sessions) will the treatment have? Count each session of a twice-daily course.',
          shortText: 'Fractions',
          type: 'integer',
          required: true,
          min: 1,
          max: 40,
        },
      ],
    },
    {
      linkId: 'motion-management',
      text: 'Will respiratory motion management be used (a 4D CT scan, gating, breath hold or abdominal compression)?',
      shortText: 'Motion management',
      type: 'boolean',
      required: true,
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
