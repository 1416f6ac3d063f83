import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { earlierStudyItems } from './imaging-questions.ts';
import { echoCodes } from './radiology-codes.ts';

/**
 * Echocardiography through the chest wall, complete or limited: the clinical question, the
 * severity of known valve disease, and any echocardiogram in the last 12 months (which also
 * tells whether a limited study follows an earlier complete one).
 * Criteria: src/content/criteria/radiology-echocardiography.v1.ts.
 */
export const radiologyEchocardiographyQuestionnaireV1: Questionnaire = {
  id: 'radiology-echocardiography',
  version: '1',
  title: 'Echocardiography through the chest wall',
  programCode: 'RADIOLOGY',
  procedureCodes: echoCodes,
  items: [
    {
      linkId: 'indication',
      text: 'What is the main reason for the echocardiogram?',
      shortText: 'Reason for the test',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'heart-failure', display: 'Symptoms or signs of heart failure (breathlessness, swelling, a raised BNP)' },
        { value: 'murmur', display: 'A murmur suggesting valve or structural heart disease' },
        { value: 'known-valve', display: 'Follow-up of known valve disease or a replaced valve' },
        { value: 'after-heart-attack', display: 'After a heart attack' },
        { value: 'arrhythmia', display: 'New atrial fibrillation or another significant rhythm disorder' },
        { value: 'stroke', display: 'Stroke or transient ischemic attack, looking for a source of clot' },
        { value: 'cardiotoxic', display: 'Before or during treatment that can harm the heart (such as some chemotherapy)' },
        { value: 'pulmonary-hypertension', display: 'Suspected pulmonary hypertension' },
        { value: 'fainting', display: 'Fainting with a suspected heart cause' },
        { value: 'cardiomyopathy', display: 'Follow-up of known cardiomyopathy, when treatment decisions depend on it' },
        { value: 'screening', display: 'No symptoms or findings (screening)' },
        { value: 'other', display: 'Something else' },
      ],
    },
    {
      linkId: 'valve-severity',
      text: 'How severe is the valve disease?',
      shortText: 'Valve disease severity',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'known-valve' }],
      answerOption: [
        { value: 'mild', display: 'Mild' },
        { value: 'moderate', display: 'Moderate' },
        { value: 'severe', display: 'Severe' },
        { value: 'replaced', display: 'A replaced (prosthetic) or repaired valve' },
      ],
    },
    ...earlierStudyItems('an echocardiogram', 12),
  ],
};
