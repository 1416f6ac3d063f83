import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { equals, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { radiologyEchocardiographyQuestionnaireV1 } from '../questionnaires/radiology-echocardiography.v1.ts';
import { echoCodes, limitedEchoCode } from '../questionnaires/radiology-codes.ts';
import { citing } from './guideline-citations.ts';
import { repeatStudyRule, requestedProcedureLines } from './imaging-rules.ts';

const cite = citing('cardiacImaging');

const criteria: readonly Criterion[] = [
  {
    id: 'clinical-question',
    text: 'A reason that echocardiography answers; screening without symptoms or findings goes to a reviewer.',
    citation: cite('3.1'),
    rule: oneOf('indication', [
      'heart-failure',
      'murmur',
      'known-valve',
      'after-heart-attack',
      'arrhythmia',
      'stroke',
      'cardiotoxic',
      'pulmonary-hypertension',
      'fainting',
      'cardiomyopathy',
    ]),
  },
  {
    id: 'valve-follow-up',
    text: 'Valve follow-up: moderate or severe disease, or a replaced valve (mild disease is rechecked every 3 to 5 years, by a reviewer).',
    citation: cite('3.2'),
    appliesWhen: equals('indication', 'known-valve'),
    rule: oneOf('valve-severity', ['moderate', 'severe', 'replaced']),
  },
  {
    id: 'limited-study',
    text: 'A limited study follows up a finding of an earlier complete study in the last 12 months.',
    citation: cite('3.3'),
    appliesWhen: procedureIn([limitedEchoCode]),
    rule: equals('prior-imaging', 'yes'),
  },
  {
    id: 'repeat-testing',
    text: 'No echocardiogram in the last 12 months, unless there is a reason to repeat it.',
    citation: cite('1.2'),
    rule: repeatStudyRule(12),
  },
];

export const radiologyEchocardiographyCriteriaV1: CriteriaSet = {
  id: 'radiology-echocardiography-criteria',
  version: '1',
  title: 'Echocardiography through the chest wall',
  questionnaireId: radiologyEchocardiographyQuestionnaireV1.id,
  questionnaireVersion: radiologyEchocardiographyQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'RADIOLOGY',
    echoCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
