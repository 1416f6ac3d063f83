import { unknownOptionValue } from '../../domain/questionnaires/answers.ts';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, performanceStatusOptions, unknownOption, yesNoUnknown } from './answer-options.ts';

/**
 * Radiation for brain metastases requested as RCBRAI: the primary cancer, performance status, a
 * resection cavity, the number and size of the metastases, earlier brain radiation, the technique
 * (radiosurgery or whole brain, with hippocampal avoidance) and fractions, memantine, and IGRT
 * decided apart (seeds 000 and 001: technique and fractions, IGRT as its own line).
 * Criteria: src/content/criteria/radonc-brain-metastases.v1.ts.
 */
export const radoncBrainMetastasesQuestionnaireV1: Questionnaire = {
  id: 'radonc-brain-metastases',
  version: '1',
  title: 'Radiation therapy: brain metastases',
  programCode: 'RADONC',
  procedureCodes: ['RCBRAI'],
  items: [
    {
      linkId: 'small-cell',
      text: 'Is the primary cancer small cell lung cancer?',
      shortText: 'Small cell lung cancer',
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
      linkId: 'cavity',
      text: 'Will a resection cavity (where a metastasis was removed by surgery) be treated?',
      shortText: 'Resection cavity',
      type: 'boolean',
      required: true,
    },
    {
      linkId: 'lesion-count',
      text: 'How many brain metastases does the patient have, counting a resection cavity as one?',
      shortText: 'Brain metastases',
      type: 'integer',
      required: true,
      min: 1,
      max: 50,
    },
    {
      linkId: 'largest-size',
      text: 'How large is the largest metastasis or cavity (its longest diameter)?',
      shortText: 'Largest size',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'up-to-2', display: '2 cm or less' },
        { value: '2-3', display: 'Over 2 cm, up to 3 cm' },
        { value: '3-4', display: 'Over 3 cm, up to 4 cm' },
        { value: 'over-4', display: 'Over 4 cm' },
        { value: unknownOptionValue, display: 'Unknown' },
      ],
    },
    {
      linkId: 'prior-brain-radiation',
      text: 'What radiation to the brain has the patient had before? (choose all that apply)',
      shortText: 'Earlier brain radiation',
      type: 'choice',
      repeats: true,
      required: true,
      answerOption: [
        { value: 'srs-other', display: 'Radiosurgery to other metastases' },
        { value: 'whole-brain', display: 'Whole-brain radiation' },
        { value: 'same-lesion', display: 'Radiation to a metastasis or cavity treated now' },
        noneOfTheAbove('None'),
        unknownOption,
      ],
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
            { value: 'srs', display: 'Stereotactic radiosurgery (SRS), including fractionated stereotactic radiotherapy' },
            { value: 'whole-brain', display: 'Whole-brain radiation therapy' },
            { value: 'whole-brain-ha', display: 'Whole-brain radiation therapy with hippocampal avoidance (IMRT)' },
          ],
        },
        {
          linkId: 'fractions',
          text: 'How many fractions (treatment sessions) will the treatment have?',
          shortText: 'Fractions',
          type: 'integer',
          required: true,
          min: 1,
          max: 20,
        },
      ],
    },
    {
      linkId: 'hippocampi-clear',
      text: 'Are all the metastases more than 5 mm from the hippocampi?',
      shortText: 'Metastases clear of the hippocampi',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'technique', operator: '=', answer: 'whole-brain-ha' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'memantine',
      text: 'Will memantine be given during and after the whole-brain radiation?',
      shortText: 'Memantine',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'technique', operator: '!=', answer: 'srs' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'igrt',
      text: 'Will image-guided radiation therapy (IGRT) be used?',
      shortText: 'IGRT',
      type: 'boolean',
      required: true,
    },
  ],
};
