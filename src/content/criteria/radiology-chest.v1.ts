import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, count, elapsed, equals, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { radiologyChestQuestionnaireV1 } from '../questionnaires/radiology-chest.v1.ts';
import { chestCharacterizationCodes, chestCodes, chestCtAngiographyCode, chestCtWithoutContrastCode } from '../questionnaires/radiology-codes.ts';
import { citing } from './guideline-citations.ts';
import { repeatStudyRule, requestedProcedureLines } from './imaging-rules.ts';

const cite = citing('advancedImaging');

const criteria: readonly Criterion[] = [
  {
    id: 'clinical-question',
    text: 'The clinical question is one that imaging of the chest answers.',
    citation: cite('6.1'),
    rule: oneOf('indication', ['nodule', 'abnormal-xray', 'cancer', 'symptoms', 'interstitial', 'embolism', 'aorta']),
  },
  {
    id: 'nodule-follow-up',
    text: 'Lung nodule: at least 6 mm (or smaller at high risk), and at least 3 months after the CT that showed it.',
    citation: cite('6.2'),
    appliesWhen: equals('indication', 'nodule'),
    rule: all(any(atLeast('nodule-size', 6), equals('nodule-high-risk', 'yes')), elapsed('nodule-last-ct', '>=', 3, 'months')),
  },
  {
    id: 'symptoms-xray-first',
    text: 'Symptoms: a chest X-ray first, and a feature that calls for CT.',
    citation: cite('6.3'),
    appliesWhen: equals('indication', 'symptoms'),
    rule: all(equals('chest-xray-done', 'yes'), count('symptom-features', '>=', 1, ['hemoptysis', 'long-cough', 'weight-loss', 'xray-unexplained'])),
  },
  {
    id: 'embolism-pretest',
    text: 'Suspected pulmonary embolism: high clinical probability, or a raised D-dimer.',
    citation: cite('6.4'),
    appliesWhen: equals('indication', 'embolism'),
    rule: oneOf('embolism-assessment', ['high', 'raised-d-dimer']),
  },
  {
    id: 'interstitial-without-contrast',
    text: 'Interstitial lung disease: CT without contrast.',
    citation: cite('6.5'),
    appliesWhen: equals('indication', 'interstitial'),
    rule: procedureIn([chestCtWithoutContrastCode]),
  },
  {
    id: 'angiography',
    text: 'CT angiography of the chest for a suspected clot or disease of the aorta.',
    citation: cite('6.6'),
    appliesWhen: procedureIn([chestCtAngiographyCode]),
    rule: oneOf('indication', ['embolism', 'aorta']),
  },
  {
    id: 'characterization',
    text: 'A without-and-with CT, or MRI, of the chest for a mass or a cancer.',
    citation: cite('6.6'),
    appliesWhen: procedureIn(chestCharacterizationCodes),
    rule: oneOf('indication', ['abnormal-xray', 'cancer']),
  },
  {
    id: 'repeat-imaging',
    text: 'No CT, MRI or PET of the chest in the last 6 months, unless there is a reason to repeat it.',
    citation: cite('1.3'),
    rule: repeatStudyRule(6),
  },
];

export const radiologyChestCriteriaV1: CriteriaSet = {
  id: 'radiology-chest-criteria',
  version: '1',
  title: 'CT and MRI of the chest',
  questionnaireId: radiologyChestQuestionnaireV1.id,
  questionnaireVersion: radiologyChestQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'RADIOLOGY',
    chestCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
