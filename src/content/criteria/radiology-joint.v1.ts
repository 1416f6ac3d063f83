import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { any, atLeast, count, equals, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { jointCodes, jointContrastCodes } from '../questionnaires/radiology-codes.ts';
import { radiologyJointQuestionnaireV1 } from '../questionnaires/radiology-joint.v1.ts';
import { citing } from './guideline-citations.ts';
import { repeatStudyRule, requestedProcedureLines } from './imaging-rules.ts';

const cite = citing('advancedImaging');

const withoutMechanicalSigns = equals('mechanical-signs', 'none');

const criteria: readonly Criterion[] = [
  {
    id: 'clinical-question',
    text: 'The clinical question is one that MRI of the joint answers.',
    citation: cite('4.1'),
    rule: oneOf('indication', ['pain', 'injury', 'infection', 'tumor', 'avascular-necrosis', 'occult-fracture', 'surgery']),
  },
  {
    id: 'xray-first',
    text: 'Pain, injury, suspected avascular necrosis or fracture: plain X-rays first.',
    citation: cite('4.2'),
    appliesWhen: oneOf('indication', ['pain', 'injury', 'avascular-necrosis', 'occult-fracture']),
    rule: equals('xray-done', 'yes'),
  },
  {
    id: 'injury-mechanical-signs',
    text: 'Recent injury: at least one mechanical sign (locking, giving way, a positive test for a tear, marked weakness, effusion).',
    citation: cite('4.3'),
    appliesWhen: equals('indication', 'injury'),
    rule: count('mechanical-signs', '>=', 1, ['locking', 'instability', 'positive-test', 'weakness', 'effusion']),
  },
  {
    id: 'symptom-duration',
    text: 'Without mechanical signs: at least 6 weeks of symptoms.',
    citation: cite('4.4'),
    appliesWhen: withoutMechanicalSigns,
    rule: atLeast('symptom-weeks', 6),
  },
  {
    id: 'conservative-care',
    text: 'Without mechanical signs: at least 6 weeks of treatment directed by a clinician.',
    citation: cite('4.4'),
    appliesWhen: withoutMechanicalSigns,
    rule: atLeast('conservative-weeks', 6),
  },
  {
    id: 'contrast',
    text: 'Contrast for an MR arthrogram, infection or tumor.',
    citation: cite('4.5'),
    appliesWhen: procedureIn(jointContrastCodes),
    rule: any(equals('arthrogram', 'yes'), oneOf('indication', ['infection', 'tumor'])),
  },
  {
    id: 'repeat-imaging',
    text: 'No CT, MRI or PET of this joint in the last 6 months, unless there is a reason to repeat it.',
    citation: cite('1.3'),
    rule: repeatStudyRule(6),
  },
];

export const radiologyJointCriteriaV1: CriteriaSet = {
  id: 'radiology-joint-criteria',
  version: '1',
  title: 'MRI of an arm or leg joint',
  questionnaireId: radiologyJointQuestionnaireV1.id,
  questionnaireVersion: radiologyJointQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'RADIOLOGY',
    jointCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
