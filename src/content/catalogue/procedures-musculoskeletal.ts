import type { ProcedureDefinition } from './catalogue-types.ts';

/**
 * MSK (seed 002): spine and joint surgery are requested as SPINE or JOINT and the
 * questionnaire collects the surgical CPT codes; interventional pain is requested by its
 * CPT number, one authorization per date of service. CPT numbers only, with our wording.
 */
const programCodes: readonly [string, string][] = [
  ['SPINE', 'Spine surgery: decompression, fusion or disc replacement of the neck, mid or low back'],
  ['JOINT', 'Joint surgery: replacement, arthroscopy or open repair of the hip, knee or shoulder'],
];

const interventionalPain: readonly [string, string][] = [
  ['62321', 'Epidural steroid injection between the vertebrae, neck or mid back, with imaging guidance'],
  ['62323', 'Epidural steroid injection between the vertebrae, low back or sacrum, with imaging guidance'],
  ['64479', 'Epidural injection at a nerve root, neck or mid back, with imaging guidance, first level'],
  ['64480', 'Epidural injection at a nerve root, neck or mid back, each additional level'],
  ['64483', 'Epidural injection at a nerve root, low back or sacrum, with imaging guidance, first level'],
  ['64484', 'Epidural injection at a nerve root, low back or sacrum, each additional level'],
  ['64490', 'Facet joint or medial branch nerve block, neck or mid back, first level'],
  ['64491', 'Facet joint or medial branch nerve block, neck or mid back, second level'],
  ['64492', 'Facet joint or medial branch nerve block, neck or mid back, third or further level'],
  ['64493', 'Facet joint or medial branch nerve block, low back or sacrum, first level'],
  ['64494', 'Facet joint or medial branch nerve block, low back or sacrum, second level'],
  ['64495', 'Facet joint or medial branch nerve block, low back or sacrum, third or further level'],
  ['64633', 'Radiofrequency ablation of facet joint nerves, neck or mid back, first joint'],
  ['64634', 'Radiofrequency ablation of facet joint nerves, neck or mid back, each additional joint'],
  ['64635', 'Radiofrequency ablation of facet joint nerves, low back or sacrum, first joint'],
  ['64636', 'Radiofrequency ablation of facet joint nerves, low back or sacrum, each additional joint'],
  ['27096', 'Sacroiliac joint injection with imaging guidance'],
  ['63650', 'Placing spinal cord stimulator leads through the skin'],
  ['63685', 'Implanting or replacing a spinal cord stimulator generator'],
  ['62362', 'Implanting or replacing a programmable pain medication pump'],
];

export const musculoskeletalProcedures: readonly ProcedureDefinition[] = [
  ...programCodes.map(([code, description]) => ({ programCode: 'MSK', code, codeSystem: 'PROGRAM' as const, description })),
  ...interventionalPain.map(([code, description]) => ({ programCode: 'MSK', code, codeSystem: 'CPT' as const, description })),
];
