import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { yesNoUnknown } from './answer-options.ts';

/**
 * Aflibercept injected into the eye (J0178): the condition, the eye or eyes, bevacizumab tried,
 * who injects, dose, weeks between injections, injections per eye, and where.
 * Criteria: src/content/criteria/med-drugs-aflibercept.v1.ts.
 */
export const medDrugsAfliberceptQuestionnaireV1: Questionnaire = {
  id: 'med-drugs-aflibercept',
  version: '1',
  title: 'Aflibercept (eye injection)',
  programCode: 'MED_DRUGS',
  procedureCodes: ['J0178'],
  items: [
    {
      linkId: 'indication',
      prefix: '1',
      text: 'What condition is aflibercept for?',
      shortText: 'Condition',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'wet-amd', display: 'Neovascular (wet) age-related macular degeneration' },
        { value: 'diabetic-macular-edema', display: 'Diabetic macular edema' },
        { value: 'diabetic-retinopathy', display: 'Diabetic retinopathy' },
        { value: 'vein-occlusion', display: 'Macular edema after retinal vein occlusion' },
        { value: 'other', display: 'Another condition' },
      ],
    },
    {
      linkId: 'eyes',
      prefix: '2',
      text: 'Which eye will be treated?',
      shortText: 'Eye',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'right', display: 'Right eye' },
        { value: 'left', display: 'Left eye' },
        { value: 'both', display: 'Both eyes' },
      ],
    },
    {
      linkId: 'bevacizumab',
      prefix: '3',
      text: 'Has the patient had bevacizumab injected into the eye?',
      shortText: 'Bevacizumab tried',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'failed', display: 'Yes: at least 3 injections without enough response (fluid persists, or vision keeps falling)' },
        { value: 'intolerant', display: 'Yes, with a reaction or complication' },
        { value: 'contraindicated', display: 'No: it is not suitable for this patient' },
        { value: 'established', display: 'No: the patient is already treated with aflibercept, with a good response' },
        { value: 'not-tried', display: 'No' },
      ],
    },
    {
      linkId: 'ophthalmologist',
      prefix: '4',
      text: 'Will an ophthalmologist give the injections?',
      shortText: 'Given by an ophthalmologist',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    { linkId: 'dose-mg', prefix: '5', text: 'Dose per injection, per eye, in mg', shortText: 'Dose (mg)', type: 'decimal', required: true, min: 0.1, max: 10 },
    {
      linkId: 'interval-weeks',
      prefix: '6',
      text: 'What is the shortest time between injections in the same eye, in weeks?',
      shortText: 'Weeks between injections',
      type: 'integer',
      required: true,
      min: 1,
      max: 26,
    },
    { linkId: 'injections', prefix: '7', text: 'How many injections per eye are requested?', shortText: 'Injections per eye', type: 'integer', required: true, min: 1, max: 26 },
    {
      linkId: 'eye-site',
      prefix: '8',
      text: 'Where will the injections be given?',
      shortText: 'Site of care',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'office', display: 'In the ophthalmologist’s office' },
        { value: 'surgery-center', display: 'In an ambulatory surgery center' },
        { value: 'hospital-outpatient', display: 'In a hospital outpatient department' },
      ],
    },
  ],
};
