import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, compare, count, elapsed, equals, isNo, isYes, not, oneOf } from '../../domain/criteria/rule-builders.ts';
import { mskLumbarFusionQuestionnaireV1 } from '../questionnaires/msk-lumbar-fusion.v1.ts';
import { fusionPrimaryCodes, lumbarFusionPrimaryCodes } from '../questionnaires/spine-surgery-codes.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('spineSurgery');

/** One of the seed's conditions (fracture, dislocation/tumor/infection, scoliosis, flatback). */
const seedCondition = count('qualifying-conditions', '>=', 1, ['fracture', 'dislocation-tumor-infection', 'scoliosis', 'flatback']);

const criteria: readonly Criterion[] = [
  {
    id: 'lumbar-fusion',
    text: 'The request is for a fusion of the lumbar spine; other spine surgery goes to a clinical reviewer.',
    citation: cite('1.1'),
    rule: all(equals('region', 'lumbar'), oneOf('primary-cpt', lumbarFusionPrimaryCodes)),
  },
  {
    id: 'qualifying-condition',
    text: 'The fusion treats a qualifying condition.',
    citation: cite('2.1'),
    rule: any(seedCondition, oneOf('degenerative-indication', ['spondylolisthesis', 'stenosis-instability', 'pseudarthrosis', 'adjacent-segment'])),
  },
  {
    id: 'levels',
    text: 'The levels are named; no more than two for a degenerative condition.',
    citation: cite('2.2'),
    rule: all(not(equals('lumbar-levels', 'other-unknown')), any(seedCondition, count('lumbar-levels', '<=', 2))),
  },
  {
    id: 'repeat-fusion',
    text: 'A fusion in a region fused before treats a failed fusion, disease at the next level, a fracture, a dislocation, a tumor or an infection.',
    citation: cite('2.3'),
    rule: any(
      isNo('previous-fusion'),
      oneOf('degenerative-indication', ['pseudarthrosis', 'adjacent-segment']),
      count('qualifying-conditions', '>=', 1, ['fracture', 'dislocation-tumor-infection']),
    ),
  },
  {
    id: 'advanced-imaging',
    text: 'A radiologist’s report of recent CT, MRI or myelography of the region.',
    citation: cite('3.1'),
    rule: count('advanced-imaging', '>=', 1, ['mri', 'ct', 'myelography']),
  },
  {
    id: 'instability-xrays',
    text: 'For a degenerative condition, plain X-rays show the instability or the failed fusion.',
    citation: cite('3.2'),
    appliesWhen: not(seedCondition),
    rule: equals('instability-xrays', 'yes'),
  },
  {
    id: 'nonsurgical-care',
    text: 'For a degenerative condition, the record details non-surgical treatment and the response.',
    citation: cite('3.3'),
    appliesWhen: not(seedCondition),
    rule: equals('nonsurgical-care', 'yes'),
  },
  {
    id: 'nicotine-free',
    text: 'Nicotine-free: blood cotinine below 10 ng/mL within 90 days before surgery, unless urgent or myelopathy is present.',
    citation: cite('4.1'),
    appliesWhen: oneOf('primary-cpt', fusionPrimaryCodes),
    rule: any(
      isYes('urgent-surgery'),
      isYes('myelopathy'),
      all(compare('cotinine-result', '<', 10), elapsed('cotinine-date', '>=', 0, 'days'), elapsed('cotinine-date', '<=', 90, 'days')),
    ),
  },
  {
    id: 'injection-trial',
    text: 'For spondylolisthesis, stenosis or disease next to a fusion, a trial of epidural injections or nerve root blocks, unless contraindicated.',
    citation: cite('4.2'),
    appliesWhen: oneOf('degenerative-indication', ['spondylolisthesis', 'stenosis-instability', 'adjacent-segment']),
    rule: any(equals('injection-trial', 'done'), count('injection-contraindications', '>=', 1)),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);

export const mskLumbarFusionCriteriaV1: CriteriaSet = {
  id: 'msk-lumbar-fusion-criteria',
  version: '1',
  title: 'Lumbar fusion',
  questionnaireId: mskLumbarFusionQuestionnaireV1.id,
  questionnaireVersion: mskLumbarFusionQuestionnaireV1.version,
  criteria,
  lines: [
    {
      code: { answer: 'primary-cpt' },
      codeSystem: 'CPT',
      description: { answer: 'primary-cpt', use: 'display' },
      units: { answer: 'primary-units' },
      levels: { answer: 'lumbar-levels' },
      decidedBy: everyCriterion,
    },
    {
      forEach: 'additional-codes',
      code: { answer: 'additional-cpt' },
      codeSystem: 'CPT',
      description: { answer: 'additional-cpt', use: 'display' },
      units: { answer: 'additional-units' },
      decidedBy: everyCriterion,
    },
  ],
};
