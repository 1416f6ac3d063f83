import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';
import { diagnosticSleepStudyCodes } from './sleep-codes.ts';

/**
 * Diagnostic sleep studies: a home sleep apnea test (95800, 95806, G0399) or an attended study in
 * a sleep lab (95810). The date of the sleep evaluation, the signs of sleep apnea, the reasons a
 * home test would be unsuitable (which decide home or lab), and any diagnostic study in the last
 * 12 months with the reason to repeat it. Criteria: src/content/criteria/sleep-testing.v1.ts.
 */
export const sleepTestingQuestionnaireV1: Questionnaire = {
  id: 'sleep-testing',
  version: '1',
  title: 'Diagnostic sleep study: home test or sleep lab',
  programCode: 'SLEEP',
  procedureCodes: diagnosticSleepStudyCodes,
  items: [
    {
      linkId: 'evaluation-date',
      text: 'On what date did a practitioner evaluate the patient for a sleep disorder (in person or by video)?',
      shortText: 'Sleep evaluation',
      type: 'date',
      required: true,
    },
    {
      linkId: 'apnea-signs',
      text: 'Which of these does the patient have? (choose all that apply)',
      shortText: 'Signs of sleep apnea',
      type: 'choice',
      repeats: true,
      required: true,
      answerOption: [
        { value: 'snoring', display: 'Loud, frequent snoring' },
        { value: 'witnessed-apneas', display: 'Pauses in breathing, gasping or choking in sleep, seen by someone' },
        { value: 'sleepiness', display: 'Excessive daytime sleepiness (for example an Epworth score above 10, or dozing while driving)' },
        { value: 'unrefreshing', display: 'Unrefreshing sleep, morning headaches or frequent waking' },
        { value: 'hypertension', display: 'Treated high blood pressure' },
        { value: 'obesity', display: 'Body mass index of 30 or more, or a large neck' },
        noneOfTheAbove('None of these'),
      ],
    },
    {
      linkId: 'home-test-unsuitable',
      text: 'Which of these apply? (choose all that apply)',
      shortText: 'Reasons a home test is unsuitable',
      type: 'choice',
      repeats: true,
      required: true,
      answerOption: [
        { value: 'cardiopulmonary', display: 'Moderate or severe lung disease (such as COPD needing oxygen) or heart failure' },
        { value: 'neuromuscular', display: 'Neuromuscular disease that affects breathing' },
        { value: 'central-or-hypoventilation', display: 'Suspected central sleep apnea or sleep-related hypoventilation, or long-term opioid use' },
        {
          value: 'other-sleep-disorder',
          display: 'A suspected sleep disorder other than apnea: narcolepsy, periodic limb movements, parasomnia, REM sleep behavior disorder, or seizures in sleep',
        },
        { value: 'inconclusive-home-test', display: 'An earlier home test was negative, inconclusive or technically inadequate, and apnea is still suspected' },
        { value: 'cannot-use-equipment', display: 'Physical or mental limits prevent using home equipment, and no one can help' },
        noneOfTheAbove('None of these: a home test is suitable'),
      ],
    },
    {
      linkId: 'prior-study',
      text: 'Has the patient had a diagnostic sleep study (at home or in a sleep lab) in the last 12 months?',
      shortText: 'Sleep study in the last 12 months',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'prior-study-date',
      text: 'On what date was the most recent one?',
      shortText: 'Date of the earlier study',
      type: 'date',
      required: true,
      enableWhen: [{ question: 'prior-study', operator: '=', answer: 'yes' }],
    },
    {
      linkId: 'prior-study-reason',
      text: 'Why is another study needed now?',
      shortText: 'Reason to repeat',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'prior-study', operator: '=', answer: 'yes' }],
      answerOption: [
        { value: 'inconclusive', display: 'The earlier study was negative, inconclusive or technically inadequate, and apnea is still suspected' },
        { value: 'weight-or-symptoms', display: 'Weight changed by 10% or more, or symptoms returned on treatment' },
        { value: 'after-treatment', display: 'To check the effect of airway surgery or an oral appliance' },
        { value: 'new-symptoms', display: 'New symptoms suggesting a different sleep disorder' },
        { value: 'routine', display: 'Routine recheck with no change' },
      ],
    },
  ],
};
