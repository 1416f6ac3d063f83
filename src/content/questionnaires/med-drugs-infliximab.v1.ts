import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { yesNoUnknown } from './answer-options.ts';
import { siteOfCareItemsV1 } from './specialty-drug-site-of-care.ts';

/**
 * Infliximab, reference product (J1745): the condition, conventional treatment tried, a
 * biosimilar tried, infection screening, methotrexate in rheumatoid arthritis, starting or
 * continuing (with the response), weight, dose in mg/kg, weeks between doses, number of doses,
 * site of care. Criteria: src/content/criteria/med-drugs-infliximab.v1.ts.
 */
export const medDrugsInfliximabQuestionnaireV1: Questionnaire = {
  id: 'med-drugs-infliximab',
  version: '1',
  title: 'Infliximab',
  programCode: 'MED_DRUGS',
  procedureCodes: ['J1745'],
  items: [
    {
      linkId: 'indication',
      prefix: '1',
      text: 'What condition is infliximab for?',
      shortText: 'Condition',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'crohns', display: 'Crohn’s disease, moderate to severe' },
        { value: 'ulcerative-colitis', display: 'Ulcerative colitis, moderate to severe' },
        { value: 'rheumatoid-arthritis', display: 'Rheumatoid arthritis' },
        { value: 'ankylosing-spondylitis', display: 'Ankylosing spondylitis' },
        { value: 'psoriatic-arthritis', display: 'Psoriatic arthritis' },
        { value: 'plaque-psoriasis', display: 'Chronic severe plaque psoriasis' },
        { value: 'other', display: 'Another condition' },
      ],
    },
    {
      linkId: 'first-line',
      prefix: '2',
      text: 'Has the patient had conventional treatment for this condition?',
      shortText: 'Conventional treatment',
      type: 'choice',
      required: true,
      help: 'Crohn’s disease and colitis: corticosteroids, azathioprine, mercaptopurine or methotrexate (aminosalicylates in colitis). Rheumatoid arthritis: methotrexate or another conventional disease-modifying drug. Ankylosing spondylitis: two or more anti-inflammatory drugs. Psoriatic arthritis: a conventional disease-modifying drug or anti-inflammatory drugs. Psoriasis: phototherapy, methotrexate, cyclosporine or acitretin.',
      answerOption: [
        { value: 'failed', display: 'Yes: at least 3 months of it did not control the condition' },
        { value: 'intolerant', display: 'Yes, but the patient could not tolerate it' },
        { value: 'contraindicated', display: 'No: it is not suitable for this patient' },
        { value: 'severe-ibd', display: 'No: Crohn’s disease or colitis that is severe, fistulizing or needs hospital care' },
        { value: 'not-tried', display: 'No' },
      ],
    },
    {
      linkId: 'biosimilar',
      prefix: '3',
      text: 'J1745 is the reference product (Remicade). Has the patient tried an infliximab biosimilar (such as Inflectra, Renflexis or Avsola)?',
      shortText: 'Biosimilar tried',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'failed', display: 'Yes: it did not work well enough, or caused a reaction' },
        { value: 'established', display: 'No: the patient is already treated with the reference product and stable on it' },
        { value: 'not-tried', display: 'No' },
      ],
    },
    {
      linkId: 'tb-screening',
      prefix: '4',
      text: 'Has the patient been screened for tuberculosis in the last 12 months, with latent tuberculosis treated if found?',
      shortText: 'Tuberculosis screening',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'active-infection',
      prefix: '5',
      text: 'Does the patient have an active serious infection?',
      shortText: 'Active serious infection',
      type: 'boolean',
      required: true,
    },
    {
      linkId: 'with-methotrexate',
      prefix: '6',
      text: 'Will infliximab be given with methotrexate?',
      shortText: 'With methotrexate',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'rheumatoid-arthritis' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'treatment-phase',
      prefix: '7',
      text: 'Is the patient starting or continuing infliximab?',
      shortText: 'Starting or continuing',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'induction', display: 'Starting: doses at weeks 0, 2 and 6' },
        { value: 'maintenance', display: 'Continuing: regular doses after the first three' },
      ],
    },
    {
      linkId: 'response',
      prefix: '7a',
      text: 'Has the condition improved on infliximab, as documented in the notes?',
      shortText: 'Response so far',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'treatment-phase', operator: '=', answer: 'maintenance' }],
      answerOption: yesNoUnknown,
    },
    { linkId: 'weight-kg', prefix: '8', text: 'What is the patient’s current weight, in kg?', shortText: 'Weight (kg)', type: 'decimal', required: true, min: 1, max: 350 },
    { linkId: 'dose-mg-kg', prefix: '9', text: 'Dose per infusion, in mg per kg', shortText: 'Dose (mg/kg)', type: 'decimal', required: true, min: 0.5, max: 20 },
    {
      linkId: 'interval-weeks',
      prefix: '10',
      text: 'How many weeks between doses?',
      shortText: 'Weeks between doses',
      type: 'integer',
      required: true,
      min: 1,
      max: 16,
      enableWhen: [{ question: 'treatment-phase', operator: '=', answer: 'maintenance' }],
    },
    { linkId: 'doses', prefix: '11', text: 'How many doses are requested?', shortText: 'Doses requested', type: 'integer', required: true, min: 1, max: 13 },
    ...siteOfCareItemsV1('12'),
  ],
};
