import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';
import { earlierStudyItems, pretestHelp, pretestLikelihood } from './imaging-questions.ts';
import { stressImagingCodes } from './radiology-codes.ts';

/**
 * Stress tests with imaging: nuclear myocardial perfusion imaging (SPECT) and stress
 * echocardiography. The clinical question; for symptoms, the pre-test likelihood; whether the
 * patient can exercise and the resting ECG can show ischemia (imaging rather than an exercise
 * ECG alone); for surgery, the three conditions of a pre-operative test; and earlier heart
 * testing in the last 2 years. Criteria: src/content/criteria/radiology-stress-imaging.v1.ts.
 */
export const radiologyStressImagingQuestionnaireV1: Questionnaire = {
  id: 'radiology-stress-imaging',
  version: '1',
  title: 'Stress test with imaging (SPECT or stress echocardiography)',
  programCode: 'RADIOLOGY',
  procedureCodes: stressImagingCodes,
  items: [
    {
      linkId: 'indication',
      text: 'What is the main reason for the test?',
      shortText: 'Reason for the test',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'symptoms', display: 'Symptoms that may come from coronary artery disease (chest pain or pressure, breathlessness on exertion), no known coronary disease' },
        { value: 'known-disease-new-symptoms', display: 'Known coronary artery disease with new or worse symptoms' },
        { value: 'abnormal-test', display: 'An abnormal or inconclusive earlier test (exercise ECG, calcium score or coronary CT)' },
        { value: 'heart-failure', display: 'New heart failure or reduced pumping function' },
        { value: 'before-surgery', display: 'Assessment before surgery that is not on the heart' },
        { value: 'known-disease-stable', display: 'Known coronary artery disease with no change in symptoms' },
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
      linkId: 'can-exercise',
      text: 'Can the patient exercise enough for a treadmill test (about 5 METs, such as climbing two flights of stairs)?',
      shortText: 'Can exercise',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'ecg-readable',
      text: 'Can the resting ECG show ischemia (no left bundle branch block, paced rhythm, pre-excitation, resting ST depression of 1 mm or more, or digoxin effect)?',
      shortText: 'Resting ECG readable',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'before-surgery',
      text: 'Which of these apply to the planned surgery? (choose all that apply)',
      shortText: 'Before surgery',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'before-surgery' }],
      answerOption: [
        { value: 'elevated-risk', display: 'The surgery carries an elevated heart risk (such as major vascular, abdominal or chest surgery)' },
        { value: 'poor-capacity', display: 'The patient cannot climb two flights of stairs or walk briskly (under 4 METs)' },
        { value: 'changes-plan', display: 'The result would change the surgical or medical plan' },
        noneOfTheAbove('None of these'),
      ],
    },
    ...earlierStudyItems('a stress test with imaging, a coronary CT angiogram or a heart catheterization', 24),
  ],
};
