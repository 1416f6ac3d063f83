import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove } from './answer-options.ts';
import { titrationStudyCodes } from './sleep-codes.ts';
import { diagnosisItems } from './sleep-questions.ts';

/**
 * A positive airway pressure titration study in a sleep lab (95811): the diagnostic study and its
 * result, why the titration is needed, and when starting treatment, why an auto-adjusting device
 * at home is unsuitable. Criteria: src/content/criteria/sleep-titration.v1.ts.
 */
export const sleepTitrationQuestionnaireV1: Questionnaire = {
  id: 'sleep-titration',
  version: '1',
  title: 'Titration study in a sleep lab',
  programCode: 'SLEEP',
  procedureCodes: titrationStudyCodes,
  items: [
    ...diagnosisItems(),
    {
      linkId: 'titration-reason',
      text: 'Why is a titration study needed?',
      shortText: 'Reason for the titration',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'starting', display: 'To start pressure treatment' },
        { value: 'problems-on-treatment', display: 'On pressure treatment, but symptoms persist, the pressure is not tolerated, or the device shows events remain' },
        { value: 'bilevel-or-backup', display: 'Bilevel pressure or a backup rate may be needed' },
      ],
    },
    {
      linkId: 'home-start-unsuitable',
      text: 'Which of these make starting with an auto-adjusting device at home unsuitable? (choose all that apply)',
      shortText: 'Reasons a home start is unsuitable',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'titration-reason', operator: '=', answer: 'starting' }],
      answerOption: [
        { value: 'cardiopulmonary', display: 'Moderate or severe lung disease or heart failure' },
        { value: 'neuromuscular', display: 'Neuromuscular disease that affects breathing' },
        { value: 'central-or-hypoventilation', display: 'Suspected central sleep apnea or hypoventilation' },
        { value: 'night-oxygen', display: 'Needs oxygen at night' },
        { value: 'failed-auto-trial', display: 'A trial of an auto-adjusting device failed' },
        noneOfTheAbove('None of these'),
      ],
    },
  ],
};
