import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove } from './answer-options.ts';
import { earlierStudyItems } from './imaging-questions.ts';
import { abdomenPelvisCodes } from './radiology-codes.ts';

/**
 * CT and MRI of the abdomen and pelvis: the clinical question, the findings that go with pain,
 * and any CT, MRI or PET of the abdomen or pelvis in the last 6 months. Contrast is judged from
 * the question and the code requested (stones without contrast; without-and-with studies to
 * characterize a mass, stage a cancer or look at blood in the urine).
 * Criteria: src/content/criteria/radiology-abdomen-pelvis.v1.ts.
 */
export const radiologyAbdomenPelvisQuestionnaireV1: Questionnaire = {
  id: 'radiology-abdomen-pelvis',
  version: '1',
  title: 'CT and MRI of the abdomen and pelvis',
  programCode: 'RADIOLOGY',
  procedureCodes: abdomenPelvisCodes,
  items: [
    {
      linkId: 'indication',
      text: 'What is the main clinical question for this study?',
      shortText: 'Clinical question',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'cancer', display: 'Known cancer: staging, response to treatment, follow-up or suspected recurrence' },
        { value: 'mass', display: 'A mass or abnormal finding on examination, ultrasound or X-ray that needs characterizing' },
        { value: 'pain', display: 'Abdominal or pelvic pain' },
        { value: 'stone', display: 'Suspected kidney or ureter stone' },
        { value: 'hematuria', display: 'Blood in the urine' },
        { value: 'inflammation', display: 'Known or suspected inflammatory bowel disease, diverticulitis or pancreatitis' },
        { value: 'infection', display: 'Suspected abscess or infection' },
        { value: 'post-surgery', display: 'Suspected complication after surgery' },
        { value: 'other', display: 'Something else' },
      ],
    },
    {
      linkId: 'pain-findings',
      text: 'Which of these go with the pain? (choose all that apply)',
      shortText: 'Findings with the pain',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'indication', operator: '=', answer: 'pain' }],
      answerOption: [
        { value: 'fever', display: 'Fever' },
        { value: 'abnormal-labs', display: 'Abnormal blood tests (white cell count, liver or pancreatic enzymes)' },
        { value: 'mass', display: 'A mass felt on examination' },
        { value: 'weight-loss', display: 'Unexplained weight loss' },
        { value: 'bleeding', display: 'Bleeding from the bowel, or anemia' },
        { value: 'ultrasound-inconclusive', display: 'An ultrasound or X-ray that did not explain the pain' },
        noneOfTheAbove('None of these'),
      ],
    },
    ...earlierStudyItems('CT, MRI or PET of the abdomen or pelvis', 6),
  ],
};
