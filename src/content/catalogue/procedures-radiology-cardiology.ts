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
  // The rest of each body region and cardiac test served by the radiology questionnaires
  // (src/content/questionnaires/radiology-*.v1.ts), in the same plain wording.
  ['70460', 'CT of the head, with contrast'],
  ['70470', 'CT of the head, without and then with contrast'],
  ['70552', 'MRI of the brain, with contrast'],
  ['72125', 'CT of the neck spine, no contrast'],
  ['72131', 'CT of the low back spine, no contrast'],
  ['72142', 'MRI of the neck spine, with contrast'],
  ['72146', 'MRI of the mid-back spine, no contrast'],
  ['72149', 'MRI of the low back spine, with contrast'],
  ['72156', 'MRI of the neck spine, without and then with contrast'],
  ['72157', 'MRI of the mid-back spine, without and then with contrast'],
  ['72158', 'MRI of the low back spine, without and then with contrast'],
  ['73222', 'MRI of an arm joint, with contrast (such as contrast injected into the joint)'],
  ['73223', 'MRI of an arm joint, without and then with contrast'],
  ['73722', 'MRI of a leg joint, with contrast (such as contrast injected into the joint)'],
  ['73723', 'MRI of a leg joint, without and then with contrast'],
  ['74150', 'CT of the abdomen, no contrast'],
  ['74160', 'CT of the abdomen, with contrast'],
  ['74176', 'CT of the abdomen and pelvis, no contrast'],
  ['74178', 'CT of the abdomen and pelvis, without and then with contrast'],
  ['74181', 'MRI of the abdomen, no contrast'],
  ['74183', 'MRI of the abdomen, without and then with contrast'],
  ['72192', 'CT of the pelvis, no contrast'],
  ['72193', 'CT of the pelvis, with contrast'],
  ['72195', 'MRI of the pelvis, no contrast'],
  ['72197', 'MRI of the pelvis, without and then with contrast'],
  ['71260', 'CT of the chest, with contrast'],
  ['71270', 'CT of the chest, without and then with contrast'],
  ['71275', 'CT angiography of the blood vessels of the chest, with contrast'],
  ['71550', 'MRI of the chest, no contrast'],
  ['71552', 'MRI of the chest, without and then with contrast'],
  ['78814', 'PET scan with CT of one limited area of the body'],
  ['78816', 'PET scan with CT of the whole body, head to feet'],
  ['78451', 'Nuclear heart scan (SPECT), one set of images at rest or under stress'],
  ['93308', 'Limited or follow-up ultrasound of the heart through the chest wall'],
  ['93351', 'Heart ultrasound during and after stress, with the heart tracing watched and read by a physician'],
  ['93454', 'Pictures of the heart arteries through a catheter, without heart pressure measurements'],
  ['93459', 'Heart catheterization of the left side with pictures of the heart arteries and bypass grafts'],
  ['93460', 'Heart catheterization of both sides of the heart with pictures of the heart arteries'],
];

export const radiologyCardiologyProcedures: readonly ProcedureDefinition[] = codes.map(([code, description]) => ({
  programCode: 'RADIOLOGY',
  code,
  codeSystem: 'CPT' as const,
  description,
}));
