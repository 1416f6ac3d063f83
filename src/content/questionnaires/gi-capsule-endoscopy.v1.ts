import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';

/**
 * Capsule endoscopy of the small bowel (91110): the reason; for bleeding, the upper endoscopy and
 * colonoscopy already done; for suspected Crohn's disease, the ileocolonoscopy and objective
 * signs; for known Crohn's disease, whether the result changes treatment; and the risk of the
 * capsule getting stuck. Criteria: src/content/criteria/gi-capsule-endoscopy.v1.ts.
 */
export const giCapsuleEndoscopyQuestionnaireV1: Questionnaire = {
  id: 'gi-capsule-endoscopy',
  version: '1',
  title: 'Capsule endoscopy of the small bowel',
  programCode: 'GI',
  procedureCodes: ['91110'],
  items: [
    {
      linkId: 'indication',
      prefix: '1',
      text: 'What is the capsule endoscopy for?',
      shortText: 'Reason',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'bleeding', display: 'Suspected bleeding from the small bowel: visible bleeding or iron-deficiency anemia' },
        { value: 'suspected-crohns', display: 'Suspected Crohn’s disease' },
        { value: 'known-crohns', display: 'Known Crohn’s disease' },
        { value: 'other', display: 'Another reason' },
      ],
    },
    {
      linkId: 'bleeding-workup',
      text: 'Bleeding',
      type: 'group',
      enableWhen: [{ question: 'indication', operator: '=', answer: 'bleeding' }],
      item: [
        {
          linkId: 'upper-negative',
          prefix: '2',
          text: 'Was an upper endoscopy done for this bleeding, without finding the source?',
          shortText: 'Upper endoscopy without a source',
          type: 'choice',
          required: true,
          answerOption: yesNoUnknown,
        },
        {
          linkId: 'colonoscopy-negative',
          prefix: '3',
          text: 'Was a colonoscopy done for this bleeding, without finding the source?',
          shortText: 'Colonoscopy without a source',
          type: 'choice',
          required: true,
          answerOption: yesNoUnknown,
        },
      ],
    },
    {
      linkId: 'suspected-crohns-workup',
      text: 'Suspected Crohn’s disease',
      type: 'group',
      enableWhen: [{ question: 'indication', operator: '=', answer: 'suspected-crohns' }],
      item: [
        {
          linkId: 'ileocolonoscopy-negative',
          prefix: '4',
          text: 'Was a colonoscopy reaching the end of the small bowel (ileum) done, without confirming the diagnosis?',
          shortText: 'Ileocolonoscopy without a diagnosis',
          type: 'choice',
          required: true,
          answerOption: yesNoUnknown,
        },
        {
          linkId: 'crohns-signs',
          prefix: '5',
          text: 'Which of these does the patient have? (choose all that apply)',
          shortText: 'Signs of Crohn’s disease',
          type: 'choice',
          repeats: true,
          required: true,
          answerOption: [
            { value: 'markers', display: 'Raised inflammatory markers (CRP or fecal calprotectin)' },
            { value: 'anemia', display: 'Anemia' },
            { value: 'weight-loss', display: 'Unintended weight loss, or poor growth in a child' },
            { value: 'diarrhea', display: 'Chronic diarrhea' },
            { value: 'pain', display: 'Abdominal pain' },
            { value: 'perianal', display: 'Perianal disease (fistula or abscess)' },
            noneOfTheAbove('None of these'),
          ],
        },
      ],
    },
    {
      linkId: 'changes-treatment',
      prefix: '6',
      text: 'Will the findings change treatment, for example by showing small-bowel disease activity or healing that decides a change of therapy?',
      shortText: 'Result changes treatment',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'known-crohns' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'retention-risk',
      prefix: '7',
      text: 'Could the capsule get stuck?',
      shortText: 'Risk of the capsule getting stuck',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'none', display: 'No: no symptoms of blockage, no known narrowing, no earlier small-bowel surgery or radiation' },
        { value: 'excluded', display: 'There is a risk, but a patency capsule or CT or MR enterography shows the bowel is open' },
        { value: 'present', display: 'There is a risk that has not been checked' },
        { value: 'unknown', display: 'Unknown' },
      ],
    },
  ],
};
