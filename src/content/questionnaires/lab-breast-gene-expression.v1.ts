import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { yesNoUnknown } from './answer-options.ts';

/**
 * The 21-gene recurrence score for early breast cancer: tumor type and receptors, stage, nodes,
 * menopause when 1 to 3 nodes are involved, the chemotherapy decision, and earlier testing.
 * Criteria: src/content/criteria/lab-breast-gene-expression.v1.ts.
 */
export const labBreastGeneExpressionQuestionnaireV1: Questionnaire = {
  id: 'lab-breast-gene-expression',
  version: '1',
  title: 'Breast cancer gene-expression profile',
  programCode: 'LAB',
  procedureCodes: ['81519'],
  items: [
    {
      linkId: 'invasive',
      prefix: '1',
      text: 'Is the cancer invasive breast cancer (not only ductal carcinoma in situ)?',
      shortText: 'Invasive cancer',
      type: 'boolean',
      required: true,
    },
    {
      linkId: 'er-status',
      prefix: '2',
      text: 'Is the tumor estrogen-receptor (ER) positive?',
      shortText: 'Estrogen receptor',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'positive', display: 'ER positive' },
        { value: 'negative', display: 'ER negative' },
        { value: 'unknown', display: 'Unknown' },
      ],
    },
    {
      linkId: 'her2-status',
      prefix: '3',
      text: 'What is the HER2 status?',
      shortText: 'HER2',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'negative', display: 'HER2 negative (IHC 0 or 1+, or 2+ with a negative ISH test)' },
        { value: 'positive', display: 'HER2 positive' },
        { value: 'unknown', display: 'Unknown' },
      ],
    },
    {
      linkId: 'metastatic',
      prefix: '4',
      text: 'Has the cancer spread to distant organs (stage IV)?',
      shortText: 'Distant metastases',
      type: 'boolean',
      required: true,
    },
    {
      linkId: 'tumor-size',
      prefix: '5',
      text: 'How large is the invasive tumor?',
      shortText: 'Tumor size',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'up-to-5mm', display: '0.5 cm or smaller' },
        { value: 'over-5mm', display: 'Larger than 0.5 cm' },
      ],
    },
    {
      linkId: 'nodes',
      prefix: '6',
      text: 'How many lymph nodes contain cancer?',
      shortText: 'Lymph nodes',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'none', display: 'None (isolated tumor cells only count as none)' },
        { value: 'micromets', display: 'Micrometastases only (2 mm or smaller)' },
        { value: 'one-to-three', display: '1 to 3 nodes' },
        { value: 'four-or-more', display: '4 or more nodes' },
      ],
    },
    {
      linkId: 'menopause',
      prefix: '6a',
      text: 'Is the patient postmenopausal?',
      shortText: 'Postmenopausal',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'nodes', operator: '=', answer: 'one-to-three' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'chemo-decision',
      prefix: '7',
      text: 'Will the result be used to decide whether to add chemotherapy, and is the patient fit for chemotherapy and willing to have it?',
      shortText: 'Chemotherapy decision',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'tested-before',
      prefix: '8',
      text: 'Has a gene-expression profile already been done on this tumor?',
      shortText: 'Profile done before',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
  ],
};
