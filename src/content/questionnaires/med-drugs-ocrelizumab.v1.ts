import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { siteOfCareItemsV1 } from './specialty-drug-site-of-care.ts';

/**
 * Ocrelizumab (J2350): the type of multiple sclerosis, other therapy tried in relapsing disease,
 * the neurologist, hepatitis B screening, other disease-modifying therapy, first course or
 * continuing (with the date of the last infusion), dose and number of infusions, site of care.
 * Criteria: src/content/criteria/med-drugs-ocrelizumab.v1.ts.
 */
export const medDrugsOcrelizumabQuestionnaireV1: Questionnaire = {
  id: 'med-drugs-ocrelizumab',
  version: '1',
  title: 'Ocrelizumab',
  programCode: 'MED_DRUGS',
  procedureCodes: ['J2350'],
  items: [
    {
      linkId: 'indication',
      prefix: '1',
      text: 'What type of multiple sclerosis does the patient have?',
      shortText: 'Type of multiple sclerosis',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'relapsing', display: 'Relapsing: clinically isolated syndrome, relapsing-remitting, or active secondary progressive' },
        { value: 'primary-progressive', display: 'Primary progressive' },
        { value: 'other', display: 'Another condition' },
      ],
    },
    {
      linkId: 'prior-therapy',
      prefix: '2',
      text: 'Has the patient had another disease-modifying therapy for multiple sclerosis?',
      shortText: 'Other therapy tried',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'relapsing' }],
      answerOption: [
        { value: 'failed', display: 'Yes: relapses or new MRI lesions despite it' },
        { value: 'intolerant', display: 'Yes, but the patient could not tolerate it' },
        { value: 'highly-active', display: 'No: the disease is highly active (for example 2 or more relapses in a year, or new enhancing lesions)' },
        { value: 'not-tried', display: 'No' },
      ],
    },
    {
      linkId: 'neurologist',
      prefix: '3',
      text: 'Is a neurologist prescribing the treatment or consulted about it?',
      shortText: 'Neurologist involved',
      type: 'boolean',
      required: true,
    },
    {
      linkId: 'hepatitis-b',
      prefix: '4',
      text: 'What did hepatitis B screening (surface antigen and core antibody) show?',
      shortText: 'Hepatitis B screening',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'negative', display: 'No active infection' },
        { value: 'positive', display: 'Active hepatitis B' },
        { value: 'not-done', display: 'Not done yet' },
      ],
    },
    {
      linkId: 'other-dmt',
      prefix: '5',
      text: 'Will another disease-modifying therapy for multiple sclerosis be given at the same time?',
      shortText: 'Another therapy at the same time',
      type: 'boolean',
      required: true,
    },
    {
      linkId: 'treatment-phase',
      prefix: '6',
      text: 'Is this the first course or continuing treatment?',
      shortText: 'First course or continuing',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'initial', display: 'First course: two infusions two weeks apart' },
        { value: 'continuing', display: 'Continuing: an infusion every 6 months' },
      ],
    },
    {
      linkId: 'last-infusion',
      prefix: '6a',
      text: 'On what date was the last ocrelizumab infusion?',
      shortText: 'Last infusion',
      type: 'date',
      required: true,
      enableWhen: [{ question: 'treatment-phase', operator: '=', answer: 'continuing' }],
    },
    { linkId: 'dose-mg', prefix: '7', text: 'Dose per infusion, in mg', shortText: 'Dose (mg)', type: 'integer', required: true, min: 1, max: 1200 },
    { linkId: 'doses', prefix: '8', text: 'How many infusions are requested?', shortText: 'Infusions requested', type: 'integer', required: true, min: 1, max: 6 },
    ...siteOfCareItemsV1('9'),
  ],
};
