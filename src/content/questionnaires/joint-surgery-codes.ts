import { optionsFrom } from './answer-options.ts';

/**
 * Joint surgery CPT numbers offered in the JOINT questionnaire, with Priora's own plain wording
 * (CPT descriptors are © AMA and are not copied). The knee criteria cover ACL reconstruction
 * and knee replacement; the other codes can be requested and go to a clinical reviewer.
 */
export const jointSurgeryCodes = optionsFrom([
  ['29888', 'Knee arthroscopy to reconstruct the anterior cruciate ligament (ACL)'],
  ['27447', 'Total knee replacement'],
  ['27446', 'Partial knee replacement, one compartment (inner or outer side)'],
  ['29870', 'Knee arthroscopy to look inside the joint (diagnostic)'],
  ['29880', 'Knee arthroscopy removing torn meniscus cartilage on both the inner and outer side'],
  ['29881', 'Knee arthroscopy removing torn meniscus cartilage on the inner or outer side'],
  ['29882', 'Knee arthroscopy repairing a torn meniscus, inner or outer side'],
  ['27130', 'Total hip replacement'],
  ['23472', 'Total shoulder replacement'],
  ['29805', 'Shoulder arthroscopy to look inside the joint (diagnostic)'],
  ['29826', 'Shoulder arthroscopy shaving bone to relieve impingement, added to another shoulder procedure'],
  ['29827', 'Shoulder arthroscopy repairing the rotator cuff'],
]);

export const aclReconstructionCode = '29888';
export const totalKneeCode = '27447';
export const partialKneeCode = '27446';
