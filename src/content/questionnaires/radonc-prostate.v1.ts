import { unknownOptionValue } from '../../domain/questionnaires/answers.ts';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { yesNoUnknown } from './answer-options.ts';

/**
 * Prostate cancer radiation requested as RCPROS: spread and earlier pelvic radiation, the aim
 * (definitive, after prostatectomy, salvage) with what each needs (risk group, findings at
 * surgery, PSA), hormone therapy, the technique and fractions of the initial phase, the pelvic
 * lymph nodes, a brachytherapy boost as a second phase, and IGRT decided apart (seeds 000 and
 * 001: phases with technique and fractions, IGRT as its own line).
 * Criteria: src/content/criteria/radonc-prostate.v1.ts.
 */
export const radoncProstateQuestionnaireV1: Questionnaire = {
  id: 'radonc-prostate',
  version: '1',
  title: 'Radiation therapy: prostate cancer',
  programCode: 'RADONC',
  procedureCodes: ['RCPROS'],
  items: [
    {
      linkId: 'distant-metastases',
      text: 'Has the cancer spread beyond the pelvis (distant metastases, stage M1), for example to the bones?',
      shortText: 'Distant metastases',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'prior-pelvic-radiation',
      text: 'Has the patient had radiation to the pelvis before (including the prostate)?',
      shortText: 'Earlier pelvic radiation',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'intent',
      text: 'What is the aim of the treatment?',
      shortText: 'Treatment intent',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'definitive', display: 'Definitive: curative treatment of the intact prostate' },
        { value: 'adjuvant', display: 'After prostatectomy, before the PSA rises (adjuvant)' },
        { value: 'salvage', display: 'After prostatectomy, for a rising PSA or a recurrence in the prostate bed (salvage)' },
      ],
    },
    {
      linkId: 'risk-group',
      text: 'What is the risk group?',
      shortText: 'Risk group',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'intent', operator: '=', answer: 'definitive' }],
      help: 'From the T stage, Grade Group (Gleason score), PSA and, for very low risk, the biopsy cores and PSA density.',
      answerOption: [
        { value: 'very-low', display: 'Very low risk' },
        { value: 'low', display: 'Low risk (T1 to T2a, Grade Group 1, PSA under 10)' },
        { value: 'favorable-intermediate', display: 'Favorable intermediate risk' },
        { value: 'unfavorable-intermediate', display: 'Unfavorable intermediate risk' },
        { value: 'high', display: 'High risk (T3a, Grade Group 4 or 5, or PSA over 20)' },
        { value: 'very-high', display: 'Very high risk (T3b or T4, primary Gleason pattern 5, or several high-risk features)' },
        { value: 'regional', display: 'Regional: cancer in the pelvic lymph nodes (N1), no distant spread' },
        { value: unknownOptionValue, display: 'Unknown' },
      ],
    },
    {
      linkId: 'adverse-pathology',
      text: 'Did surgery find cancer through the capsule or in the seminal vesicles, a positive margin, or involved lymph nodes?',
      shortText: 'Adverse findings at surgery',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'intent', operator: '=', answer: 'adjuvant' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'psa-rising',
      text: 'Has the PSA become detectable and risen since surgery, or is there a biopsy-proven or imaged recurrence in the prostate bed?',
      shortText: 'Rising PSA or local recurrence',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'intent', operator: '=', answer: 'salvage' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'adt',
      text: 'Will androgen deprivation therapy (hormone therapy) be given with the radiation?',
      shortText: 'Hormone therapy (ADT)',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'initial-phase',
      text: 'Phase 1: initial treatment',
      type: 'group',
      item: [
        {
          linkId: 'initial-technique',
          text: 'Which technique will be used for the initial phase?',
          shortText: 'Initial technique',
          type: 'choice',
          required: true,
          answerOption: [
            { value: 'imrt', display: 'Intensity-modulated radiation therapy (IMRT), including VMAT' },
            { value: '3d-conformal', display: '3D conformal radiation therapy' },
            { value: 'sbrt', display: 'Stereotactic body radiation therapy (SBRT)' },
            { value: 'ldr-brachytherapy', display: 'Low-dose-rate brachytherapy (permanent seed implant)' },
            { value: 'hdr-brachytherapy', display: 'High-dose-rate brachytherapy' },
            { value: 'proton', display: 'Proton beam therapy' },
          ],
        },
        {
          linkId: 'initial-fractions',
          text: 'How many fractions (treatment sessions) will the initial phase have? For a seed implant, enter 1.',
          shortText: 'Initial fractions',
          type: 'integer',
          required: true,
          min: 1,
          max: 48,
        },
      ],
    },
    {
      linkId: 'pelvic-nodes',
      text: 'Will the pelvic lymph nodes be treated?',
      shortText: 'Pelvic nodes treated',
      type: 'boolean',
      required: true,
      enableWhen: [
        { question: 'initial-technique', operator: '!=', answer: 'ldr-brachytherapy' },
        { question: 'initial-technique', operator: '!=', answer: 'hdr-brachytherapy' },
      ],
    },
    {
      linkId: 'boost',
      text: 'Will a brachytherapy boost (a second phase) follow the external beam radiation?',
      shortText: 'Brachytherapy boost',
      type: 'boolean',
      required: true,
      enableWhen: [
        { question: 'intent', operator: '=', answer: 'definitive' },
        { question: 'initial-technique', operator: '!=', answer: 'sbrt' },
        { question: 'initial-technique', operator: '!=', answer: 'ldr-brachytherapy' },
        { question: 'initial-technique', operator: '!=', answer: 'hdr-brachytherapy' },
      ],
    },
    {
      linkId: 'boost-phase',
      text: 'Phase 2: brachytherapy boost',
      type: 'group',
      enableWhen: [{ question: 'boost', operator: '=', answer: true }],
      item: [
        {
          linkId: 'boost-technique',
          text: 'Which brachytherapy will be used for the boost?',
          shortText: 'Boost technique',
          type: 'choice',
          required: true,
          answerOption: [
            { value: 'ldr-brachytherapy', display: 'Low-dose-rate brachytherapy (permanent seed implant)' },
            { value: 'hdr-brachytherapy', display: 'High-dose-rate brachytherapy' },
          ],
        },
        {
          linkId: 'boost-fractions',
          text: 'How many fractions will the boost have? For a seed implant, enter 1.',
          shortText: 'Boost fractions',
          type: 'integer',
          required: true,
          min: 1,
          max: 10,
        },
      ],
    },
    {
      linkId: 'igrt',
      text: 'Will daily image-guided radiation therapy (IGRT) be used for the initial phase?',
      shortText: 'IGRT, initial phase',
      type: 'boolean',
      required: true,
      enableWhen: [
        { question: 'initial-technique', operator: '!=', answer: 'ldr-brachytherapy' },
        { question: 'initial-technique', operator: '!=', answer: 'hdr-brachytherapy' },
      ],
    },
  ],
};
