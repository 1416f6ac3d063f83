import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, equals, oneOf } from '../../domain/criteria/rule-builders.ts';
import { stressImagingCodes } from '../questionnaires/radiology-codes.ts';
import { radiologyStressImagingQuestionnaireV1 } from '../questionnaires/radiology-stress-imaging.v1.ts';
import { citing } from './guideline-citations.ts';
import { repeatStudyRule, requestedProcedureLines } from './imaging-rules.ts';

const cite = citing('cardiacImaging');

const criteria: readonly Criterion[] = [
  {
    id: 'clinical-question',
    text: 'Symptoms, known disease with new symptoms, an abnormal earlier test, new heart failure, or assessment before surgery.',
    citation: cite('2.1'),
    rule: oneOf('indication', ['symptoms', 'known-disease-new-symptoms', 'abnormal-test', 'heart-failure', 'before-surgery']),
  },
  {
    id: 'imaging-needed',
    text: 'Symptoms: imaging rather than an exercise ECG alone (intermediate or high likelihood, cannot exercise, or an ECG that cannot show ischemia).',
    citation: cite('2.2'),
    appliesWhen: equals('indication', 'symptoms'),
    rule: any(oneOf('pretest-likelihood', ['intermediate', 'high']), equals('can-exercise', 'no'), equals('ecg-readable', 'no')),
  },
  {
    id: 'before-surgery',
    text: 'Before surgery: elevated-risk surgery, poor functional capacity, and a result that would change the plan.',
    citation: cite('2.3'),
    appliesWhen: equals('indication', 'before-surgery'),
    rule: all(equals('before-surgery', 'elevated-risk'), equals('before-surgery', 'poor-capacity'), equals('before-surgery', 'changes-plan')),
  },
  {
    id: 'repeat-testing',
    text: 'No stress imaging, coronary CT angiogram or catheterization in the last 2 years, unless there is a reason to repeat it.',
    citation: cite('1.2'),
    rule: repeatStudyRule(24),
  },
];

export const radiologyStressImagingCriteriaV1: CriteriaSet = {
  id: 'radiology-stress-imaging-criteria',
  version: '1',
  title: 'Stress test with imaging',
  questionnaireId: radiologyStressImagingQuestionnaireV1.id,
  questionnaireVersion: radiologyStressImagingQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'RADIOLOGY',
    stressImagingCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
