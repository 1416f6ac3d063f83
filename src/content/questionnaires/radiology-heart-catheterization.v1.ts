import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';
import { earlierStudyItems } from './imaging-questions.ts';
import { heartCathCodes } from './radiology-codes.ts';

/**
 * Heart catheterization with coronary angiography (elective, outpatient): the clinical
 * question, the anti-angina medicines tried for angina despite treatment, whether the patient
 * would have a stent or bypass, why right-heart pressures are needed (93460), earlier bypass
 * surgery (93459), and any catheterization in the last 12 months.
 * Criteria: src/content/criteria/radiology-heart-catheterization.v1.ts.
 */
export const radiologyHeartCatheterizationQuestionnaireV1: Questionnaire = {
  id: 'radiology-heart-catheterization',
  version: '1',
  title: 'Heart catheterization',
  programCode: 'RADIOLOGY',
  procedureCodes: heartCathCodes,
  items: [
    {
      linkId: 'indication',
      text: 'What is the main reason for the catheterization?',
      shortText: 'Reason for the catheterization',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'high-risk-test', display: 'High-risk findings on a stress test or coronary CT (a large area of ischemia, left main or several-vessel disease)' },
        { value: 'angina-despite-treatment', display: 'Angina that limits daily life despite medical treatment' },
        { value: 'high-likelihood', display: 'Symptoms with a high likelihood of coronary disease, where a stent or bypass would be considered' },
        { value: 'reduced-function', display: 'New reduced pumping function (ejection fraction) of unexplained cause' },
        { value: 'before-heart-surgery', display: 'Assessment before valve or other heart surgery' },
        { value: 'arrest', display: 'Survived a cardiac arrest or sustained ventricular tachycardia' },
        { value: 'conflicting-tests', display: 'Noninvasive tests that are inconclusive or conflict with the symptoms' },
        { value: 'graft-symptoms', display: 'New symptoms after coronary bypass surgery' },
        { value: 'other', display: 'Something else' },
      ],
    },
    {
      linkId: 'medicines-tried',
      text: 'Which anti-angina medicines have been tried at effective doses? (choose all that apply)',
      shortText: 'Anti-angina medicines tried',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'angina-despite-treatment' }],
      answerOption: [
        { value: 'beta-blocker', display: 'A beta blocker' },
        { value: 'calcium-blocker', display: 'A calcium channel blocker' },
        { value: 'nitrate', display: 'A long-acting nitrate' },
        { value: 'ranolazine', display: 'Ranolazine' },
        noneOfTheAbove('None of these'),
      ],
    },
    {
      linkId: 'revascularization-candidate',
      text: 'Is the patient willing and suitable to have a stent or bypass surgery if the catheterization shows a blockage that would benefit?',
      shortText: 'Candidate for a stent or bypass',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'right-heart-reason',
      text: 'Are pressures from the right side of the heart also needed, and why?',
      shortText: 'Right heart pressures',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'not-needed', display: 'Not needed' },
        { value: 'pulmonary-hypertension', display: 'Pulmonary hypertension' },
        { value: 'valve', display: 'Valve disease' },
        { value: 'heart-failure', display: 'Heart failure assessment' },
        { value: 'transplant', display: 'Transplant evaluation' },
      ],
    },
    {
      linkId: 'had-bypass',
      text: 'Has the patient had coronary bypass surgery?',
      shortText: 'Earlier bypass surgery',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    ...earlierStudyItems('a heart catheterization', 12),
  ],
};
