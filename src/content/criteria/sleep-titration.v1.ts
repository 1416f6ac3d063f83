import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { any, count, oneOf } from '../../domain/criteria/rule-builders.ts';
import { titrationStudyCodes } from '../questionnaires/sleep-codes.ts';
import { sleepTitrationQuestionnaireV1 } from '../questionnaires/sleep-titration.v1.ts';
import { citing } from './guideline-citations.ts';
import { requestedProcedureLines } from './imaging-rules.ts';
import { apneaDiagnosisRule } from './sleep-rules.ts';

const cite = citing('sleepDisorders');

const criteria: readonly Criterion[] = [
  {
    id: 'apnea-diagnosis',
    text: 'Obstructive sleep apnea: 15 or more events an hour, or 5 to 14 with a symptom or condition.',
    citation: cite('3.1'),
    rule: apneaDiagnosisRule,
  },
  {
    id: 'lab-titration-reason',
    text: 'A reason for titration in a sleep lab: problems on treatment, possible bilevel or backup rate, or a home start that is unsuitable.',
    citation: cite('3.2'),
    rule: any(
      oneOf('titration-reason', ['problems-on-treatment', 'bilevel-or-backup']),
      count('home-start-unsuitable', '>=', 1, ['cardiopulmonary', 'neuromuscular', 'central-or-hypoventilation', 'night-oxygen', 'failed-auto-trial']),
    ),
  },
];

export const sleepTitrationCriteriaV1: CriteriaSet = {
  id: 'sleep-titration-criteria',
  version: '1',
  title: 'Titration study in a sleep lab',
  questionnaireId: sleepTitrationQuestionnaireV1.id,
  questionnaireVersion: sleepTitrationQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'SLEEP',
    titrationStudyCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
