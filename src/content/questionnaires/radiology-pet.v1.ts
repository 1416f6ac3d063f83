import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';
import { earlierStudyItems } from './imaging-questions.ts';
import { petCodes } from './radiology-codes.ts';

/**
 * PET/CT for cancer (oncologic staging and restaging): the cancer and whether a biopsy confirmed
 * it, the purpose of the scan, the nodule size for an undiagnosed lung nodule, the end of the
 * last treatment for restaging, the evidence of a suspected recurrence, and any PET in the last
 * 3 months. Criteria: src/content/criteria/radiology-pet.v1.ts.
 */
export const radiologyPetQuestionnaireV1: Questionnaire = {
  id: 'radiology-pet',
  version: '1',
  title: 'PET/CT for cancer',
  programCode: 'RADIOLOGY',
  procedureCodes: petCodes,
  items: [
    {
      linkId: 'cancer-type',
      text: 'Which cancer, or suspected cancer, is the scan for?',
      shortText: 'Cancer',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'lung', display: 'Lung cancer' },
        { value: 'lymphoma', display: 'Lymphoma (Hodgkin or non-Hodgkin)' },
        { value: 'head-neck', display: 'Head and neck cancer' },
        { value: 'esophagus-stomach', display: 'Cancer of the esophagus or stomach' },
        { value: 'melanoma', display: 'Melanoma' },
        { value: 'cervix', display: 'Cervical cancer' },
        { value: 'pancreas', display: 'Pancreatic cancer' },
        { value: 'myeloma', display: 'Multiple myeloma' },
        { value: 'sarcoma', display: 'Sarcoma' },
        { value: 'unknown-primary', display: 'Cancer of unknown primary site' },
        { value: 'breast', display: 'Breast cancer' },
        { value: 'colorectal', display: 'Colon or rectal cancer' },
        { value: 'lung-nodule', display: 'A lung nodule that has not been diagnosed' },
        { value: 'other', display: 'Another cancer' },
      ],
    },
    {
      linkId: 'biopsy-proven',
      text: 'Has a biopsy confirmed the cancer?',
      shortText: 'Confirmed by biopsy',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'cancer-type', operator: '!=', answer: 'lung-nodule' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'nodule-size',
      text: 'How large is the solid part of the nodule, in millimetres?',
      shortText: 'Nodule size (mm)',
      type: 'integer',
      required: true,
      min: 1,
      max: 300,
      enableWhen: [{ question: 'cancer-type', operator: '=', answer: 'lung-nodule' }],
    },
    {
      linkId: 'purpose',
      text: 'What is the scan for?',
      shortText: 'Purpose of the scan',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'diagnosis', display: 'To characterize a suspicious finding before a diagnosis' },
        { value: 'initial-staging', display: 'Initial staging of a newly diagnosed cancer' },
        { value: 'during-treatment', display: 'During treatment, to decide whether to change it' },
        { value: 'restaging', display: 'After treatment is complete, to judge the response' },
        { value: 'recurrence', display: 'Suspected recurrence' },
        { value: 'surveillance', display: 'Routine surveillance, with no sign of recurrence' },
      ],
    },
    {
      linkId: 'last-treatment',
      text: 'What was the last treatment?',
      shortText: 'Last treatment',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'purpose', operator: '=', answer: 'restaging' }],
      answerOption: [
        { value: 'systemic', display: 'Chemotherapy or immunotherapy' },
        { value: 'radiation', display: 'Radiation' },
        { value: 'surgery', display: 'Surgery' },
      ],
    },
    {
      linkId: 'treatment-end-date',
      text: 'On what date did the last treatment end?',
      shortText: 'Treatment end date',
      type: 'date',
      required: true,
      enableWhen: [{ question: 'purpose', operator: '=', answer: 'restaging' }],
    },
    {
      linkId: 'recurrence-evidence',
      text: 'What suggests a recurrence? (choose all that apply)',
      shortText: 'Evidence of recurrence',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'purpose', operator: '=', answer: 'recurrence' }],
      answerOption: [
        { value: 'symptoms', display: 'New symptoms' },
        { value: 'marker', display: 'A rising tumor marker' },
        { value: 'examination', display: 'A new finding on examination' },
        { value: 'other-imaging', display: 'A finding on CT, MRI or a bone scan that needs clarifying' },
        noneOfTheAbove('None of these'),
      ],
    },
    ...earlierStudyItems('a PET scan', 3),
  ],
};
