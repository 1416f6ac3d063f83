import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { yesNoUnknown } from './answer-options.ts';

/**
 * Pharmacogenomic tests of one gene (CYP2C19, CYP2D6, CYP2C9, DPYD, TPMT): the drug the result
 * is meant to guide, why clopidogrel is being considered, where the patient is with the drug,
 * whether the prescriber will act on the result, and earlier testing of the same gene.
 * Criteria: src/content/criteria/lab-pharmacogenomics.v1.ts.
 */
export const labPharmacogenomicsQuestionnaireV1: Questionnaire = {
  id: 'lab-pharmacogenomics',
  version: '1',
  title: 'Pharmacogenomic testing',
  programCode: 'LAB',
  procedureCodes: ['81225', '81226', '81227', '81232', '81335'],
  items: [
    {
      linkId: 'drug',
      prefix: '1',
      text: 'Which medicine is the test meant to guide?',
      shortText: 'Medicine',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'clopidogrel', display: 'Clopidogrel' },
        { value: 'voriconazole', display: 'Voriconazole' },
        { value: 'ssri', display: 'Citalopram, escitalopram or sertraline' },
        { value: 'tricyclic', display: 'A tricyclic antidepressant, such as amitriptyline or nortriptyline' },
        { value: 'opioid', display: 'Codeine or tramadol' },
        { value: 'tamoxifen', display: 'Tamoxifen' },
        { value: 'atomoxetine', display: 'Atomoxetine' },
        { value: 'warfarin', display: 'Warfarin' },
        { value: 'phenytoin', display: 'Phenytoin or fosphenytoin' },
        { value: 'siponimod', display: 'Siponimod' },
        { value: 'nsaid', display: 'Celecoxib, flurbiprofen, meloxicam or piroxicam' },
        { value: 'fluoropyrimidine', display: 'Fluorouracil or capecitabine' },
        { value: 'thiopurine', display: 'Azathioprine, mercaptopurine or thioguanine' },
        { value: 'other', display: 'Another medicine' },
      ],
    },
    {
      linkId: 'clopidogrel-reason',
      prefix: '1a',
      text: 'Why is clopidogrel being considered?',
      shortText: 'Reason for clopidogrel',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'drug', operator: '=', answer: 'clopidogrel' }],
      answerOption: [
        { value: 'stent', display: 'After a coronary stent (PCI), for example for a heart attack or unstable angina' },
        { value: 'stroke', display: 'After a minor stroke or a transient ischemic attack (TIA)' },
        { value: 'other', display: 'Another reason' },
      ],
    },
    {
      linkId: 'drug-status',
      prefix: '2',
      text: 'Where is the patient with this medicine?',
      shortText: 'Status of the medicine',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'planned', display: 'About to start it' },
        { value: 'problem', display: 'Taking it, with side effects or without the expected benefit' },
        { value: 'stable', display: 'Taking it without problems' },
      ],
    },
    {
      linkId: 'result-guides',
      prefix: '3',
      text: 'Will the prescriber use the result to choose the medicine or its dose?',
      shortText: 'Result guides the prescription',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'tested-before',
      prefix: '4',
      text: 'Has this gene been tested before, alone or as part of a panel?',
      shortText: 'Gene tested before',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
      help: 'A germline result stays valid for life: use the earlier report if there is one.',
    },
  ],
};
