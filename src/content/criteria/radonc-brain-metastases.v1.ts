import type { Alternative, CriteriaSet, Criterion, LineTemplate } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, atMost, equals, isNo, isYes, not, oneOf } from '../../domain/criteria/rule-builders.ts';
import { radoncBrainMetastasesQuestionnaireV1 } from '../questionnaires/radonc-brain-metastases.v1.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('brainMetastasesRadiation');

const radiosurgery = equals('technique', 'srs');
const wholeBrain = oneOf('technique', ['whole-brain', 'whole-brain-ha']);
/** What radiosurgery is for: 1 to 4 metastases up to 4 cm, not small cell lung cancer. */
const fewSmallMetastases = all(atMost('lesion-count', 4), oneOf('largest-size', ['up-to-2', '2-3', '3-4']), equals('small-cell', 'no'));

const criteria: readonly Criterion[] = [
  {
    id: 'performance-status',
    text: 'A patient up and about at least half the day (ECOG 0 to 2).',
    citation: cite('1.1'),
    rule: oneOf('performance-status', ['0-1', '2']),
  },
  {
    id: 'earlier-radiation',
    text: 'No earlier radiation to a metastasis treated now, and no second course of whole-brain radiation.',
    citation: cite('1.2'),
    rule: all(not(oneOf('prior-brain-radiation', ['same-lesion'])), any(radiosurgery, not(oneOf('prior-brain-radiation', ['whole-brain'])))),
  },
  {
    id: 'radiosurgery',
    text: 'Radiosurgery: 1 to 4 metastases (a cavity counts as one), none over 4 cm, from a cancer other than small cell lung cancer.',
    citation: cite('2.1'),
    appliesWhen: radiosurgery,
    rule: fewSmallMetastases,
  },
  {
    id: 'radiosurgery-fractions',
    text: 'Radiosurgery: 1 to 5 fractions.',
    citation: cite('2.2'),
    appliesWhen: radiosurgery,
    rule: atMost('fractions', 5),
  },
  {
    id: 'whole-brain',
    text: 'Whole-brain radiation: 5 or more metastases, or small cell lung cancer.',
    citation: cite('3.1'),
    appliesWhen: wholeBrain,
    rule: any(atLeast('lesion-count', 5), equals('small-cell', 'yes')),
  },
  {
    id: 'whole-brain-fractions',
    text: 'Whole-brain radiation: 10 to 15 fractions.',
    citation: cite('3.2'),
    appliesWhen: wholeBrain,
    rule: all(atLeast('fractions', 10), atMost('fractions', 15)),
  },
  {
    id: 'hippocampal-avoidance',
    text: 'Hippocampal avoidance: no metastasis within 5 mm of the hippocampi.',
    citation: cite('3.3'),
    appliesWhen: equals('technique', 'whole-brain-ha'),
    rule: equals('hippocampi-clear', 'yes'),
  },
  {
    id: 'memantine',
    text: 'Memantine during and after whole-brain radiation (recommended; does not hold back an approval).',
    citation: cite('3.4'),
    appliesWhen: wholeBrain,
    rule: equals('memantine', 'yes'),
    required: false,
  },
  {
    id: 'igrt',
    text: 'IGRT with radiosurgery or hippocampal-avoidance whole-brain radiation.',
    citation: cite('4.1'),
    appliesWhen: isYes('igrt'),
    rule: oneOf('technique', ['srs', 'whole-brain-ha']),
  },
];

const cancerType = { value: 'RCBRAI' } as const;
const description = { value: 'Radiation therapy for brain metastases' } as const;
const igrt = { code: { value: '77387' }, codeSystem: 'CPT', description: { value: 'Image guidance to check the position before each treatment (IGRT)' } } as const;
const phase = { value: 'Phase 1: treatment' } as const;
const course = ['performance-status', 'earlier-radiation'];

const treatmentLine: LineTemplate = {
  code: cancerType,
  codeSystem: 'PROGRAM',
  description,
  units: { answer: 'fractions' },
  phase,
  technique: { answer: 'technique', use: 'display' },
  fractions: { answer: 'fractions' },
  decidedBy: [...course, 'radiosurgery', 'radiosurgery-fractions', 'whole-brain', 'whole-brain-fractions', 'hippocampal-avoidance', 'memantine'],
};
const igrtLine: LineTemplate = { ...igrt, when: isYes('igrt'), units: { answer: 'fractions' }, phase, fractions: { answer: 'fractions' }, decidedBy: ['igrt'] };

const radiosurgeryLine = (fractions: number, when: LineTemplate['when']): LineTemplate => ({
  ...treatmentLine,
  when,
  technique: { value: 'Stereotactic radiosurgery (SRS), including fractionated stereotactic radiotherapy' },
  units: { value: fractions },
  fractions: { value: fractions },
  decidedBy: [...course, 'radiosurgery', 'radiosurgery-fractions'],
});
const singleFractionSize = all(oneOf('largest-size', ['up-to-2', '2-3']), isNo('cavity'));

const alternatives: readonly Alternative[] = [
  {
    id: 'radiosurgery-instead-of-whole-brain',
    when: all(wholeBrain, fewSmallMetastases),
    requires: course,
    text: 'Radiosurgery meets the guideline for 1 to 4 metastases and protects memory and thinking better than whole-brain radiation: a single fraction for metastases up to 3 cm, or 3 fractions for larger ones or a cavity.',
    citation: cite('5.1'),
    lines: [radiosurgeryLine(1, singleFractionSize), radiosurgeryLine(3, not(singleFractionSize))],
  },
];

/** The treatment phase with its technique and fractions; IGRT as a line of its own, decided by its own criterion. */
export const radoncBrainMetastasesCriteriaV1: CriteriaSet = {
  id: 'radonc-brain-metastases-criteria',
  version: '1',
  title: 'Radiation therapy for brain metastases',
  questionnaireId: radoncBrainMetastasesQuestionnaireV1.id,
  questionnaireVersion: radoncBrainMetastasesQuestionnaireV1.version,
  criteria,
  lines: [treatmentLine, igrtLine],
  alternatives,
};
