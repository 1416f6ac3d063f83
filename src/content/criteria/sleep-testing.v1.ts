import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, count, elapsed, equals, not, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { diagnosticSleepStudyCodes, homeSleepTestCodes, labSleepStudyCode } from '../questionnaires/sleep-codes.ts';
import { sleepTestingQuestionnaireV1 } from '../questionnaires/sleep-testing.v1.ts';
import { citing } from './guideline-citations.ts';
import { requestedProcedureLines } from './imaging-rules.ts';

const cite = citing('sleepDisorders');

/** Reasons that make a home test unsuitable (guideline 2.2): all of 2.3 but an earlier inconclusive home test. */
const homeTestUnsuitable = ['cardiopulmonary', 'neuromuscular', 'central-or-hypoventilation', 'other-sleep-disorder', 'cannot-use-equipment'];

const criteria: readonly Criterion[] = [
  {
    id: 'sleep-evaluation',
    text: 'A sleep evaluation by a practitioner within 6 months before the study.',
    citation: cite('1.2'),
    rule: all(elapsed('evaluation-date', '>=', 0, 'days'), elapsed('evaluation-date', '<=', 6, 'months')),
  },
  {
    id: 'apnea-suspected',
    text: 'At least two signs of sleep apnea, or a suspected sleep disorder other than apnea.',
    citation: cite('2.1'),
    rule: any(count('apnea-signs', '>=', 2, ['snoring', 'witnessed-apneas', 'sleepiness', 'unrefreshing', 'hypertension', 'obesity']), equals('home-test-unsuitable', 'other-sleep-disorder')),
  },
  {
    id: 'home-test-suitable',
    text: 'Home test: nothing that makes a home test unsuitable.',
    citation: cite('2.2'),
    appliesWhen: procedureIn(homeSleepTestCodes),
    rule: not(oneOf('home-test-unsuitable', homeTestUnsuitable)),
  },
  {
    id: 'lab-study-reason',
    text: 'Sleep lab: a reason a home test is unsuitable.',
    citation: cite('2.3'),
    appliesWhen: procedureIn([labSleepStudyCode]),
    rule: count('home-test-unsuitable', '>=', 1, [...homeTestUnsuitable, 'inconclusive-home-test']),
  },
  {
    id: 'repeat-study',
    text: 'No diagnostic sleep study in the last 12 months, unless there is a reason to repeat it.',
    citation: cite('2.4'),
    rule: any(
      equals('prior-study', 'no'),
      elapsed('prior-study-date', '>=', 12, 'months'),
      oneOf('prior-study-reason', ['inconclusive', 'weight-or-symptoms', 'after-treatment', 'new-symptoms']),
    ),
  },
];

export const sleepTestingCriteriaV1: CriteriaSet = {
  id: 'sleep-testing-criteria',
  version: '1',
  title: 'Diagnostic sleep study',
  questionnaireId: sleepTestingQuestionnaireV1.id,
  questionnaireVersion: sleepTestingQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'SLEEP',
    diagnosticSleepStudyCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
