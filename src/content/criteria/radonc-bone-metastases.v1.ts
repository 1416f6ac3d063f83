import type { Alternative, CriteriaSet, Criterion, LineTemplate } from '../../domain/criteria/criteria-types.ts';
import { all, any, atMost, compare, equals, isYes, not, oneOf } from '../../domain/criteria/rule-builders.ts';
import { radoncBoneMetastasesQuestionnaireV1 } from '../questionnaires/radonc-bone-metastases.v1.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('boneMetastasesRadiation');

const palliative = equals('intent', 'palliative');
const stereotactic = equals('technique', 'sbrt');
const conventional = all(palliative, not(stereotactic));
const poorPerformance = equals('performance-status', '3-4');

const criteria: readonly Criterion[] = [
  {
    id: 'palliative-fractions',
    text: 'Palliative treatment: up to 10 fractions.',
    citation: cite('2.1'),
    appliesWhen: conventional,
    rule: atMost('fractions', 10),
  },
  {
    id: 'poor-performance-fractions',
    text: 'Palliative treatment of a patient in bed or a chair more than half the day (ECOG 3 to 4): up to 5 fractions.',
    citation: cite('2.2'),
    appliesWhen: all(conventional, poorPerformance),
    rule: atMost('fractions', 5),
  },
  {
    id: 'palliative-technique',
    text: 'Palliative treatment: 3D conformal or simple radiation, or SBRT as section 3 describes. IMRT and protons are decided by a reviewer.',
    citation: cite('2.3'),
    appliesWhen: palliative,
    rule: oneOf('technique', ['3d-conformal', 'sbrt']),
  },
  {
    id: 'oligometastases',
    text: 'Ablative treatment: SBRT for up to 5 metastatic sites with the primary cancer controlled, in a fully active patient (ECOG 0 to 1), without spinal cord compression.',
    citation: cite('3.1'),
    appliesWhen: equals('intent', 'ablative'),
    rule: all(
      stereotactic,
      atMost('metastases-count', 5),
      equals('primary-controlled', 'yes'),
      equals('performance-status', '0-1'),
      not(oneOf('complications', ['cord-compression'])),
    ),
  },
  {
    id: 'spine-sbrt',
    text: 'Palliative SBRT: spine metastases without cord compression, fracture, soft-tissue mass or recent surgery, in a patient up and about at least half the day (ECOG 0 to 2).',
    citation: cite('3.2'),
    appliesWhen: all(palliative, stereotactic),
    rule: all(equals('site', 'spine'), equals('complications', 'none'), oneOf('performance-status', ['0-1', '2'])),
  },
  {
    id: 'sbrt-fractions',
    text: 'SBRT: 1 to 5 fractions.',
    citation: cite('3.3'),
    appliesWhen: stereotactic,
    rule: atMost('fractions', 5),
  },
  {
    id: 're-irradiation',
    text: 'No earlier radiation to this bone; or re-irradiation of a bone outside the spine for pain, with 3D conformal radiation in up to 5 fractions.',
    citation: cite('4.1'),
    rule: any(
      equals('prior-radiation', 'no'),
      all(equals('prior-radiation', 'yes'), equals('site', 'other'), palliative, equals('technique', '3d-conformal'), atMost('fractions', 5)),
    ),
  },
  {
    id: 'igrt',
    text: 'IGRT with SBRT or IMRT.',
    citation: cite('5.1'),
    appliesWhen: isYes('igrt'),
    rule: oneOf('technique', ['sbrt', 'imrt']),
  },
];

const cancerType = { value: 'RCBONE' } as const;
const description = { value: 'Radiation therapy for bone metastases' } as const;
const igrt = { code: { value: '77387' }, codeSystem: 'CPT', description: { value: 'Image guidance to check the position before each treatment (IGRT)' } } as const;
const phase = { value: 'Phase 1: treatment' } as const;
const fractionCriteria = ['palliative-fractions', 'poor-performance-fractions'];

const treatmentLine: LineTemplate = {
  code: cancerType,
  codeSystem: 'PROGRAM',
  description,
  units: { answer: 'fractions' },
  phase,
  technique: { answer: 'technique', use: 'display' },
  fractions: { answer: 'fractions' },
  decidedBy: [...fractionCriteria, 'palliative-technique', 'oligometastases', 'spine-sbrt', 'sbrt-fractions', 're-irradiation'],
};
const igrtLine: LineTemplate = { ...igrt, when: isYes('igrt'), units: { answer: 'fractions' }, phase, fractions: { answer: 'fractions' }, decidedBy: ['igrt'] };

const threeD = { value: '3D conformal or simple (2D) radiation therapy' } as const;
/** A palliative 3D course longer than 2.1 or 2.2 allow, where a short course would meet 4.1 (not the spine treated before). */
const tooLong = all(
  palliative,
  equals('technique', '3d-conformal'),
  any(compare('fractions', '>', 10), all(poorPerformance, compare('fractions', '>', 5))),
  any(equals('prior-radiation', 'no'), equals('site', 'other')),
);
const shorterCourse = (fractions: number): LineTemplate => ({
  ...treatmentLine,
  technique: threeD,
  units: { value: fractions },
  fractions: { value: fractions },
  decidedBy: [...fractionCriteria, 'palliative-technique', 're-irradiation'],
});

const alternatives: readonly Alternative[] = [
  {
    id: 'single-fraction',
    when: tooLong,
    requires: ['palliative-technique'],
    text: 'A single fraction of 8 Gy with 3D conformal radiation meets the guideline: it relieves pain as well as a longer course.',
    citation: cite('6.1'),
    lines: [shorterCourse(1)],
  },
  {
    id: 'five-fractions',
    when: tooLong,
    requires: ['palliative-technique'],
    text: '5 fractions (20 Gy) with 3D conformal radiation meet the guideline.',
    citation: cite('6.1'),
    lines: [shorterCourse(5)],
  },
  {
    id: 'conformal-instead',
    when: all(palliative, oneOf('technique', ['imrt', 'proton'])),
    requires: [...fractionCriteria, 're-irradiation'],
    text: '3D conformal radiation in the same number of fractions meets the guideline for palliative treatment.',
    citation: cite('6.2'),
    lines: [{ ...treatmentLine, technique: threeD, decidedBy: [...fractionCriteria, 'palliative-technique', 're-irradiation'] }],
  },
];

/** The treatment phase with its technique and fractions; IGRT as a line of its own, decided by its own criterion. */
export const radoncBoneMetastasesCriteriaV1: CriteriaSet = {
  id: 'radonc-bone-metastases-criteria',
  version: '1',
  title: 'Radiation therapy for bone metastases',
  questionnaireId: radoncBoneMetastasesQuestionnaireV1.id,
  questionnaireVersion: radoncBoneMetastasesQuestionnaireV1.version,
  criteria,
  lines: [treatmentLine, igrtLine],
  alternatives,
};
