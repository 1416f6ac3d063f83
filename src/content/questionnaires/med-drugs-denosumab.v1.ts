import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';
import { siteOfCareItemsV1 } from './specialty-drug-site-of-care.ts';

const boneLoss = ['osteoporosis-postmenopausal', 'osteoporosis-male', 'glucocorticoid', 'cancer-treatment-bone-loss'];
const osteoporosis = ['osteoporosis-postmenopausal', 'osteoporosis-male', 'glucocorticoid'];

/**
 * Denosumab (J0897): the condition; for bone loss the fracture risk and, for osteoporosis, the
 * bisphosphonate tried; calcium and vitamin D; other bone drugs; dose, weeks between doses and
 * number of doses; site of care. Criteria: src/content/criteria/med-drugs-denosumab.v1.ts.
 */
export const medDrugsDenosumabQuestionnaireV1: Questionnaire = {
  id: 'med-drugs-denosumab',
  version: '1',
  title: 'Denosumab',
  programCode: 'MED_DRUGS',
  procedureCodes: ['J0897'],
  items: [
    {
      linkId: 'indication',
      prefix: '1',
      text: 'What condition is denosumab for?',
      shortText: 'Condition',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'osteoporosis-postmenopausal', display: 'Osteoporosis after menopause' },
        { value: 'osteoporosis-male', display: 'Osteoporosis in a man' },
        { value: 'glucocorticoid', display: 'Osteoporosis from long-term glucocorticoid (steroid) treatment' },
        { value: 'cancer-treatment-bone-loss', display: 'Bone loss from hormone treatment of breast or prostate cancer' },
        { value: 'bone-metastases', display: 'Bone metastases from a solid tumor' },
        { value: 'myeloma', display: 'Multiple myeloma' },
        { value: 'giant-cell', display: 'Giant cell tumor of bone' },
        { value: 'hypercalcemia', display: 'High calcium from cancer, not controlled by a bisphosphonate' },
        { value: 'other', display: 'Another condition' },
      ],
    },
    {
      linkId: 'fracture-risk',
      prefix: '2',
      text: 'Which of these apply? (choose all that apply)',
      shortText: 'Fracture risk',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: boneLoss.map((value) => ({ question: 'indication', operator: '=' as const, answer: value })),
      enableBehavior: 'any',
      answerOption: [
        { value: 't-score', display: 'A T-score of −2.5 or lower at the spine, hip or forearm' },
        { value: 'fracture', display: 'A hip or spine fracture, or a fracture from a minor fall' },
        { value: 'high-frax', display: 'A T-score between −1 and −2.5 with a high 10-year fracture risk (FRAX major 20% or more, or hip 3% or more)' },
        { value: 'very-high-risk', display: 'Very high risk: a fracture in the last 12 months, fractures while on treatment, or a T-score below −3.0' },
        noneOfTheAbove('None of these'),
      ],
    },
    {
      linkId: 'bisphosphonate',
      prefix: '3',
      text: 'Has the patient taken a bisphosphonate (such as alendronate, risedronate or zoledronic acid)?',
      shortText: 'Bisphosphonate tried',
      type: 'choice',
      required: true,
      enableWhen: osteoporosis.map((value) => ({ question: 'indication', operator: '=' as const, answer: value })),
      enableBehavior: 'any',
      answerOption: [
        { value: 'failed', display: 'Yes, for at least 12 months, and still had a fracture or lost bone density' },
        { value: 'intolerant', display: 'Yes, but could not tolerate it' },
        { value: 'contraindicated', display: 'No: it is not suitable (for example creatinine clearance below 35 mL/min, or unable to stay upright after an oral dose)' },
        { value: 'not-tried', display: 'No' },
      ],
    },
    {
      linkId: 'calcium-ok',
      prefix: '4',
      text: 'Is the blood calcium normal (or low calcium corrected), and will the patient take calcium and vitamin D?',
      shortText: 'Calcium and vitamin D',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '!=', answer: 'hypercalcemia' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'other-bone-drug',
      prefix: '5',
      text: 'Will the patient take another osteoporosis drug (a bisphosphonate, romosozumab, teriparatide or abaloparatide) at the same time?',
      shortText: 'Another bone drug at the same time',
      type: 'boolean',
      required: true,
    },
    { linkId: 'dose-mg', prefix: '6', text: 'Dose per injection, in mg', shortText: 'Dose (mg)', type: 'integer', required: true, min: 1, max: 240 },
    { linkId: 'interval-weeks', prefix: '7', text: 'How many weeks between doses?', shortText: 'Weeks between doses', type: 'integer', required: true, min: 1, max: 52 },
    { linkId: 'doses', prefix: '8', text: 'How many doses are requested?', shortText: 'Doses requested', type: 'integer', required: true, min: 1, max: 26 },
    ...siteOfCareItemsV1('9'),
  ],
};
