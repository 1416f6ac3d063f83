import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { yesNoUnknown } from './answer-options.ts';

/**
 * A molecular test billed with the unlisted code 81479: the code names no test, so the request
 * says which test it is, what it analyzes, why, and how the result changes care. A clinician
 * always decides (guideline section 6.1). Criteria: src/content/criteria/lab-unlisted-molecular.v1.ts.
 */
export const labUnlistedMolecularQuestionnaireV1: Questionnaire = {
  id: 'lab-unlisted-molecular',
  version: '1',
  title: 'Unlisted molecular test',
  programCode: 'LAB',
  procedureCodes: ['81479'],
  items: [
    {
      linkId: 'test-name',
      prefix: '1',
      text: 'What is the test called by the laboratory?',
      shortText: 'Test name',
      type: 'string',
      required: true,
      maxLength: 200,
    },
    {
      linkId: 'laboratory',
      prefix: '2',
      text: 'Which laboratory will perform it?',
      shortText: 'Laboratory',
      type: 'string',
      required: true,
      maxLength: 200,
    },
    {
      linkId: 'analysis',
      prefix: '3',
      text: 'Which genes or variants does the test analyze, and by what method?',
      shortText: 'What the test analyzes',
      type: 'text',
      required: true,
      maxLength: 2000,
    },
    {
      linkId: 'purpose',
      prefix: '4',
      text: 'What is the test for?',
      shortText: 'Purpose',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'diagnosis', display: 'To find the cause of the patient’s signs or symptoms' },
        { value: 'treatment', display: 'To choose or dose a treatment' },
        { value: 'risk', display: 'To assess the risk of a disease the patient does not have' },
        { value: 'monitoring', display: 'To monitor a known disease' },
        { value: 'other', display: 'Something else' },
      ],
    },
    {
      linkId: 'care-change',
      prefix: '5',
      text: 'How will the result change the patient’s care?',
      shortText: 'How the result changes care',
      type: 'text',
      required: true,
      maxLength: 2000,
    },
    {
      linkId: 'coded-alternative',
      prefix: '6',
      text: 'Is there a test with its own specific code that would answer the same question?',
      shortText: 'A test with its own code exists',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
  ],
};
