import type { Alternative, CriteriaSet, Criterion, LineTemplate } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, atMost, equals, isNo, isYes, oneOf } from '../../domain/criteria/rule-builders.ts';
import { radoncProstateQuestionnaireV1 } from '../questionnaires/radonc-prostate.v1.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('prostateRadiation');

const definitive = equals('intent', 'definitive');
const afterProstatectomy = oneOf('intent', ['adjuvant', 'salvage']);
const externalBeam = oneOf('initial-technique', ['imrt', '3d-conformal', 'proton']);
const brachytherapyAlone = oneOf('initial-technique', ['ldr-brachytherapy', 'hdr-brachytherapy']);
const highRisk = oneOf('risk-group', ['high', 'very-high', 'regional']);
const between = (linkId: string, low: number, high: number) => all(atLeast(linkId, low), atMost(linkId, high));
/** The intact prostate alone with external beam: where moderate hypofractionation is the standard. */
const intactProstateAlone = all(externalBeam, definitive, isNo('pelvic-nodes'), isNo('boost'));

const criteria: readonly Criterion[] = [
  {
    id: 'no-distant-metastases',
    text: 'Prostate cancer without distant metastases.',
    citation: cite('1.1'),
    rule: equals('distant-metastases', 'no'),
  },
  {
    id: 'no-prior-pelvic-radiation',
    text: 'No earlier radiation to the pelvis.',
    citation: cite('1.2'),
    rule: equals('prior-pelvic-radiation', 'no'),
  },
  {
    id: 'definitive-risk-group',
    text: 'Definitive treatment: low, intermediate, high, very high risk or regional disease (very low risk: active surveillance is preferred).',
    citation: cite('2.1'),
    appliesWhen: definitive,
    rule: oneOf('risk-group', ['low', 'favorable-intermediate', 'unfavorable-intermediate', 'high', 'very-high', 'regional']),
  },
  {
    id: 'adjuvant-findings',
    text: 'Adjuvant treatment after prostatectomy: adverse findings at surgery.',
    citation: cite('2.2'),
    appliesWhen: equals('intent', 'adjuvant'),
    rule: equals('adverse-pathology', 'yes'),
  },
  {
    id: 'salvage-psa',
    text: 'Salvage treatment after prostatectomy: a detectable, rising PSA or a recurrence in the prostate bed.',
    citation: cite('2.3'),
    appliesWhen: equals('intent', 'salvage'),
    rule: equals('psa-rising', 'yes'),
  },
  {
    id: 'hormone-therapy',
    text: 'Definitive treatment of high risk, very high risk or regional disease: with androgen deprivation therapy.',
    citation: cite('3.1'),
    appliesWhen: all(definitive, highRisk),
    rule: equals('adt', 'yes'),
  },
  {
    id: 'pelvic-nodes',
    text: 'Pelvic lymph nodes: high risk, very high risk or regional disease, or treatment after prostatectomy.',
    citation: cite('3.2'),
    appliesWhen: isYes('pelvic-nodes'),
    rule: any(highRisk, afterProstatectomy),
  },
  {
    id: 'technique',
    text: 'IMRT or 3D conformal radiation; SBRT or brachytherapy for the patients their sections name. Proton therapy is decided by a reviewer.',
    citation: cite('4.1'),
    rule: oneOf('initial-technique', ['imrt', '3d-conformal', 'sbrt', 'ldr-brachytherapy', 'hdr-brachytherapy']),
  },
  {
    id: 'sbrt',
    text: 'SBRT: definitive treatment of low or intermediate risk disease, without the pelvic nodes, in up to 5 fractions.',
    citation: cite('4.2'),
    appliesWhen: equals('initial-technique', 'sbrt'),
    rule: all(definitive, oneOf('risk-group', ['low', 'favorable-intermediate', 'unfavorable-intermediate']), isNo('pelvic-nodes'), atMost('initial-fractions', 5)),
  },
  {
    id: 'brachytherapy-alone',
    text: 'Brachytherapy alone: definitive treatment of low or favorable intermediate risk disease; a seed implant, or high-dose-rate in up to 4 fractions.',
    citation: cite('4.3'),
    appliesWhen: brachytherapyAlone,
    rule: all(
      definitive,
      oneOf('risk-group', ['low', 'favorable-intermediate']),
      any(all(equals('initial-technique', 'ldr-brachytherapy'), atMost('initial-fractions', 1)), all(equals('initial-technique', 'hdr-brachytherapy'), atMost('initial-fractions', 4))),
    ),
  },
  {
    id: 'brachytherapy-boost',
    text: 'Brachytherapy boost: unfavorable intermediate, high or very high risk disease; a seed implant, or high-dose-rate in up to 2 fractions.',
    citation: cite('4.4'),
    appliesWhen: isYes('boost'),
    rule: all(
      oneOf('risk-group', ['unfavorable-intermediate', 'high', 'very-high']),
      any(all(equals('boost-technique', 'ldr-brachytherapy'), atMost('boost-fractions', 1)), all(equals('boost-technique', 'hdr-brachytherapy'), atMost('boost-fractions', 2))),
    ),
  },
  {
    id: 'fractions-before-boost',
    text: 'External beam radiation before a brachytherapy boost: 15 to 28 fractions.',
    citation: cite('4.4'),
    appliesWhen: isYes('boost'),
    rule: between('initial-fractions', 15, 28),
  },
  {
    id: 'intact-prostate-fractions',
    text: 'Intact prostate without the pelvic nodes: 20 to 28 fractions (moderate hypofractionation).',
    citation: cite('5.1'),
    appliesWhen: intactProstateAlone,
    rule: between('initial-fractions', 20, 28),
  },
  {
    id: 'pelvic-nodes-fractions',
    text: 'Intact prostate with the pelvic nodes: 20 to 45 fractions.',
    citation: cite('5.2'),
    appliesWhen: all(externalBeam, definitive, isYes('pelvic-nodes'), isNo('boost')),
    rule: between('initial-fractions', 20, 45),
  },
  {
    id: 'post-prostatectomy-fractions',
    text: 'After prostatectomy: 20 to 40 fractions.',
    citation: cite('5.3'),
    appliesWhen: all(externalBeam, afterProstatectomy),
    rule: between('initial-fractions', 20, 40),
  },
  {
    id: 'igrt',
    text: 'IGRT with external beam radiation (IMRT, 3D conformal, SBRT or protons).',
    citation: cite('6.1'),
    appliesWhen: isYes('igrt'),
    rule: oneOf('initial-technique', ['imrt', '3d-conformal', 'sbrt', 'proton']),
  },
];

const course = ['no-distant-metastases', 'no-prior-pelvic-radiation', 'definitive-risk-group', 'adjuvant-findings', 'salvage-psa', 'hormone-therapy', 'pelvic-nodes'];
const initialCriteria = ['technique', 'sbrt', 'brachytherapy-alone', 'fractions-before-boost', 'intact-prostate-fractions', 'pelvic-nodes-fractions', 'post-prostatectomy-fractions'];
const cancerType = { value: 'RCPROS' } as const;
const description = { value: 'Radiation therapy for prostate cancer' } as const;
const igrt = { code: { value: '77387' }, codeSystem: 'CPT', description: { value: 'Image guidance to check the position before each treatment (IGRT)' } } as const;
const initialPhase = { value: 'Phase 1: initial' } as const;
const boostPhase = { value: 'Phase 2: brachytherapy boost' } as const;

const initialLine: LineTemplate = {
  code: cancerType,
  codeSystem: 'PROGRAM',
  description,
  units: { answer: 'initial-fractions' },
  phase: initialPhase,
  technique: { answer: 'initial-technique', use: 'display' },
  fractions: { answer: 'initial-fractions' },
  decidedBy: [...course, ...initialCriteria],
};
const boostLine: LineTemplate = {
  when: isYes('boost'),
  code: cancerType,
  codeSystem: 'PROGRAM',
  description,
  units: { answer: 'boost-fractions' },
  phase: boostPhase,
  technique: { answer: 'boost-technique', use: 'display' },
  fractions: { answer: 'boost-fractions' },
  decidedBy: [...course, 'brachytherapy-boost'],
};
const igrtLine: LineTemplate = { ...igrt, when: isYes('igrt'), units: { answer: 'initial-fractions' }, phase: initialPhase, fractions: { answer: 'initial-fractions' }, decidedBy: ['igrt'] };

const imrtDisplay = 'Intensity-modulated radiation therapy (IMRT), including VMAT';
const hypofractionated = { value: 20 } as const;

const alternatives: readonly Alternative[] = [
  {
    id: 'moderate-hypofractionation',
    when: all(intactProstateAlone, atLeast('initial-fractions', 29)),
    requires: [...course, 'technique'],
    text: 'Moderate hypofractionation meets the guideline: 20 fractions (60 Gy) or 28 fractions (70 Gy), with the same technique, instead of a conventional course.',
    citation: cite('7.1'),
    lines: [
      { ...initialLine, units: hypofractionated, fractions: hypofractionated, decidedBy: [...course, 'technique', 'intact-prostate-fractions'] },
      { ...igrtLine, units: hypofractionated, fractions: hypofractionated },
    ],
  },
  {
    id: 'photons-instead-of-protons',
    when: equals('initial-technique', 'proton'),
    requires: [...course, 'brachytherapy-boost', 'fractions-before-boost', 'intact-prostate-fractions', 'pelvic-nodes-fractions', 'post-prostatectomy-fractions'],
    text: 'IMRT with photons, in the same number of fractions, meets the guideline instead of proton therapy.',
    citation: cite('7.2'),
    lines: [{ ...initialLine, technique: { value: imrtDisplay } }, boostLine, igrtLine],
  },
];

/** A line per phase with its technique and fractions; IGRT as a line of its own, decided by its own criterion. */
export const radoncProstateCriteriaV1: CriteriaSet = {
  id: 'radonc-prostate-criteria',
  version: '1',
  title: 'Radiation therapy for prostate cancer',
  questionnaireId: radoncProstateQuestionnaireV1.id,
  questionnaireVersion: radoncProstateQuestionnaireV1.version,
  criteria,
  lines: [initialLine, boostLine, igrtLine],
  alternatives,
};
