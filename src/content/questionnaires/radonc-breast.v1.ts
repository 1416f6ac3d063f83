import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';

/**
 * Breast cancer radiation requested as RCBREA (seeds 000 and 001): distant metastases,
 * laterality, T and N stage, breath hold and IGRT for the initial phase and the boost, as in
 * the seeds; plus what a treatment plan needs to be judged: intent, surgery, target, nodes, and
 * each phase's technique and number of fractions (the approval lists phases with technique and
 * fractions, and IGRT apart). Criteria: src/content/criteria/radonc-breast.v1.ts.
 */
export const radoncBreastQuestionnaireV1: Questionnaire = {
  id: 'radonc-breast',
  version: '1',
  title: 'Radiation therapy: breast cancer',
  programCode: 'RADONC',
  procedureCodes: ['RCBREA'],
  items: [
    {
      linkId: 'distant-metastases',
      text: 'Does the patient have distant metastases (stage M1), for example to the brain, lung, liver or bone?',
      shortText: 'Distant metastases',
      type: 'boolean',
      required: true,
    },
    {
      linkId: 'laterality',
      text: 'Where will treatment be directed?',
      shortText: 'Side treated',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'left', display: 'Left breast' },
        { value: 'right', display: 'Right breast' },
        { value: 'bilateral', display: 'Both breasts, treated at the same time' },
      ],
    },
    {
      linkId: 't-stage',
      text: 'What is the T stage?',
      shortText: 'T stage',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'Tis', display: 'Tis (in situ, such as DCIS)' },
        { value: 'T1', display: 'T1 (2 cm or less)' },
        { value: 'T2', display: 'T2 (over 2 cm, up to 5 cm)' },
        { value: 'T3', display: 'T3 (over 5 cm)' },
        { value: 'T4', display: 'T4 (growing into the chest wall or skin, or inflammatory)' },
      ],
    },
    {
      linkId: 'n-stage',
      text: 'What is the N stage?',
      shortText: 'N stage',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'N0', display: 'N0 (no cancer in nearby lymph nodes)' },
        { value: 'N1', display: 'N1 (1 to 3 armpit lymph nodes, or small deposits near the breastbone)' },
        { value: 'N2', display: 'N2 (4 to 9 armpit lymph nodes, or nodes near the breastbone)' },
        { value: 'N3', display: 'N3 (10 or more armpit nodes, or nodes above or below the collarbone)' },
      ],
    },
    {
      linkId: 'intent',
      text: 'What is the aim of the treatment?',
      shortText: 'Treatment intent',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'curative', display: 'Curative' },
        { value: 'palliative', display: 'Palliative (to relieve symptoms)' },
      ],
    },
    {
      linkId: 'surgery',
      text: 'What breast surgery has the patient had?',
      shortText: 'Surgery',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'lumpectomy', display: 'Breast-conserving surgery (lumpectomy or partial mastectomy)' },
        { value: 'mastectomy', display: 'Mastectomy' },
        { value: 'none', display: 'No surgery' },
      ],
    },
    {
      linkId: 'target',
      text: 'What is the target of the initial phase?',
      shortText: 'Target',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'whole-breast', display: 'Whole breast' },
        { value: 'partial-breast', display: 'Part of the breast (partial-breast irradiation)' },
        { value: 'chest-wall', display: 'Chest wall' },
      ],
    },
    {
      linkId: 'regional-nodes',
      text: 'Will the regional lymph nodes (armpit, above the collarbone or along the breastbone) be treated?',
      shortText: 'Regional nodes treated',
      type: 'boolean',
      required: true,
      enableWhen: [{ question: 'target', operator: '!=', answer: 'partial-breast' }],
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
            { value: '3d-conformal', display: '3D conformal radiation therapy' },
            { value: 'imrt', display: 'Intensity-modulated radiation therapy (IMRT), including VMAT' },
            { value: 'proton', display: 'Proton beam therapy' },
            { value: 'brachytherapy', display: 'Brachytherapy' },
          ],
        },
        {
          linkId: 'initial-fractions',
          text: 'How many fractions (treatment sessions) will the initial phase have?',
          shortText: 'Initial fractions',
          type: 'integer',
          required: true,
          min: 1,
          max: 40,
        },
      ],
    },
    {
      linkId: 'boost',
      text: 'Will a boost (a second phase to the tumor bed or chest wall) be given?',
      shortText: 'Boost',
      type: 'boolean',
      required: true,
      enableWhen: [{ question: 'target', operator: '!=', answer: 'partial-breast' }],
    },
    {
      linkId: 'boost-phase',
      text: 'Phase 2: boost',
      type: 'group',
      enableWhen: [{ question: 'boost', operator: '=', answer: true }],
      item: [
        {
          linkId: 'boost-technique',
          text: 'Which technique will be used for the boost?',
          shortText: 'Boost technique',
          type: 'choice',
          required: true,
          answerOption: [
            { value: 'electrons', display: 'Electrons' },
            { value: '3d-conformal', display: '3D conformal photons' },
            { value: 'imrt', display: 'IMRT photons' },
            { value: 'brachytherapy', display: 'Brachytherapy' },
          ],
        },
        {
          linkId: 'boost-fractions',
          text: 'How many fractions will the boost have?',
          shortText: 'Boost fractions',
          type: 'integer',
          required: true,
          min: 1,
          max: 15,
        },
      ],
    },
    {
      linkId: 'breath-hold',
      text: 'Will respiratory gating or deep inspiration breath hold (DIBH) be used?',
      shortText: 'Breath hold or gating',
      type: 'boolean',
      required: true,
    },
    {
      linkId: 'igrt-initial',
      text: 'Will daily image-guided radiation therapy (IGRT) be used for the initial phase?',
      shortText: 'IGRT, initial phase',
      type: 'boolean',
      required: true,
      enableWhen: [{ question: 'initial-technique', operator: '!=', answer: 'brachytherapy' }],
    },
    {
      linkId: 'igrt-boost',
      text: 'Will IGRT be used for the boost?',
      shortText: 'IGRT, boost',
      type: 'boolean',
      required: true,
      enableWhen: [{ question: 'boost', operator: '=', answer: true }],
    },
  ],
};
