import type { Alternative, CriteriaSet, Criterion, LineTemplate } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, atMost, compare, equals, isYes, not, oneOf } from '../../domain/criteria/rule-builders.ts';
import { radoncLungQuestionnaireV1 } from '../questionnaires/radonc-lung.v1.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('lungRadiation');

const definitive = equals('intent', 'definitive');
const palliative = equals('intent', 'palliative');
const earlyStage = equals('nsclc-stage', 'early');
const withChemotherapyStage = any(equals('nsclc-stage', 'locally-advanced'), equals('sclc-stage', 'limited'));
const between = (linkId: string, low: number, high: number) => all(atLeast(linkId, low), atMost(linkId, high));

const criteria: readonly Criterion[] = [
  {
    id: 'confirmed-histology',
    text: 'Lung cancer confirmed by biopsy or cytology: non-small cell or small cell.',
    citation: cite('1.1'),
    rule: oneOf('histology', ['nsclc', 'sclc']),
  },
  {
    id: 'nsclc-stage',
    text: 'Curative treatment of non-small cell lung cancer: early-stage or locally advanced disease.',
    citation: cite('1.2'),
    appliesWhen: all(definitive, equals('histology', 'nsclc')),
    rule: oneOf('nsclc-stage', ['early', 'locally-advanced']),
  },
  {
    id: 'sclc-stage',
    text: 'Curative treatment of small cell lung cancer: limited stage.',
    citation: cite('1.3'),
    appliesWhen: all(definitive, equals('histology', 'sclc')),
    rule: equals('sclc-stage', 'limited'),
  },
  {
    id: 'early-stage-not-surgery',
    text: 'Early stage: medically inoperable or at high surgical risk, or declines surgery after discussing it with a thoracic surgeon.',
    citation: cite('2.1'),
    appliesWhen: earlyStage,
    rule: oneOf('surgery-declined', ['inoperable', 'declines']),
  },
  {
    id: 'chemotherapy',
    text: 'Locally advanced non-small cell or limited-stage small cell lung cancer: with concurrent or sequential chemotherapy.',
    citation: cite('2.2'),
    appliesWhen: withChemotherapyStage,
    rule: oneOf('chemotherapy', ['concurrent', 'sequential']),
  },
  {
    id: 'post-operative',
    text: 'After surgery: a positive margin or cancer left behind.',
    citation: cite('2.3'),
    appliesWhen: equals('intent', 'post-operative'),
    rule: equals('positive-margin', 'yes'),
  },
  {
    id: 'technique',
    text: '3D conformal, IMRT or SBRT. Proton therapy is decided by a reviewer.',
    citation: cite('3.1'),
    rule: oneOf('technique', ['3d-conformal', 'imrt', 'sbrt']),
  },
  {
    id: 'early-stage-sbrt',
    text: 'Early-stage non-small cell lung cancer is treated with SBRT.',
    citation: cite('3.2'),
    appliesWhen: earlyStage,
    rule: equals('technique', 'sbrt'),
  },
  {
    id: 'sbrt',
    text: 'SBRT: early-stage non-small cell lung cancer in a peripheral or central (not ultracentral) tumor.',
    citation: cite('3.2'),
    appliesWhen: equals('technique', 'sbrt'),
    rule: all(earlyStage, oneOf('tumor-location', ['peripheral', 'central'])),
  },
  {
    id: 'sbrt-fractions',
    text: 'SBRT: up to 5 fractions for a peripheral tumor, up to 8 for a central one.',
    citation: cite('3.2'),
    appliesWhen: equals('technique', 'sbrt'),
    rule: any(all(equals('tumor-location', 'peripheral'), atMost('fractions', 5)), all(equals('tumor-location', 'central'), atMost('fractions', 8))),
  },
  {
    id: 'conventional-fractions',
    text: 'Locally advanced non-small cell or limited-stage small cell lung cancer: 30 to 35 fractions.',
    citation: cite('3.3'),
    appliesWhen: all(withChemotherapyStage, not(equals('technique', 'sbrt'))),
    rule: between('fractions', 30, 35),
  },
  {
    id: 'post-operative-fractions',
    text: 'After surgery: 25 to 33 fractions.',
    citation: cite('3.3'),
    appliesWhen: equals('intent', 'post-operative'),
    rule: between('fractions', 25, 33),
  },
  {
    id: 'palliative-course',
    text: 'Palliative treatment: 3D conformal radiation in up to 10 fractions.',
    citation: cite('3.4'),
    appliesWhen: palliative,
    rule: all(equals('technique', '3d-conformal'), atMost('fractions', 10)),
  },
  {
    id: 'motion-management',
    text: 'Respiratory motion management with curative or post-operative treatment.',
    citation: cite('4.1'),
    appliesWhen: isYes('motion-management'),
    rule: oneOf('intent', ['definitive', 'post-operative']),
  },
  {
    id: 'igrt',
    text: 'IGRT with SBRT, IMRT or protons, or with curative or post-operative treatment.',
    citation: cite('4.2'),
    appliesWhen: isYes('igrt'),
    rule: any(oneOf('technique', ['sbrt', 'imrt', 'proton']), oneOf('intent', ['definitive', 'post-operative'])),
  },
];

const course = ['confirmed-histology', 'nsclc-stage', 'sclc-stage', 'early-stage-not-surgery', 'chemotherapy', 'post-operative'];
const cancerType = { value: 'RCLUNG' } as const;
const description = { value: 'Radiation therapy for lung cancer' } as const;
const igrt = { code: { value: '77387' }, codeSystem: 'CPT', description: { value: 'Image guidance to check the position before each treatment (IGRT)' } } as const;
const phase = { value: 'Phase 1: treatment' } as const;

const treatmentLine: LineTemplate = {
  code: cancerType,
  codeSystem: 'PROGRAM',
  description,
  units: { answer: 'fractions' },
  phase,
  technique: { answer: 'technique', use: 'display' },
  fractions: { answer: 'fractions' },
  decidedBy: [...course, 'technique', 'early-stage-sbrt', 'sbrt', 'sbrt-fractions', 'conventional-fractions', 'post-operative-fractions', 'palliative-course', 'motion-management'],
};
const igrtLine: LineTemplate = { ...igrt, when: isYes('igrt'), units: { answer: 'fractions' }, phase, fractions: { answer: 'fractions' }, decidedBy: ['igrt'] };
/** Image guidance is part of SBRT: the alternative plan has it whether or not it was asked for. */
const sbrtIgrtLine: LineTemplate = { ...igrt, units: { value: 5 }, phase, fractions: { value: 5 }, decidedBy: ['igrt'] };

const threeD = { value: '3D conformal radiation therapy' } as const;
const palliativeCourse = ['confirmed-histology'];

const alternatives: readonly Alternative[] = [
  {
    id: 'sbrt-early-stage',
    when: all(earlyStage, oneOf('tumor-location', ['peripheral', 'central']), not(equals('technique', 'sbrt'))),
    requires: ['confirmed-histology', 'nsclc-stage', 'early-stage-not-surgery'],
    text: 'SBRT meets the guideline for this early-stage tumor instead of a conventional course: for example 50 Gy in 5 fractions (54 Gy in 3 for a peripheral tumor away from the chest wall), with image guidance.',
    citation: cite('5.1'),
    lines: [
      { ...treatmentLine, technique: { value: 'Stereotactic body radiation therapy (SBRT)' }, units: { value: 5 }, fractions: { value: 5 }, decidedBy: [...course, 'technique', 'early-stage-sbrt', 'sbrt', 'sbrt-fractions'] },
      sbrtIgrtLine,
    ],
  },
  {
    id: 'palliative-ten-fractions',
    when: all(palliative, compare('fractions', '>', 10)),
    requires: palliativeCourse,
    text: 'A palliative course of up to 10 fractions with 3D conformal radiation meets the guideline: for example 30 Gy in 10, 20 Gy in 5, or 17 Gy in 2 a week apart.',
    citation: cite('5.2'),
    lines: [{ ...treatmentLine, technique: threeD, units: { value: 10 }, fractions: { value: 10 }, decidedBy: [...course, 'palliative-course'] }],
  },
  {
    id: 'palliative-3d',
    when: all(palliative, atMost('fractions', 10), not(equals('technique', '3d-conformal'))),
    requires: palliativeCourse,
    text: '3D conformal radiation in the same number of fractions meets the guideline for palliative treatment.',
    citation: cite('5.2'),
    lines: [{ ...treatmentLine, technique: threeD, decidedBy: [...course, 'palliative-course'] }],
  },
];

/** The treatment phase with its technique and fractions; IGRT as a line of its own, decided by its own criterion. */
export const radoncLungCriteriaV1: CriteriaSet = {
  id: 'radonc-lung-criteria',
  version: '1',
  title: 'Radiation therapy for lung cancer',
  questionnaireId: radoncLungQuestionnaireV1.id,
  questionnaireVersion: radoncLungQuestionnaireV1.version,
  criteria,
  lines: [treatmentLine, igrtLine],
  alternatives,
};
