import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, count, equals, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { radiologyBrainQuestionnaireV1 } from '../questionnaires/radiology-brain.v1.ts';
import { brainCodes, brainContrastCodes, brainMriCodes } from '../questionnaires/radiology-codes.ts';
import { citing } from './guideline-citations.ts';
import { repeatStudyRule, requestedProcedureLines } from './imaging-rules.ts';

const cite = citing('advancedImaging');

const indication = (value: string) => equals('indication', value);

const criteria: readonly Criterion[] = [
  {
    id: 'clinical-question',
    text: 'The clinical question is one that brain imaging answers (headache, deficit, seizure, injury, tumor, demyelination, infection, cognition, dizziness).',
    citation: cite('2.1'),
    rule: oneOf('indication', ['headache', 'neuro-deficit', 'seizure', 'head-injury', 'tumor', 'demyelinating', 'infection', 'cognitive', 'dizziness']),
  },
  {
    id: 'headache-warning-sign',
    text: 'Headache: at least one warning sign.',
    citation: cite('2.2'),
    appliesWhen: indication('headache'),
    rule: count('headache-features', '>=', 1, ['sudden-severe', 'new-after-50', 'abnormal-exam', 'cancer-or-immune', 'positional', 'pattern-change', 'progressive']),
  },
  {
    id: 'head-injury-risk',
    text: 'Head injury: at least one risk feature.',
    citation: cite('2.3'),
    appliesWhen: indication('head-injury'),
    rule: count('head-injury-features', '>=', 1, ['consciousness', 'anticoagulant', 'vomiting', 'age-65', 'confusion', 'skull-fracture', 'persistent']),
  },
  {
    id: 'head-injury-ct-first',
    text: 'Head injury: MRI only after a CT of the head.',
    citation: cite('2.4'),
    appliesWhen: all(indication('head-injury'), procedureIn(brainMriCodes)),
    rule: equals('head-ct-done', 'yes'),
  },
  {
    id: 'cognitive-workup',
    text: 'Cognitive decline: a structured cognitive test and blood tests for reversible causes first.',
    citation: cite('2.5'),
    appliesWhen: indication('cognitive'),
    rule: equals('cognitive-workup', 'yes'),
  },
  {
    id: 'dizziness-features',
    text: 'Dizziness: neurological signs, one-sided hearing symptoms, or persistence despite treatment.',
    citation: cite('2.6'),
    appliesWhen: indication('dizziness'),
    rule: count('dizziness-features', '>=', 1, ['neuro-signs', 'one-ear', 'persistent']),
  },
  {
    id: 'contrast',
    text: 'Contrast (or without and then with contrast) only for tumor, demyelination, infection, seizures, or headache with cancer or a weakened immune system.',
    citation: cite('2.7'),
    appliesWhen: procedureIn(brainContrastCodes),
    rule: any(oneOf('indication', ['tumor', 'demyelinating', 'infection', 'seizure']), equals('headache-features', 'cancer-or-immune')),
  },
  {
    id: 'repeat-imaging',
    text: 'No CT, MRI or PET of the brain in the last 6 months, unless there is a reason to repeat it.',
    citation: cite('1.3'),
    rule: repeatStudyRule(6),
  },
];

export const radiologyBrainCriteriaV1: CriteriaSet = {
  id: 'radiology-brain-criteria',
  version: '1',
  title: 'CT and MRI of the brain and head',
  questionnaireId: radiologyBrainQuestionnaireV1.id,
  questionnaireVersion: radiologyBrainQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'RADIOLOGY',
    brainCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
