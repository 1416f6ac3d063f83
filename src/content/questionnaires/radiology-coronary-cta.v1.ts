import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove } from './answer-options.ts';
import { earlierStudyItems, pretestHelp, pretestLikelihood } from './imaging-questions.ts';
import { coronaryCtaCodes } from './radiology-codes.ts';

/**
 * Coronary CT angiography: the clinical question, the pre-test likelihood for symptoms, what
 * would spoil the images or make contrast unsafe, and earlier heart testing in the last 2 years.
 * Criteria: src/content/criteria/radiology-coronary-cta.v1.ts.
 */
export const radiologyCoronaryCtaQuestionnaireV1: Questionnaire = {
  id: 'radiology-coronary-cta',
  version: '1',
  title: 'Coronary CT angiography',
  programCode: 'RADIOLOGY',
  procedureCodes: coronaryCtaCodes,
  items: [
    {
      linkId: 'indication',
      text: 'What is the main reason for the test?',
      shortText: 'Reason for the test',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'symptoms', display: 'Symptoms that may come from coronary artery disease, no known coronary disease' },
        { value: 'inconclusive-stress-test', display: 'An inconclusive stress test, or one that conflicts with the symptoms' },
        { value: 'anomaly', display: 'A suspected anomaly of the coronary arteries' },
        { value: 'before-heart-surgery', display: 'Excluding coronary disease before heart surgery that is not on the coronary arteries (such as valve surgery)' },
        { value: 'known-disease', display: 'Known coronary artery disease, stents or bypass grafts' },
        { value: 'screening', display: 'No symptoms (screening)' },
        { value: 'other', display: 'Something else' },
      ],
    },
    {
      linkId: 'pretest-likelihood',
      text: 'What is the likelihood of coronary artery disease before testing?',
      shortText: 'Pre-test likelihood',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'symptoms' }],
      answerOption: pretestLikelihood,
      help: pretestHelp,
    },
    {
      linkId: 'image-limits',
      text: 'Which of these apply to the patient? (choose all that apply)',
      shortText: 'Limits on CT images or contrast',
      type: 'choice',
      repeats: true,
      required: true,
      answerOption: [
        { value: 'rhythm', display: 'An irregular rhythm, or a heart rate that cannot be slowed to about 65 a minute' },
        { value: 'kidney', display: 'Reduced kidney function (eGFR below 30)' },
        { value: 'contrast-reaction', display: 'A severe reaction to iodinated contrast before' },
        { value: 'breath-hold', display: 'Cannot hold the breath or lie flat' },
        { value: 'heavy-calcium', display: 'Very heavy coronary calcium already known' },
        { value: 'stents', display: 'Many or small coronary stents' },
        noneOfTheAbove('None of these'),
      ],
    },
    ...earlierStudyItems('a stress test with imaging, a coronary CT angiogram or a heart catheterization', 24),
  ],
};
