import type { CriteriaSet, Criterion, LineTemplate, Rule } from '../../domain/criteria/criteria-types.ts';
import { all, any, compare, count, elapsed, equals, isNo, isYes, not, oneOf } from '../../domain/criteria/rule-builders.ts';
import { injectionTrialIndications, instabilityIndications, mskSpineSurgeryQuestionnaireV2 } from '../questionnaires/msk-spine-surgery.v2.ts';
import {
  cervicalDecompressionCodes,
  cervicalDiscReplacementCode,
  cervicalFusionPrimaryCodes,
  fusionPrimaryCodes,
  lumbarDecompressionCodes,
  lumbarDiscReplacementCode,
  lumbarFusionPrimaryCodes,
  thoracicDecompressionCodes,
  thoracicFusionPrimaryCodes,
} from '../questionnaires/spine-surgery-codes.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('spineSurgery2');

type Region = 'cervical' | 'thoracic' | 'lumbar';
const levelsOf: Record<Region, string> = { cervical: 'cervical-levels', thoracic: 'thoracic-levels', lumbar: 'lumbar-levels' };

/** The rule for the region requested: "Region: Neck (cervical); Cervical levels: C5–C6" when it holds. */
function perRegion(rules: Partial<Record<Region, Rule>>): Rule {
  return any(...Object.entries(rules).map(([region, rule]) => all(equals('region', region), rule)));
}

const primary = (codes: readonly string[]): Rule => oneOf('primary-cpt', codes);
const isFusion = primary(fusionPrimaryCodes);
const isDecompression = primary([...cervicalDecompressionCodes, ...thoracicDecompressionCodes, ...lumbarDecompressionCodes]);
const isDiscReplacement = primary([cervicalDiscReplacementCode, lumbarDiscReplacementCode]);
const reason = (values: readonly string[]): Rule => oneOf('degenerative-indication', values);

/** Fracture, dislocation, tumor or infection: qualifies decompression and fusion alike. */
const structural = count('qualifying-conditions', '>=', 1, ['fracture', 'dislocation-tumor-infection']);
/** Scoliosis or flatback: qualifies a fusion. */
const deformity = count('qualifying-conditions', '>=', 1, ['scoliosis', 'flatback']);
/** Any of the seed's conditions (or cauda equina): the degenerative rules do not apply. */
const seedCondition = count('qualifying-conditions', '>=', 1, ['fracture', 'dislocation-tumor-infection', 'scoliosis', 'flatback', 'cauda-equina']);

const criteria: readonly Criterion[] = [
  {
    id: 'covered-procedure',
    text: 'Decompression, fusion or disc replacement of the neck, mid back or low back, with a primary code of that region; other spine surgery goes to a clinical reviewer.',
    citation: cite('1.1'),
    rule: perRegion({
      cervical: primary([...cervicalFusionPrimaryCodes, ...cervicalDecompressionCodes, cervicalDiscReplacementCode]),
      thoracic: primary([...thoracicFusionPrimaryCodes, ...thoracicDecompressionCodes]),
      lumbar: primary([...lumbarFusionPrimaryCodes, ...lumbarDecompressionCodes, lumbarDiscReplacementCode]),
    }),
  },
  {
    id: 'decompression-indication',
    text: 'Decompression treats a fracture, dislocation, tumor or infection, cauda equina syndrome, myelopathy (neck or mid back), radiculopathy, or stenosis or instability of the low back.',
    citation: cite('2.1'),
    appliesWhen: isDecompression,
    rule: any(
      structural,
      equals('qualifying-conditions', 'cauda-equina'),
      reason(['radiculopathy']),
      perRegion({
        cervical: reason(['cord-compression']),
        thoracic: reason(['cord-compression']),
        lumbar: reason(['stenosis-claudication', 'spondylolisthesis', 'stenosis-instability', 'adjacent-segment']),
      }),
    ),
  },
  {
    id: 'fusion-indication',
    text: 'Fusion treats a qualifying condition: fracture, dislocation, tumor, infection, scoliosis, flatback, instability, a failed fusion, disease next to a fusion, or (neck, from the front) radiculopathy or myelopathy, or (mid back) myelopathy.',
    citation: cite('2.2'),
    appliesWhen: isFusion,
    rule: any(
      structural,
      deformity,
      reason(instabilityIndications),
      all(equals('primary-cpt', '22551'), reason(['radiculopathy', 'cord-compression'])),
      perRegion({ thoracic: reason(['cord-compression']) }),
    ),
  },
  {
    id: 'disc-replacement-indication',
    text: 'Disc replacement treats radiculopathy or myelopathy (neck) or single-disc degeneration from L3 to S1 (low back), without instability, facet arthritis, osteoporosis, a fusion at the level, infection or tumor.',
    citation: cite('2.3'),
    appliesWhen: isDiscReplacement,
    rule: all(
      perRegion({
        cervical: reason(['radiculopathy', 'cord-compression']),
        lumbar: all(reason(['disc-pain']), count('lumbar-levels', '>=', 1, ['L3-L4', 'L4-L5', 'L5-S1'])),
      }),
      equals('disc-replacement-exclusions', 'none'),
    ),
  },
  {
    id: 'levels-named',
    text: 'The levels to be operated on are named.',
    citation: cite('2.4'),
    rule: perRegion({
      cervical: not(equals(levelsOf.cervical, 'other-unknown')),
      thoracic: not(equals(levelsOf.thoracic, 'other-unknown')),
      lumbar: not(equals(levelsOf.lumbar, 'other-unknown')),
    }),
  },
  {
    id: 'fusion-levels',
    text: 'A fusion for a degenerative condition covers no more than two levels.',
    citation: cite('2.4'),
    appliesWhen: all(isFusion, not(structural), not(deformity)),
    rule: perRegion({
      cervical: count(levelsOf.cervical, '<=', 2),
      thoracic: count(levelsOf.thoracic, '<=', 2),
      lumbar: count(levelsOf.lumbar, '<=', 2),
    }),
  },
  {
    id: 'disc-replacement-levels',
    text: 'A disc replacement covers no more than two levels in the neck, and one in the low back.',
    citation: cite('2.4'),
    appliesWhen: isDiscReplacement,
    rule: perRegion({ cervical: count(levelsOf.cervical, '<=', 2), lumbar: count(levelsOf.lumbar, '<=', 1) }),
  },
  {
    id: 'repeat-fusion',
    text: 'A fusion in a region fused before treats a failed fusion, disease at the next level, a fracture, a dislocation, a tumor or an infection.',
    citation: cite('2.5'),
    appliesWhen: all(isFusion, isYes('previous-fusion')),
    rule: any(reason(['pseudarthrosis', 'adjacent-segment']), structural),
  },
  {
    id: 'advanced-imaging',
    text: 'A radiologist’s report of recent CT, MRI or myelography of the region.',
    citation: cite('3.1'),
    rule: count('advanced-imaging', '>=', 1, ['mri', 'ct', 'myelography']),
  },
  {
    id: 'imaging-matches',
    text: 'For a degenerative condition, imaging shows compression or instability at the levels matching the symptoms and examination.',
    citation: cite('3.2'),
    appliesWhen: not(seedCondition),
    rule: equals('imaging-matches', 'yes'),
  },
  {
    id: 'instability-xrays',
    text: 'For a fusion for instability, a failed fusion or disease next to a fusion, plain X-rays show the instability or the failure.',
    citation: cite('3.3'),
    appliesWhen: all(isFusion, reason(instabilityIndications)),
    rule: equals('instability-xrays', 'yes'),
  },
  {
    id: 'nonsurgical-care',
    text: 'For elective surgery of a degenerative condition, the record details non-surgical treatment and the response.',
    citation: cite('3.4'),
    appliesWhen: all(not(seedCondition), isNo('urgent-surgery')),
    rule: equals('nonsurgical-care', 'yes'),
  },
  {
    id: 'neurological-findings',
    text: 'For radiculopathy or stenosis, matching neurological findings; for myelopathy, signs of spinal cord compression.',
    citation: cite('3.5'),
    appliesWhen: reason(['radiculopathy', 'stenosis-claudication', 'cord-compression']),
    rule: any(
      all(reason(['radiculopathy', 'stenosis-claudication']), count('neuro-findings', '>=', 1, ['radiating-pain', 'claudication', 'weakness', 'sensation', 'reflexes', 'nerve-tension', 'emg'])),
      all(reason(['cord-compression']), equals('neuro-findings', 'cord-signs')),
    ),
  },
  {
    id: 'nicotine-free',
    text: 'Before a fusion, nicotine-free: blood cotinine below 10 ng/mL within 90 days before surgery, unless urgent or myelopathy is present.',
    citation: cite('4.1'),
    appliesWhen: isFusion,
    rule: any(
      isYes('urgent-surgery'),
      isYes('myelopathy'),
      all(compare('cotinine-result', '<', 10), elapsed('cotinine-date', '>=', 0, 'days'), elapsed('cotinine-date', '<=', 90, 'days')),
    ),
  },
  {
    id: 'injection-trial',
    text: 'For elective surgery of radiculopathy, stenosis, spondylolisthesis or disease next to a fusion without myelopathy, a trial of epidural injections or nerve root blocks, unless contraindicated.',
    citation: cite('4.2'),
    appliesWhen: all(reason(injectionTrialIndications), isNo('urgent-surgery'), isNo('myelopathy')),
    rule: any(equals('injection-trial', 'done'), count('injection-contraindications', '>=', 1)),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);

const primaryLine = (region: Region | 'sacral'): LineTemplate => ({
  when: equals('region', region),
  code: { answer: 'primary-cpt' },
  codeSystem: 'CPT',
  description: { answer: 'primary-cpt', use: 'display' },
  units: { answer: 'primary-units' },
  ...(region === 'sacral' ? {} : { levels: { answer: levelsOf[region] } }),
  decidedBy: everyCriterion,
});

export const mskSpineSurgeryCriteriaV2: CriteriaSet = {
  id: 'msk-spine-surgery-criteria',
  version: '2',
  title: 'Spine surgery: decompression, fusion and disc replacement',
  questionnaireId: mskSpineSurgeryQuestionnaireV2.id,
  questionnaireVersion: mskSpineSurgeryQuestionnaireV2.version,
  criteria,
  lines: [
    primaryLine('cervical'),
    primaryLine('thoracic'),
    primaryLine('lumbar'),
    primaryLine('sacral'),
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
