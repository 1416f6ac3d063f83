import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';
import { earlierStudyItems } from './imaging-questions.ts';
import { spineCodes } from './radiology-codes.ts';

/**
 * MRI and CT of the spine (neck, mid-back, low back): the clinical question; for pain, the red
 * flags, and without them the weeks of symptoms and of conservative care; X-rays first for a
 * suspected fracture; whether MRI is possible (for a CT request); and any CT, MRI or PET of the
 * spine in the last 6 months. Criteria: src/content/criteria/radiology-spine.v1.ts.
 */
export const radiologySpineQuestionnaireV1: Questionnaire = {
  id: 'radiology-spine',
  version: '1',
  title: 'MRI and CT of the spine',
  programCode: 'RADIOLOGY',
  procedureCodes: spineCodes,
  items: [
    {
      linkId: 'indication',
      text: 'What is the main clinical question for this study?',
      shortText: 'Clinical question',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'pain', display: 'Neck or back pain, with or without pain into an arm or leg' },
        { value: 'cancer', display: 'Known or suspected cancer in the spine' },
        { value: 'infection', display: 'Suspected infection of the spine' },
        { value: 'fracture', display: 'Suspected fracture' },
        { value: 'myelopathy', display: 'Signs of spinal cord compression (myelopathy)' },
        { value: 'surgery-planning', display: 'Planning surgery or an injection the patient has agreed to' },
        { value: 'post-surgery', display: 'New or returning symptoms after spine surgery' },
        { value: 'demyelinating', display: 'Known or suspected multiple sclerosis or other demyelinating disease' },
        { value: 'other', display: 'Something else' },
      ],
    },
    {
      linkId: 'red-flags',
      text: 'Which of these does the patient have? (choose all that apply)',
      shortText: 'Red flags',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'pain' }],
      answerOption: [
        { value: 'cauda-equina', display: 'New bladder or bowel problems, or numbness in the saddle area' },
        { value: 'progressive-weakness', display: 'Progressive or severe weakness' },
        { value: 'cancer-history', display: 'A history of cancer' },
        { value: 'infection-risk', display: 'Unexplained weight loss, fever, intravenous drug use or a weakened immune system' },
        { value: 'trauma', display: 'Significant trauma, or minor trauma with osteoporosis or long-term steroid use' },
        noneOfTheAbove('None of these'),
      ],
    },
    {
      linkId: 'symptom-weeks',
      text: 'For how many weeks has the patient had this pain?',
      shortText: 'Weeks of symptoms',
      type: 'integer',
      required: true,
      min: 0,
      max: 1040,
      enableWhen: [{ question: 'red-flags', operator: '=', answer: 'none' }],
    },
    {
      linkId: 'conservative-weeks',
      text: 'How many weeks of treatment directed by a clinician has the patient had in this episode?',
      shortText: 'Weeks of conservative care',
      type: 'integer',
      required: true,
      min: 0,
      max: 1040,
      enableWhen: [{ question: 'red-flags', operator: '=', answer: 'none' }],
      help: 'For example physical therapy, chiropractic care, anti-inflammatory or other pain medicines, or a home exercise program.',
    },
    {
      linkId: 'xray-done',
      text: 'Have plain X-rays of this part of the spine been done for this problem?',
      shortText: 'X-rays done',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'fracture' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'mri-not-possible',
      text: 'Is MRI not possible for this patient (an implant that is not safe in MRI, or claustrophobia that sedation does not overcome)?',
      shortText: 'MRI not possible',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    ...earlierStudyItems('CT, MRI or PET of this part of the spine', 6),
  ],
};
