import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, atMost, equals, isNo, isYes, oneOf } from '../../domain/criteria/rule-builders.ts';
import { radoncBreastQuestionnaireV1 } from '../questionnaires/radonc-breast.v1.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('breastRadiation');

const nodePositive = oneOf('n-stage', ['N1', 'N2', 'N3']);
const largeTumor = oneOf('t-stage', ['T3', 'T4']);

const criteria: readonly Criterion[] = [
  {
    id: 'curative-non-metastatic',
    text: 'Curative treatment of breast cancer without distant metastases.',
    citation: cite('1.1'),
    rule: all(isNo('distant-metastases'), equals('intent', 'curative')),
  },
  {
    id: 'target-fits-surgery',
    text: 'Whole or partial breast after breast-conserving surgery, or chest wall after mastectomy.',
    citation: cite('1.2'),
    rule: any(
      all(equals('surgery', 'lumpectomy'), oneOf('target', ['whole-breast', 'partial-breast'])),
      all(equals('surgery', 'mastectomy'), equals('target', 'chest-wall')),
    ),
  },
  {
    id: 'post-mastectomy',
    text: 'After mastectomy: a T3–T4 tumor or node-positive disease.',
    citation: cite('2.1'),
    appliesWhen: equals('surgery', 'mastectomy'),
    rule: any(largeTumor, nodePositive),
  },
  {
    id: 'partial-breast',
    text: 'Partial-breast irradiation: a Tis or T1 tumor with no nodes involved.',
    citation: cite('2.2'),
    appliesWhen: equals('target', 'partial-breast'),
    rule: all(oneOf('t-stage', ['Tis', 'T1']), equals('n-stage', 'N0')),
  },
  {
    id: 'regional-nodes',
    text: 'Regional nodal irradiation: node-positive disease or a T3–T4 tumor.',
    citation: cite('2.3'),
    appliesWhen: isYes('regional-nodes'),
    rule: any(nodePositive, largeTumor),
  },
  {
    id: 'initial-fractions',
    text: 'Initial phase: up to 16 fractions for the whole breast alone, up to 28 with the nodes or to the chest wall, up to 15 for part of the breast.',
    citation: cite('3.1'),
    rule: any(
      all(equals('target', 'whole-breast'), isNo('regional-nodes'), atMost('initial-fractions', 16)),
      all(equals('target', 'whole-breast'), isYes('regional-nodes'), atMost('initial-fractions', 28)),
      all(equals('target', 'chest-wall'), atMost('initial-fractions', 28)),
      all(equals('target', 'partial-breast'), atMost('initial-fractions', 15)),
    ),
  },
  {
    id: 'initial-technique',
    text: 'Initial phase: 3D conformal; IMRT with nodal, left-sided, bilateral or partial-breast treatment; brachytherapy for partial breast.',
    citation: cite('3.2'),
    rule: any(
      equals('initial-technique', '3d-conformal'),
      all(equals('initial-technique', 'imrt'), any(isYes('regional-nodes'), oneOf('laterality', ['left', 'bilateral']), equals('target', 'partial-breast'))),
      all(equals('initial-technique', 'brachytherapy'), equals('target', 'partial-breast')),
    ),
  },
  {
    id: 'boost',
    text: 'Boost: up to 8 fractions after whole-breast treatment, up to 5 to the chest wall.',
    citation: cite('3.3'),
    appliesWhen: isYes('boost'),
    rule: any(all(equals('target', 'whole-breast'), atMost('boost-fractions', 8)), all(equals('target', 'chest-wall'), atMost('boost-fractions', 5))),
  },
  {
    id: 'breath-hold',
    text: 'Breath hold or gating for left-sided or bilateral treatment.',
    citation: cite('4.1'),
    appliesWhen: isYes('breath-hold'),
    rule: oneOf('laterality', ['left', 'bilateral']),
  },
  {
    id: 'igrt-initial',
    text: 'IGRT in the initial phase with IMRT, nodal or partial-breast treatment, or breath hold.',
    citation: cite('4.2'),
    appliesWhen: isYes('igrt-initial'),
    rule: any(equals('initial-technique', 'imrt'), isYes('regional-nodes'), equals('target', 'partial-breast'), isYes('breath-hold')),
  },
  {
    id: 'igrt-boost',
    text: 'IGRT for the boost with a photon boost (3D conformal or IMRT).',
    citation: cite('4.3'),
    appliesWhen: isYes('igrt-boost'),
    rule: oneOf('boost-technique', ['3d-conformal', 'imrt']),
  },
];

const course = ['curative-non-metastatic', 'target-fits-surgery', 'post-mastectomy', 'partial-breast', 'regional-nodes'];
const cancerType = { value: 'RCBREA' } as const;
const description = { value: 'Radiation therapy for breast cancer' } as const;
const igrt = { code: { value: '77387' }, codeSystem: 'CPT', description: { value: 'Image guidance to check the position before each treatment (IGRT)' } } as const;
const initialPhase = { value: 'Phase 1: initial' } as const;
const boostPhase = { value: 'Phase 2: boost' } as const;

/** A line per phase with its technique and fractions; IGRT as lines of its own, decided by its own criteria. */
export const radoncBreastCriteriaV1: CriteriaSet = {
  id: 'radonc-breast-criteria',
  version: '1',
  title: 'Radiation therapy for breast cancer',
  questionnaireId: radoncBreastQuestionnaireV1.id,
  questionnaireVersion: radoncBreastQuestionnaireV1.version,
  criteria,
  lines: [
    {
      code: cancerType,
      codeSystem: 'PROGRAM',
      description,
      units: { answer: 'initial-fractions' },
      phase: initialPhase,
      technique: { answer: 'initial-technique', use: 'display' },
      fractions: { answer: 'initial-fractions' },
      decidedBy: [...course, 'initial-fractions', 'initial-technique', 'breath-hold'],
    },
    {
      when: isYes('boost'),
      code: cancerType,
      codeSystem: 'PROGRAM',
      description,
      units: { answer: 'boost-fractions' },
      phase: boostPhase,
      technique: { answer: 'boost-technique', use: 'display' },
      fractions: { answer: 'boost-fractions' },
      decidedBy: [...course, 'boost'],
    },
    { ...igrt, when: isYes('igrt-initial'), units: { answer: 'initial-fractions' }, phase: initialPhase, fractions: { answer: 'initial-fractions' }, decidedBy: ['igrt-initial'] },
    { ...igrt, when: isYes('igrt-boost'), units: { answer: 'boost-fractions' }, phase: boostPhase, fractions: { answer: 'boost-fractions' }, decidedBy: ['igrt-boost'] },
  ],
};
