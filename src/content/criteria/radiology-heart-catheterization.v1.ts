import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { count, equals, not, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { radiologyHeartCatheterizationQuestionnaireV1 } from '../questionnaires/radiology-heart-catheterization.v1.ts';
import { graftCathCode, heartCathCodes, rightAndLeftCathCode } from '../questionnaires/radiology-codes.ts';
import { citing } from './guideline-citations.ts';
import { repeatStudyRule, requestedProcedureLines } from './imaging-rules.ts';

const cite = citing('cardiacImaging');

/** Reasons where the question is coronary disease that a stent or bypass would treat. */
const coronaryQuestions = ['high-risk-test', 'angina-despite-treatment', 'high-likelihood', 'conflicting-tests', 'graft-symptoms'];

const criteria: readonly Criterion[] = [
  {
    id: 'clinical-question',
    text: 'A reason for catheterization listed in the guideline.',
    citation: cite('5.1'),
    rule: oneOf('indication', ['high-risk-test', 'angina-despite-treatment', 'high-likelihood', 'reduced-function', 'before-heart-surgery', 'arrest', 'conflicting-tests', 'graft-symptoms']),
  },
  {
    id: 'medical-treatment',
    text: 'Angina despite treatment: at least two anti-angina medicines tried.',
    citation: cite('5.2'),
    appliesWhen: equals('indication', 'angina-despite-treatment'),
    rule: count('medicines-tried', '>=', 2, ['beta-blocker', 'calcium-blocker', 'nitrate', 'ranolazine']),
  },
  {
    id: 'revascularization-candidate',
    text: 'Coronary disease: the patient is willing and suitable to have a stent or bypass.',
    citation: cite('5.3'),
    appliesWhen: oneOf('indication', coronaryQuestions),
    rule: equals('revascularization-candidate', 'yes'),
  },
  {
    id: 'right-heart',
    text: 'Both sides of the heart: a reason for right-heart pressures.',
    citation: cite('5.4'),
    appliesWhen: procedureIn([rightAndLeftCathCode]),
    rule: not(equals('right-heart-reason', 'not-needed')),
  },
  {
    id: 'bypass-grafts',
    text: 'Pictures of bypass grafts: the patient has had bypass surgery.',
    citation: cite('5.5'),
    appliesWhen: procedureIn([graftCathCode]),
    rule: equals('had-bypass', 'yes'),
  },
  {
    id: 'repeat-testing',
    text: 'No heart catheterization in the last 12 months, unless there is a reason to repeat it.',
    citation: cite('1.2'),
    rule: repeatStudyRule(12),
  },
];

export const radiologyHeartCatheterizationCriteriaV1: CriteriaSet = {
  id: 'radiology-heart-catheterization-criteria',
  version: '1',
  title: 'Heart catheterization',
  questionnaireId: radiologyHeartCatheterizationQuestionnaireV1.id,
  questionnaireVersion: radiologyHeartCatheterizationQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'RADIOLOGY',
    heartCathCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
