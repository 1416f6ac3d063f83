import type { Alternative, CriteriaSet, Criterion, LineTemplate } from '../../domain/criteria/criteria-types.ts';
import { all, atMost, compare, equals, isYes, oneOf } from '../../domain/criteria/rule-builders.ts';
import { radoncGeneralQuestionnaireV1 } from '../questionnaires/radonc-general.v1.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('generalRadiation');

const phases = [1, 2, 3] as const;
const phaseLabels = { 1: 'Phase 1: initial', 2: 'Phase 2', 3: 'Phase 3' } as const;

/** IGRT in phase n: with IMRT, stereotactic treatment or protons in that phase. */
const igrtCriterion = (n: 1 | 2 | 3): Criterion => ({
  id: `igrt-${n}`,
  text: `IGRT in phase ${n} with IMRT, SRS or SBRT, or protons in that phase.`,
  citation: cite('4.1'),
  appliesWhen: isYes(`igrt-${n}`),
  rule: oneOf(`technique-${n}`, ['imrt', 'sbrt', 'proton']),
});

const criteria: readonly Criterion[] = [
  {
    id: 'palliative-intent',
    text: 'Palliative treatment. Curative, pre- or post-operative and non-cancerous treatment depends on the cancer type and stage and is decided by a reviewer.',
    citation: cite('2.1'),
    rule: equals('intent', 'palliative'),
  },
  {
    id: 'no-earlier-radiation',
    text: 'No earlier radiation to the area treated.',
    citation: cite('2.2'),
    rule: equals('prior-radiation', 'no'),
  },
  {
    id: 'single-phase',
    text: 'A single phase, without a boost or cone-down.',
    citation: cite('3.1'),
    rule: atMost('phase-count', 1),
  },
  {
    id: 'technique',
    text: 'Simple (2D) or 3D conformal radiation, or electrons.',
    citation: cite('3.2'),
    rule: oneOf('technique-1', ['2d', '3d-conformal', 'electrons']),
  },
  {
    id: 'fractions',
    text: 'Up to 10 fractions.',
    citation: cite('3.3'),
    rule: atMost('fractions-1', 10),
  },
  ...phases.map(igrtCriterion),
];

const course = ['palliative-intent', 'no-earlier-radiation', 'single-phase'];
const igrt = { code: { value: '77387' }, codeSystem: 'CPT', description: { value: 'Image guidance to check the position before each treatment (IGRT)' } } as const;

/** Phase n's line: the cancer type requested on the case, with the phase's technique and fractions. */
const phaseLine = (n: 1 | 2 | 3): LineTemplate => ({
  ...(n > 1 ? { when: compare('phase-count', '>=', n) } : {}),
  code: { requestedProcedure: true },
  codeSystem: 'PROGRAM',
  description: { value: 'Radiation therapy' },
  units: { answer: `fractions-${n}` },
  phase: { value: phaseLabels[n] },
  technique: { answer: `technique-${n}`, use: 'display' },
  fractions: { answer: `fractions-${n}` },
  decidedBy: n === 1 ? [...course, 'technique', 'fractions'] : course,
});
const igrtLine = (n: 1 | 2 | 3): LineTemplate => ({
  ...igrt,
  when: isYes(`igrt-${n}`),
  units: { answer: `fractions-${n}` },
  phase: { value: phaseLabels[n] },
  fractions: { answer: `fractions-${n}` },
  decidedBy: [`igrt-${n}`],
});

/** A single-phase palliative course, never treated before: what the alternatives change is the technique or the fractions. */
const singlePalliativePhase = all(equals('intent', 'palliative'), equals('prior-radiation', 'no'), atMost('phase-count', 1));
const threeD = { value: '3D conformal radiation therapy' } as const;

const alternatives: readonly Alternative[] = [
  {
    id: 'palliative-ten-fractions',
    when: all(singlePalliativePhase, compare('fractions-1', '>', 10)),
    text: 'A palliative course of up to 10 fractions with 3D conformal radiation meets the guideline: for example 30 Gy in 10, 20 Gy in 5 or 8 Gy in 1.',
    citation: cite('5.1'),
    lines: [{ ...phaseLine(1), technique: threeD, units: { value: 10 }, fractions: { value: 10 } }],
  },
  {
    id: 'palliative-3d',
    when: all(singlePalliativePhase, atMost('fractions-1', 10), oneOf('technique-1', ['imrt', 'sbrt', 'proton'])),
    text: '3D conformal radiation in the same number of fractions meets the guideline for this palliative course.',
    citation: cite('5.1'),
    lines: [{ ...phaseLine(1), technique: threeD }],
  },
];

/**
 * Approves only a single-phase palliative course of up to 10 fractions with 2D, 3D or electron
 * technique, to an area not treated before; refers everything else, each open criterion saying
 * why. A line per phase with its technique and fractions; IGRT per phase, decided apart.
 */
export const radoncGeneralCriteriaV1: CriteriaSet = {
  id: 'radonc-general-criteria',
  version: '1',
  title: 'Radiation therapy for other cancer types',
  questionnaireId: radoncGeneralQuestionnaireV1.id,
  questionnaireVersion: radoncGeneralQuestionnaireV1.version,
  criteria,
  lines: [...phases.map(phaseLine), ...phases.map(igrtLine)],
  alternatives,
};
