import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { equals, oneOf } from '../../domain/criteria/rule-builders.ts';
import { radiologyCoronaryCtaQuestionnaireV1 } from '../questionnaires/radiology-coronary-cta.v1.ts';
import { coronaryCtaCodes } from '../questionnaires/radiology-codes.ts';
import { citing } from './guideline-citations.ts';
import { repeatStudyRule, requestedProcedureLines } from './imaging-rules.ts';

const cite = citing('cardiacImaging');

const criteria: readonly Criterion[] = [
  {
    id: 'clinical-question',
    text: 'Symptoms without known disease, an inconclusive stress test, a suspected anomaly, or excluding disease before heart surgery.',
    citation: cite('4.1'),
    rule: oneOf('indication', ['symptoms', 'inconclusive-stress-test', 'anomaly', 'before-heart-surgery']),
  },
  {
    id: 'intermediate-likelihood',
    text: 'Symptoms: an intermediate likelihood of coronary artery disease.',
    citation: cite('4.2'),
    appliesWhen: equals('indication', 'symptoms'),
    rule: equals('pretest-likelihood', 'intermediate'),
  },
  {
    id: 'good-images',
    text: 'Nothing that would spoil the images or make contrast unsafe.',
    citation: cite('4.3'),
    rule: equals('image-limits', 'none'),
  },
  {
    id: 'repeat-testing',
    text: 'No stress imaging, coronary CT angiogram or catheterization in the last 2 years, unless there is a reason to repeat it.',
    citation: cite('1.2'),
    rule: repeatStudyRule(24),
  },
];

export const radiologyCoronaryCtaCriteriaV1: CriteriaSet = {
  id: 'radiology-coronary-cta-criteria',
  version: '1',
  title: 'Coronary CT angiography',
  questionnaireId: radiologyCoronaryCtaQuestionnaireV1.id,
  questionnaireVersion: radiologyCoronaryCtaQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'RADIOLOGY',
    coronaryCtaCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
