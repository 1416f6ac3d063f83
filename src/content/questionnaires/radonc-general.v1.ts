import type { AnswerOption, Questionnaire, QuestionnaireItem } from '../../domain/questionnaires/questionnaire-types.ts';
import { yesNoUnknown } from './answer-options.ts';

/**
 * Every radiation oncology cancer type without a questionnaire of its own (all but RCBREA,
 * RCPROS, RCLUNG, RCBONE and RCBRAI), including the seeds' non-cancerous (RCNONC) and "other"
 * (RCOTHR) types. Listed by hand, not read from the catalogue: a published version never
 * changes, and a new cancer type is a decision for a new version.
 */
export const generalCancerTypes: readonly string[] = [
  'RCADRE',
  'RCANAL',
  'RCBILE',
  'RCBLAD',
  'RCCERV',
  'RCCNSL',
  'RCCNSN',
  'RCENDO',
  'RCESOP',
  'RCGACA',
  'RCGALL',
  'RCHDKL',
  'RCHENE',
  'RCHEPA',
  'RCKIDN',
  'RCLIVE',
  'RCMETS',
  'RCMUMY',
  'RCNHDL',
  'RCNONC',
  'RCPANC',
  'RCRECT',
  'RCSKIN',
  'RCOTHR',
];

const techniques: readonly AnswerOption[] = [
  { value: '2d', display: 'Simple (2D) radiation therapy' },
  { value: '3d-conformal', display: '3D conformal radiation therapy' },
  { value: 'electrons', display: 'Electron beam therapy' },
  { value: 'imrt', display: 'Intensity-modulated radiation therapy (IMRT), including VMAT' },
  { value: 'sbrt', display: 'Stereotactic radiosurgery or stereotactic body radiation therapy (SRS or SBRT)' },
  { value: 'proton', display: 'Proton beam therapy' },
  { value: 'brachytherapy', display: 'Brachytherapy' },
];

const phaseNames = ['initial', 'second', 'third'] as const;

/** Phase n (1 to 3): its technique, fractions and IGRT; phases 2 and 3 only when the plan has them. */
function phase(n: 1 | 2 | 3): QuestionnaireItem {
  const name = phaseNames[n - 1];
  return {
    linkId: `phase-${n}`,
    text: n === 1 ? 'Phase 1: initial treatment' : `Phase ${n}: ${name} phase (boost or cone-down)`,
    type: 'group',
    ...(n > 1 ? { enableWhen: [{ question: 'phase-count', operator: '>=', answer: n }] } : {}),
    item: [
      {
        linkId: `technique-${n}`,
        text: `Which technique will be used for the ${name} phase?`,
        shortText: `Phase ${n} technique`,
        type: 'choice',
        required: true,
        answerOption: techniques,
      },
      {
        linkId: `fractions-${n}`,
        text: `How many fractions (treatment sessions) will the ${name} phase have?`,
        shortText: `Phase ${n} fractions`,
        type: 'integer',
        required: true,
        min: 1,
        max: 45,
      },
      {
        linkId: `igrt-${n}`,
        text: `Will daily image-guided radiation therapy (IGRT) be used for the ${name} phase?`,
        shortText: `IGRT, phase ${n}`,
        type: 'boolean',
        required: true,
        enableWhen: [{ question: `technique-${n}`, operator: '!=', answer: 'brachytherapy' }],
      },
    ],
  };
}

/**
 * The questions every radiation plan answers, whatever the cancer type: the aim, earlier
 * radiation to the area, and each phase with its technique, fractions and IGRT (seeds 000 and
 * 001: the approval lists phases with technique and fractions, and IGRT apart).
 * Criteria: src/content/criteria/radonc-general.v1.ts.
 */
export const radoncGeneralQuestionnaireV1: Questionnaire = {
  id: 'radonc-general',
  version: '1',
  title: 'Radiation therapy: other cancer types',
  programCode: 'RADONC',
  procedureCodes: generalCancerTypes,
  items: [
    {
      linkId: 'intent',
      text: 'What is the aim of the treatment?',
      shortText: 'Treatment intent',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'curative', display: 'Curative (definitive) treatment' },
        { value: 'perioperative', display: 'Before or after surgery (neoadjuvant or adjuvant)' },
        { value: 'palliative', display: 'Palliative (to relieve or prevent symptoms)' },
        { value: 'benign', display: 'Treatment of a non-cancerous condition' },
      ],
    },
    {
      linkId: 'prior-radiation',
      text: 'Has the area to be treated had radiation before?',
      shortText: 'Earlier radiation to the area',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'phase-count',
      text: 'How many phases will the treatment have (the initial phase and any boost or cone-down)?',
      shortText: 'Phases',
      type: 'integer',
      required: true,
      min: 1,
      max: 3,
    },
    phase(1),
    phase(2),
    phase(3),
  ],
};
