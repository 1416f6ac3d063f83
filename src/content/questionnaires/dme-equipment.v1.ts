import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';

/**
 * Durable medical equipment requested as DME (seed 004): a line per HCPCS code with units
 * ("Would you like to enter another HCPCS code?"), rental or purchase with the rental months,
 * whether the patient used the item before, the hospital-discharge-pending flag, and the seed's
 * medical-information checklist. Items of the checklist that other steps already collect
 * (diagnosis, site, rental or purchase and quantity) are not asked again.
 * Criteria: src/content/criteria/dme-equipment.v1.ts.
 */
export const dmeEquipmentQuestionnaireV1: Questionnaire = {
  id: 'dme-equipment',
  version: '1',
  title: 'Durable medical equipment',
  programCode: 'DME',
  procedureCodes: ['DME'],
  items: [
    {
      linkId: 'equipment',
      text: 'Equipment requested',
      shortText: 'Equipment line',
      type: 'group',
      repeats: true,
      required: true,
      maxRepeats: 10,
      repeatPrompt: 'Would you like to enter another HCPCS code?',
      item: [
        {
          linkId: 'hcpcs',
          text: 'HCPCS code for this item',
          shortText: 'HCPCS code',
          type: 'code',
          codeSystem: 'HCPCS',
          required: true,
          help: 'Look the code up by number or description. Enter each item on its own line.',
        },
        { linkId: 'units', text: 'How many units of this HCPCS code?', shortText: 'Units', type: 'integer', required: true, min: 1, max: 99 },
        {
          linkId: 'acquisition',
          text: 'Is the item to be rented or bought?',
          shortText: 'Rental or purchase',
          type: 'choice',
          required: true,
          answerOption: [
            { value: 'purchase', display: 'Purchase' },
            { value: 'rental', display: 'Rental' },
          ],
        },
        {
          linkId: 'rental-months',
          text: 'For how many months is the rental needed?',
          shortText: 'Rental months',
          type: 'integer',
          required: true,
          min: 1,
          max: 36,
          enableWhen: [{ question: 'acquisition', operator: '=', answer: 'rental' }],
          help: 'Most rented items are capped at 13 months; oxygen equipment at 36.',
        },
        { linkId: 'used-before', text: 'Has the patient used this item before?', shortText: 'Used before', type: 'choice', required: true, answerOption: yesNoUnknown },
      ],
    },
    {
      linkId: 'discharge-pending',
      text: 'Is a hospital discharge waiting on this authorization?',
      shortText: 'Hospital discharge pending',
      type: 'boolean',
      required: true,
      help: 'Oxygen needed for a discharge is decided by phone in real time: call the intake line. For other equipment, answer Yes and the request is marked “Hospital discharge is pending DME precertification”.',
    },
    {
      linkId: 'admitting-diagnosis',
      text: 'What was the admitting diagnosis of the hospital stay?',
      shortText: 'Admitting diagnosis',
      type: 'code',
      codeSystem: 'ICD10CM',
      required: true,
      enableWhen: [{ question: 'discharge-pending', operator: '=', answer: true }],
    },
    {
      linkId: 'expected-discharge',
      text: 'On what date is the discharge expected?',
      shortText: 'Expected discharge',
      type: 'date',
      enableWhen: [{ question: 'discharge-pending', operator: '=', answer: true }],
    },
    {
      linkId: 'office-visit-date',
      text: 'On what date was the most recent office visit about the need for this equipment?',
      shortText: 'Most recent office visit',
      type: 'date',
      required: true,
    },
    {
      linkId: 'documents',
      text: 'Which of these do you have for this request? (choose all that apply)',
      shortText: 'Documents available',
      type: 'choice',
      repeats: true,
      required: true,
      help: 'Upload them with the request, or fax them with the case number.',
      answerOption: [
        { value: 'written-order', display: 'Written order (prescription) from the treating practitioner' },
        { value: 'medical-necessity', display: 'Certificate of medical necessity (CMN) or letter of medical necessity' },
        { value: 'request-form', display: 'Preauthorization request form' },
        { value: 'visit-notes', display: 'Notes from the most recent office visit' },
        { value: 'invoice', display: 'Detailed invoice listing all the equipment requested' },
        { value: 'history-exam', display: 'History and physical exam findings, progress notes, wound or incision description and location' },
        noneOfTheAbove('None of these yet'),
      ],
    },
  ],
};
