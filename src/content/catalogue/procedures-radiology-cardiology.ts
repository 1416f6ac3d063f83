import type { ProcedureDefinition } from './catalogue-types.ts';

/**
 * Radiology and cardiology (seed 003 shows 70551 and 71250 in its worklists): a
 * representative set of commonly reviewed imaging and cardiac CPT numbers. CPT numbers
 * only, with our own wording.
 */
const codes: readonly [string, string][] = [
  ['70450', 'CT of the head, no contrast'],
  ['70551', 'MRI of the brain, no contrast'],
  ['70553', 'MRI of the brain, without and then with contrast'],
  ['71250', 'CT of the chest, no contrast'],
  ['72141', 'MRI of the neck spine, no contrast'],
  ['72148', 'MRI of the low back spine, no contrast'],
  ['73221', 'MRI of an arm joint (such as the shoulder), no contrast'],
  ['73721', 'MRI of a leg joint (such as the knee), no contrast'],
  ['74177', 'CT of the abdomen and pelvis, with contrast'],
  ['78815', 'PET scan with CT, skull base to mid-thigh'],
  ['78452', 'Nuclear heart scan at rest and under stress (SPECT, several images)'],
  ['93306', 'Complete ultrasound of the heart through the chest wall, with Doppler'],
  ['93350', 'Heart ultrasound during and after exercise or medication stress'],
  ['75574', 'CT angiography of the heart arteries, with contrast'],
  ['93458', 'Heart catheterization of the left side with pictures of the heart arteries'],
];

export const radiologyCardiologyProcedures: readonly ProcedureDefinition[] = codes.map(([code, description]) => ({
  programCode: 'RADIOLOGY',
  code,
  codeSystem: 'CPT' as const,
  description,
}));
