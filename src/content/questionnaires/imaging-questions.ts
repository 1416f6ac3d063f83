import type { AnswerOption, QuestionnaireItem } from '../../domain/questionnaires/questionnaire-types.ts';
import { yesNoUnknown } from './answer-options.ts';

/**
 * The questions about an earlier study of the same kind, shared by the radiology and cardiology
 * questionnaires (repeat-testing limits: guideline section 1.3 of advanced imaging, 1.2 of
 * cardiac imaging). Published questionnaire versions are built from this, so it never changes:
 * a new wording is a new function.
 */
export const repeatStudyReasons: readonly AnswerOption[] = [
  { value: 'new-symptoms', display: 'New or worse symptoms or examination findings since then' },
  { value: 'change-treatment', display: 'The result will change treatment: planning surgery, radiation or a procedure, or judging response to treatment' },
  { value: 'inconclusive', display: 'The earlier study was inconclusive or did not answer the question' },
  { value: 'recommended-interval', display: 'A follow-up at the interval the radiologist or the guideline recommends for a known finding' },
  { value: 'routine', display: 'Routine follow-up with no change' },
];

/** The reasons that justify a repeat study inside the window. */
export const qualifyingRepeatReasons = ['new-symptoms', 'change-treatment', 'inconclusive', 'recommended-interval'] as const;

/**
 * Three questions: whether there was such a study in the window, its date, and why another is
 * needed. `what` names the earlier studies that count, e.g. "CT, MRI or PET of the brain".
 */
export function earlierStudyItems(what: string, months: number): QuestionnaireItem[] {
  const hadOne = [{ question: 'prior-imaging', operator: '=', answer: 'yes' }] as const;
  return [
    {
      linkId: 'prior-imaging',
      text: `Has the patient had ${what} in the last ${months} months?`,
      shortText: `Earlier study in the last ${months} months`,
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    { linkId: 'prior-imaging-date', text: 'On what date was the most recent one?', shortText: 'Date of the earlier study', type: 'date', required: true, enableWhen: hadOne },
    {
      linkId: 'prior-imaging-reason',
      text: 'Why is another study needed now?',
      shortText: 'Reason to repeat',
      type: 'choice',
      required: true,
      enableWhen: hadOne,
      answerOption: repeatStudyReasons,
    },
  ];
}

/** Pre-test likelihood of coronary artery disease (cardiac imaging guideline 1.1). */
export const pretestLikelihood: readonly AnswerOption[] = [
  { value: 'low', display: 'Low (below about 15%)' },
  { value: 'intermediate', display: 'Intermediate (about 15% to 85%)' },
  { value: 'high', display: 'High (above about 85%)' },
];

export const pretestHelp = 'Judge it from age, sex, the kind of chest symptoms and risk factors, for example with a published pre-test probability table.';
