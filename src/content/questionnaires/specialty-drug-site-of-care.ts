import type { QuestionnaireItem } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove } from './answer-options.ts';

/**
 * Where an infused or injected specialty drug is given, and why a hospital outpatient department
 * when it is (guideline medical-specialty-drugs.md section 1.2). Shared by the version 1 drug
 * questionnaires: a change of meaning is a new function for their version 2, never an edit here.
 */
export function siteOfCareItemsV1(prefix: string): readonly QuestionnaireItem[] {
  return [
    {
      linkId: 'site-of-care',
      prefix,
      text: 'Where will the drug be given?',
      shortText: 'Site of care',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'home', display: 'At home, by a home infusion provider' },
        { value: 'office', display: 'In the prescriber’s office' },
        { value: 'infusion-center', display: 'In an ambulatory infusion center that is not part of a hospital' },
        { value: 'hospital-outpatient', display: 'In a hospital outpatient department' },
      ],
    },
    {
      linkId: 'hospital-reason',
      prefix: `${prefix}a`,
      text: 'Why does the drug need to be given in a hospital outpatient department? (choose all that apply)',
      shortText: 'Reason for the hospital setting',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'site-of-care', operator: '=', answer: 'hospital-outpatient' }],
      answerOption: [
        { value: 'first-doses', display: 'The first dose, or the first after 6 months or more without the drug' },
        { value: 'reaction', display: 'A serious reaction to an earlier dose' },
        { value: 'unstable', display: 'A medical condition that needs monitoring only a hospital can give, such as unstable heart or lung disease' },
        { value: 'access', display: 'No other site of care within a reasonable distance' },
        noneOfTheAbove('None of these'),
      ],
    },
  ];
}
