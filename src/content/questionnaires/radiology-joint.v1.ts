import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';
import { earlierStudyItems } from './imaging-questions.ts';
import { jointCodes } from './radiology-codes.ts';

/**
 * MRI of an arm or leg joint (shoulder, elbow, wrist, hip, knee, ankle): the clinical question,
 * X-rays first, mechanical signs, and without them the weeks of symptoms and of conservative
 * care; whether the study is an MR arthrogram (for a with-contrast code); and any CT, MRI or PET
 * of the joint in the last 6 months. Criteria: src/content/criteria/radiology-joint.v1.ts.
 */
export const radiologyJointQuestionnaireV1: Questionnaire = {
  id: 'radiology-joint',
  version: '1',
  title: 'MRI of an arm or leg joint',
  programCode: 'RADIOLOGY',
  procedureCodes: jointCodes,
  items: [
    {
      linkId: 'indication',
      text: 'What is the main clinical question for this study?',
      shortText: 'Clinical question',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'pain', display: 'Joint pain, or a suspected tear of a meniscus, ligament, labrum or rotator cuff' },
        { value: 'injury', display: 'A recent injury of the joint' },
        { value: 'infection', display: 'Suspected infection of the joint or bone' },
        { value: 'tumor', display: 'Known or suspected tumor' },
        { value: 'avascular-necrosis', display: 'Suspected avascular necrosis (bone death)' },
        { value: 'occult-fracture', display: 'Suspected fracture that X-rays do not show' },
        { value: 'surgery', display: 'Planning surgery, or a problem after surgery on the joint' },
        { value: 'other', display: 'Something else' },
      ],
    },
    {
      linkId: 'xray-done',
      text: 'Have plain X-rays of this joint been done for this problem?',
      shortText: 'X-rays done',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'mechanical-signs',
      text: 'Which of these does the examination or history show? (choose all that apply)',
      shortText: 'Mechanical signs',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [
        { question: 'indication', operator: '=', answer: 'pain' },
        { question: 'indication', operator: '=', answer: 'injury' },
      ],
      enableBehavior: 'any',
      answerOption: [
        { value: 'locking', display: 'The joint locks or catches' },
        { value: 'instability', display: 'The joint gives way' },
        { value: 'positive-test', display: 'A positive examination test for a tear (such as McMurray, Lachman or a drop-arm test)' },
        { value: 'weakness', display: 'Marked weakness, such as being unable to lift the arm' },
        { value: 'effusion', display: 'Swelling with fluid in the joint (effusion)' },
        noneOfTheAbove('None of these'),
      ],
    },
    {
      linkId: 'symptom-weeks',
      text: 'For how many weeks has the patient had these symptoms?',
      shortText: 'Weeks of symptoms',
      type: 'integer',
      required: true,
      min: 0,
      max: 1040,
      enableWhen: [{ question: 'mechanical-signs', operator: '=', answer: 'none' }],
    },
    {
      linkId: 'conservative-weeks',
      text: 'How many weeks of treatment directed by a clinician has the patient had for this problem?',
      shortText: 'Weeks of conservative care',
      type: 'integer',
      required: true,
      min: 0,
      max: 1040,
      enableWhen: [{ question: 'mechanical-signs', operator: '=', answer: 'none' }],
      help: 'For example physical therapy, medicines, activity changes, a brace or an injection.',
    },
    {
      linkId: 'arthrogram',
      text: 'Will contrast be injected into the joint (an MR arthrogram), for example for a labral tear or a re-torn meniscus after surgery?',
      shortText: 'MR arthrogram',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    ...earlierStudyItems('CT, MRI or PET of this joint', 6),
  ],
};
