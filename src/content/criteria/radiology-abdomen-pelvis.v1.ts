import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { count, equals, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { radiologyAbdomenPelvisQuestionnaireV1 } from '../questionnaires/radiology-abdomen-pelvis.v1.ts';
import { abdomenPelvisCodes, abdomenPelvisCtWithoutContrastCodes, abdomenPelvisWithoutAndWithCodes } from '../questionnaires/radiology-codes.ts';
import { citing } from './guideline-citations.ts';
import { repeatStudyRule, requestedProcedureLines } from './imaging-rules.ts';

const cite = citing('advancedImaging');

const criteria: readonly Criterion[] = [
  {
    id: 'clinical-question',
    text: 'The clinical question is one that imaging of the abdomen or pelvis answers.',
    citation: cite('5.1'),
    rule: oneOf('indication', ['cancer', 'mass', 'pain', 'stone', 'hematuria', 'inflammation', 'infection', 'post-surgery']),
  },
  {
    id: 'pain-findings',
    text: 'Pain: at least one finding that points to a cause imaging can show.',
    citation: cite('5.2'),
    appliesWhen: equals('indication', 'pain'),
    rule: count('pain-findings', '>=', 1, ['fever', 'abnormal-labs', 'mass', 'weight-loss', 'bleeding', 'ultrasound-inconclusive']),
  },
  {
    id: 'stone-without-contrast',
    text: 'Suspected stones: CT without contrast.',
    citation: cite('5.3'),
    appliesWhen: equals('indication', 'stone'),
    rule: procedureIn(abdomenPelvisCtWithoutContrastCodes),
  },
  {
    id: 'without-and-with',
    text: 'A without-and-with study to characterize a mass, stage or follow a cancer, or look at blood in the urine.',
    citation: cite('5.4'),
    appliesWhen: procedureIn(abdomenPelvisWithoutAndWithCodes),
    rule: oneOf('indication', ['mass', 'cancer', 'hematuria']),
  },
  {
    id: 'repeat-imaging',
    text: 'No CT, MRI or PET of the abdomen or pelvis in the last 6 months, unless there is a reason to repeat it.',
    citation: cite('1.3'),
    rule: repeatStudyRule(6),
  },
];

export const radiologyAbdomenPelvisCriteriaV1: CriteriaSet = {
  id: 'radiology-abdomen-pelvis-criteria',
  version: '1',
  title: 'CT and MRI of the abdomen and pelvis',
  questionnaireId: radiologyAbdomenPelvisQuestionnaireV1.id,
  questionnaireVersion: radiologyAbdomenPelvisQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'RADIOLOGY',
    abdomenPelvisCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
