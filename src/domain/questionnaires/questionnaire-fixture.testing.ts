import type { Questionnaire } from './questionnaire-types.ts';

/**
 * A made-up questionnaire for the engine's tests (not clinical content): a choice that
 * branches, a number that opens a section, a "choose all that apply" with an exclusive
 * option, an any-of condition, and a repeating group whose entries branch on their own.
 */
export const fixtureQuestionnaire: Questionnaire = {
  id: 'fixture',
  version: '1',
  title: 'Engine fixture',
  programCode: 'TEST',
  procedureCodes: ['T100', 'T200'],
  items: [
    {
      linkId: 'reason',
      text: 'Why is the service requested?',
      shortText: 'Reason',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'pain', display: 'Pain' },
        { value: 'other', display: 'Something else' },
      ],
    },
    { linkId: 'other-reason', text: 'Describe the reason', type: 'text', required: true, maxLength: 200, enableWhen: [{ question: 'reason', operator: '=', answer: 'other' }] },
    {
      linkId: 'weeks',
      text: 'How many weeks of care so far?',
      shortText: 'Weeks of care',
      type: 'integer',
      required: true,
      min: 0,
      max: 520,
      enableWhen: [{ question: 'reason', operator: '=', answer: 'pain' }],
    },
    {
      linkId: 'therapy',
      text: 'Therapy',
      type: 'group',
      enableWhen: [{ question: 'weeks', operator: '>=', answer: 6 }],
      item: [
        {
          linkId: 'therapy-kinds',
          text: 'Which therapy was tried? (choose all that apply)',
          shortText: 'Therapy tried',
          type: 'choice',
          repeats: true,
          required: true,
          answerOption: [
            { value: 'pt', display: 'Physical therapy' },
            { value: 'nsaid', display: 'Anti-inflammatory medicine' },
            { value: 'none', display: 'None of these', exclusive: true },
            { value: 'unknown', display: 'Unknown', exclusive: true },
          ],
        },
        { linkId: 'therapy-helped', text: 'Did it help?', shortText: 'Therapy helped', type: 'boolean', enableWhen: [{ question: 'therapy-kinds', operator: 'exists', answer: true }] },
      ],
    },
    {
      linkId: 'findings',
      text: 'Findings (choose all that apply)',
      shortText: 'Findings',
      type: 'choice',
      repeats: true,
      answerOption: [
        { value: 'a', display: 'Finding A' },
        { value: 'b', display: 'Finding B' },
        { value: 'c', display: 'Finding C' },
        { value: 'none', display: 'None of the above', exclusive: true },
      ],
    },
    {
      linkId: 'imaging-date',
      text: 'Date of the imaging',
      shortText: 'Imaging date',
      type: 'date',
      required: true,
      enableWhen: [
        { question: 'findings', operator: '=', answer: 'a' },
        { question: 'findings', operator: '=', answer: 'b' },
      ],
      enableBehavior: 'any',
    },
    {
      linkId: 'lines',
      text: 'Equipment',
      shortText: 'Line',
      type: 'group',
      repeats: true,
      required: true,
      maxRepeats: 3,
      repeatPrompt: 'Would you like to enter another code?',
      item: [
        { linkId: 'hcpcs', text: 'HCPCS code', type: 'code', codeSystem: 'HCPCS', required: true },
        { linkId: 'units', text: 'Units', type: 'integer', required: true, min: 1, max: 10 },
        {
          linkId: 'acquisition',
          text: 'Rent or buy?',
          shortText: 'Rent or buy',
          type: 'choice',
          required: true,
          answerOption: [
            { value: 'rental', display: 'Rental' },
            { value: 'purchase', display: 'Purchase' },
          ],
        },
        {
          linkId: 'months',
          text: 'Months of rental',
          shortText: 'Rental months',
          type: 'integer',
          required: true,
          min: 1,
          max: 36,
          enableWhen: [{ question: 'acquisition', operator: '=', answer: 'rental' }],
        },
      ],
    },
    { linkId: 'weight', text: 'Weight in kg', type: 'decimal', min: 0.5, max: 400 },
    { linkId: 'notes', text: 'Notes', type: 'string', maxLength: 20 },
  ],
};
