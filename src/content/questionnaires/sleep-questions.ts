import type { QuestionnaireItem } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove } from './answer-options.ts';

/**
 * The questions about the study that diagnosed obstructive sleep apnea, shared by the titration
 * and the sleep apnea device questionnaires (sleep guideline 4.1). Published versions are built
 * from this, so it never changes: a new wording is a new function.
 */
export const apneaConditionValues = ['sleepiness', 'cognition', 'mood', 'insomnia', 'hypertension', 'heart-disease', 'stroke'] as const;

export function diagnosisItems(): QuestionnaireItem[] {
  return [
    {
      linkId: 'diagnostic-study-type',
      text: 'Where was the study that diagnosed sleep apnea done?',
      shortText: 'Diagnostic study',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'home', display: 'At home (home sleep apnea test)' },
        { value: 'lab', display: 'In a sleep lab (polysomnography)' },
      ],
    },
    { linkId: 'diagnostic-study-date', text: 'On what date was that study done?', shortText: 'Date of the diagnostic study', type: 'date', required: true },
    {
      linkId: 'ahi',
      text: 'What was the apnea-hypopnea index (or the respiratory event index of a home test), in events an hour?',
      shortText: 'Events an hour (AHI or REI)',
      type: 'decimal',
      required: true,
      min: 0,
      max: 200,
    },
    {
      linkId: 'apnea-conditions',
      text: 'Which of these does the patient have? (choose all that apply)',
      shortText: 'Symptoms and conditions with sleep apnea',
      type: 'choice',
      repeats: true,
      required: true,
      answerOption: [
        { value: 'sleepiness', display: 'Excessive daytime sleepiness' },
        { value: 'cognition', display: 'Impaired thinking or memory' },
        { value: 'mood', display: 'A mood disorder' },
        { value: 'insomnia', display: 'Insomnia' },
        { value: 'hypertension', display: 'Treated high blood pressure' },
        { value: 'heart-disease', display: 'Ischemic heart disease' },
        { value: 'stroke', display: 'A history of stroke' },
        noneOfTheAbove('None of these'),
      ],
    },
  ];
}
