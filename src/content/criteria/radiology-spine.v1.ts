import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { any, atLeast, equals, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { spineCodes, spineContrastCodes, spineCtCodes } from '../questionnaires/radiology-codes.ts';
import { radiologySpineQuestionnaireV1 } from '../questionnaires/radiology-spine.v1.ts';
import { citing } from './guideline-citations.ts';
import { repeatStudyRule, requestedProcedureLines } from './imaging-rules.ts';

const cite = citing('advancedImaging');

/** Pain without a red flag: the duration and conservative-care rules apply. */
const painWithoutRedFlags = equals('red-flags', 'none');

const criteria: readonly Criterion[] = [
  {
    id: 'clinical-question',
    text: 'The clinical question is one that spine imaging answers.',
    citation: cite('3.1'),
    rule: oneOf('indication', ['pain', 'cancer', 'infection', 'fracture', 'myelopathy', 'surgery-planning', 'post-surgery', 'demyelinating']),
  },
  {
    id: 'symptom-duration',
    text: 'Pain without a red flag: at least 6 weeks of symptoms.',
    citation: cite('3.3'),
    appliesWhen: painWithoutRedFlags,
    rule: atLeast('symptom-weeks', 6),
  },
  {
    id: 'conservative-care',
    text: 'Pain without a red flag: at least 6 weeks of treatment directed by a clinician.',
    citation: cite('3.4'),
    appliesWhen: painWithoutRedFlags,
    rule: atLeast('conservative-weeks', 6),
  },
  {
    id: 'fracture-xray-first',
    text: 'Suspected fracture: plain X-rays first.',
    citation: cite('3.5'),
    appliesWhen: equals('indication', 'fracture'),
    rule: equals('xray-done', 'yes'),
  },
  {
    id: 'contrast',
    text: 'Contrast (or without and then with contrast) only for cancer, infection, the spine after surgery, cord compression or demyelinating disease.',
    citation: cite('3.6'),
    appliesWhen: procedureIn(spineContrastCodes),
    rule: oneOf('indication', ['cancer', 'infection', 'post-surgery', 'myelopathy', 'demyelinating']),
  },
  {
    id: 'ct-of-spine',
    text: 'CT of the spine for a fracture, for planning surgery, or when MRI is not possible.',
    citation: cite('3.7'),
    appliesWhen: procedureIn(spineCtCodes),
    rule: any(oneOf('indication', ['fracture', 'surgery-planning']), equals('mri-not-possible', 'yes')),
  },
  {
    id: 'repeat-imaging',
    text: 'No CT, MRI or PET of this part of the spine in the last 6 months, unless there is a reason to repeat it.',
    citation: cite('1.3'),
    rule: repeatStudyRule(6),
  },
];

export const radiologySpineCriteriaV1: CriteriaSet = {
  id: 'radiology-spine-criteria',
  version: '1',
  title: 'MRI and CT of the spine',
  questionnaireId: radiologySpineQuestionnaireV1.id,
  questionnaireVersion: radiologySpineQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'RADIOLOGY',
    spineCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
