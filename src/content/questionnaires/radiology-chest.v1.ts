import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';
import { earlierStudyItems } from './imaging-questions.ts';
import { chestCodes } from './radiology-codes.ts';

/**
 * CT and MRI of the chest, and CT angiography of the chest: the clinical question; for a lung
 * nodule its size, the patient's risk and the date of the CT that showed it; for symptoms a
 * chest X-ray first and the features that call for CT; for a suspected clot the pre-test
 * assessment; and any CT, MRI or PET of the chest in the last 6 months.
 * Criteria: src/content/criteria/radiology-chest.v1.ts.
 */
export const radiologyChestQuestionnaireV1: Questionnaire = {
  id: 'radiology-chest',
  version: '1',
  title: 'CT and MRI of the chest',
  programCode: 'RADIOLOGY',
  procedureCodes: chestCodes,
  items: [
    {
      linkId: 'indication',
      text: 'What is the main clinical question for this study?',
      shortText: 'Clinical question',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'nodule', display: 'Follow-up of a lung nodule' },
        { value: 'abnormal-xray', display: 'An abnormal chest X-ray, or a mass in the chest wall or the middle of the chest' },
        { value: 'cancer', display: 'Known cancer: staging, response to treatment or follow-up' },
        { value: 'symptoms', display: 'Persistent cough, coughing blood, or breathlessness' },
        { value: 'interstitial', display: 'Known or suspected interstitial lung disease' },
        { value: 'embolism', display: 'Suspected pulmonary embolism (a clot in the lungs), in an outpatient' },
        { value: 'aorta', display: 'Known or suspected disease of the aorta (aneurysm or dissection)' },
        { value: 'other', display: 'Something else' },
      ],
    },
    {
      linkId: 'nodule-size',
      text: 'How large is the largest nodule, in millimetres?',
      shortText: 'Nodule size (mm)',
      type: 'integer',
      required: true,
      min: 1,
      max: 300,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'nodule' }],
    },
    {
      linkId: 'nodule-high-risk',
      text: 'Is the patient at high risk of lung cancer (heavy smoking history, a close relative with lung cancer, or asbestos or radon exposure)?',
      shortText: 'High risk of lung cancer',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'nodule' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'nodule-last-ct',
      text: 'On what date was the last chest CT that showed the nodule?',
      shortText: 'Last CT showing the nodule',
      type: 'date',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'nodule' }],
    },
    {
      linkId: 'chest-xray-done',
      text: 'Has a chest X-ray been done for these symptoms?',
      shortText: 'Chest X-ray done',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'symptoms' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'symptom-features',
      text: 'Which of these apply? (choose all that apply)',
      shortText: 'Symptom features',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'symptoms' }],
      answerOption: [
        { value: 'hemoptysis', display: 'Coughing up blood' },
        { value: 'long-cough', display: 'Cough for more than 8 weeks despite treatment' },
        { value: 'weight-loss', display: 'Unexplained weight loss' },
        { value: 'xray-unexplained', display: 'The chest X-ray is abnormal or does not explain the symptoms' },
        noneOfTheAbove('None of these'),
      ],
    },
    {
      linkId: 'embolism-assessment',
      text: 'What does the assessment before imaging show?',
      shortText: 'Pre-test assessment for a clot',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'embolism' }],
      answerOption: [
        { value: 'high', display: 'High clinical probability (for example by the Wells score)' },
        { value: 'raised-d-dimer', display: 'Lower probability, with a raised D-dimer blood test' },
        { value: 'normal-d-dimer', display: 'Lower probability, with a normal D-dimer blood test' },
        { value: 'unknown', display: 'Unknown' },
      ],
    },
    ...earlierStudyItems('CT, MRI or PET of the chest', 6),
  ],
};
