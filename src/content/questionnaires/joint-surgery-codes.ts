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

/**
 * Version 2 of the JOINT questionnaire (msk-joint-surgery.v2.ts) asks the joint first and covers
 * the hip and shoulder too. Its code list adds codes to the version 1 list above, which stays as
 * published.
 */
export const kneeCodes = ['29888', '27447', '27446', '29870', '29880', '29881', '29882'] as const;
export const hipReplacementCode = '27130';
export const hipCamCode = '29914';
export const hipPincerCode = '29915';
export const hipLabralRepairCode = '29916';
export const hipCodes = [hipReplacementCode, hipCamCode, hipPincerCode, hipLabralRepairCode, '29860', '29862'] as const;
export const shoulderDiagnosticCode = '29805';
export const shoulderDecompressionCode = '29826';
export const rotatorCuffRepairCodes = ['29827', '23412'] as const;
export const shoulderLabralCodes = ['29806', '29807'] as const;
export const shoulderCodes = ['23472', shoulderDiagnosticCode, ...shoulderLabralCodes, shoulderDecompressionCode, ...rotatorCuffRepairCodes] as const;

export const jointSurgeryCodesV2 = optionsFrom([
  // Knee
  ['29888', 'Knee arthroscopy to reconstruct the anterior cruciate ligament (ACL)'],
  ['27447', 'Total knee replacement'],
  ['27446', 'Partial knee replacement, one compartment (inner or outer side)'],
  ['29870', 'Knee arthroscopy to look inside the joint (diagnostic)'],
  ['29880', 'Knee arthroscopy removing torn meniscus cartilage on both the inner and outer side'],
  ['29881', 'Knee arthroscopy removing torn meniscus cartilage on the inner or outer side'],
  ['29882', 'Knee arthroscopy repairing a torn meniscus, inner or outer side'],
  // Hip
  ['27130', 'Total hip replacement'],
  ['29914', 'Hip arthroscopy reshaping a bump at the femoral head-neck junction (cam impingement)'],
  ['29915', 'Hip arthroscopy reshaping the rim of the hip socket (pincer impingement)'],
  ['29916', 'Hip arthroscopy repairing the labrum'],
  ['29860', 'Hip arthroscopy to look inside the joint (diagnostic)'],
  ['29862', 'Hip arthroscopy smoothing cartilage or trimming the labrum'],
  // Shoulder
  ['23472', 'Total shoulder replacement'],
  ['29805', 'Shoulder arthroscopy to look inside the joint (diagnostic)'],
  ['29806', 'Shoulder arthroscopy tightening the joint capsule and repairing the labrum for instability'],
  ['29807', 'Shoulder arthroscopy repairing a tear at the top of the labrum (SLAP)'],
  ['29826', 'Shoulder arthroscopy shaving bone to relieve impingement, added to another shoulder procedure'],
  ['29827', 'Shoulder arthroscopy repairing the rotator cuff'],
  ['23412', 'Open repair of a long-standing rotator cuff tear'],
]);
