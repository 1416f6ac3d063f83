import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';
import { earlierStudyItems } from './imaging-questions.ts';
import { brainCodes } from './radiology-codes.ts';

/**
 * CT and MRI of the brain and head (seed 003's 70551): the clinical question, then the warning
 * signs or work-up that the question needs (headache red flags, head-injury risk features, a
 * CT first after an injury, a cognitive work-up, dizziness features), and any CT, MRI or PET of
 * the brain in the last 6 months. Contrast is judged from the question and the code requested.
 * Criteria: src/content/criteria/radiology-brain.v1.ts.
 */
export const radiologyBrainQuestionnaireV1: Questionnaire = {
  id: 'radiology-brain',
  version: '1',
  title: 'CT and MRI of the brain and head',
  programCode: 'RADIOLOGY',
  procedureCodes: brainCodes,
  items: [
    {
      linkId: 'indication',
      text: 'What is the main clinical question for this study?',
      shortText: 'Clinical question',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'headache', display: 'Headache' },
        { value: 'neuro-deficit', display: 'A new neurological deficit (weakness, numbness, speech or vision loss) found on examination' },
        { value: 'seizure', display: 'A new seizure, or a change in the pattern of seizures' },
        { value: 'head-injury', display: 'Head injury' },
        { value: 'tumor', display: 'Known or suspected brain tumor or metastases' },
        { value: 'demyelinating', display: 'Known or suspected multiple sclerosis or other demyelinating disease' },
        { value: 'infection', display: 'Suspected infection of the brain or its linings' },
        { value: 'cognitive', display: 'Memory loss or cognitive decline' },
        { value: 'dizziness', display: 'Dizziness or vertigo' },
        { value: 'other', display: 'Something else' },
      ],
    },
    {
      linkId: 'headache-features',
      text: 'Which of these does the headache have? (choose all that apply)',
      shortText: 'Headache warning signs',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'headache' }],
      answerOption: [
        { value: 'sudden-severe', display: 'Sudden, severe onset, reaching full strength within a minute' },
        { value: 'new-after-50', display: 'A new kind of headache that started after age 50' },
        { value: 'abnormal-exam', display: 'An abnormal neurological examination, or swelling of the optic nerve' },
        { value: 'cancer-or-immune', display: 'Known cancer, HIV or another weakened immune system' },
        { value: 'positional', display: 'Worse lying down, on coughing or straining, or wakes the patient from sleep' },
        { value: 'pattern-change', display: 'A clear change in the pattern of long-standing headaches' },
        { value: 'progressive', display: 'Steadily worse over weeks despite treatment' },
        noneOfTheAbove('None of these'),
      ],
    },
    {
      linkId: 'head-injury-features',
      text: 'Which of these apply to the head injury? (choose all that apply)',
      shortText: 'Head injury risk features',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'head-injury' }],
      answerOption: [
        { value: 'consciousness', display: 'Lost consciousness, or has no memory of the event' },
        { value: 'anticoagulant', display: 'Takes blood thinners or has a bleeding disorder' },
        { value: 'vomiting', display: 'Repeated vomiting' },
        { value: 'age-65', display: 'Age 65 or older' },
        { value: 'confusion', display: 'Confusion or drowsiness' },
        { value: 'skull-fracture', display: 'Signs of a skull fracture' },
        { value: 'persistent', display: 'Symptoms that persist or worsen in the weeks after the injury' },
        noneOfTheAbove('None of these'),
      ],
    },
    {
      linkId: 'head-ct-done',
      text: 'Has a CT of the head been done since the injury?',
      shortText: 'Head CT since the injury',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'head-injury' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'cognitive-workup',
      text: 'Have a structured cognitive test and blood tests for reversible causes (such as thyroid function and vitamin B12) been done?',
      shortText: 'Cognitive work-up done',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'cognitive' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'dizziness-features',
      text: 'Which of these go with the dizziness? (choose all that apply)',
      shortText: 'Dizziness features',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'dizziness' }],
      answerOption: [
        { value: 'neuro-signs', display: 'Other neurological signs: double vision, slurred speech, weakness or loss of coordination' },
        { value: 'one-ear', display: 'Hearing loss or ringing in one ear only' },
        { value: 'persistent', display: 'Persists despite treatment of a common inner-ear cause' },
        noneOfTheAbove('None of these'),
      ],
    },
    ...earlierStudyItems('CT, MRI or PET of the brain or head', 6),
  ],
};
