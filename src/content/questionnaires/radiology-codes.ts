/**
 * The RADIOLOGY program's CPT numbers, grouped as the radiology questionnaires serve them
 * (wording in src/content/catalogue/procedures-radiology-cardiology.ts). Published questionnaire
 * and criteria versions read these lists, so a list is never changed: a new version that needs
 * other codes gets a list of its own.
 */

/** Brain and head: CT (70450, 70460, 70470) and MRI (70551, 70552, 70553). */
export const brainCtCodes = ['70450', '70460', '70470'] as const;
export const brainMriCodes = ['70551', '70552', '70553'] as const;
export const brainCodes = [...brainCtCodes, ...brainMriCodes] as const;
/** With contrast, or without and then with contrast. */
export const brainContrastCodes = ['70460', '70470', '70552', '70553'] as const;

/** Spine: MRI of the neck, mid-back and low back, and CT of the neck and low back. */
export const spineMriCodes = ['72141', '72142', '72156', '72146', '72157', '72148', '72149', '72158'] as const;
export const spineCtCodes = ['72125', '72131'] as const;
export const spineCodes = [...spineMriCodes, ...spineCtCodes] as const;
export const spineContrastCodes = ['72142', '72156', '72157', '72149', '72158'] as const;

/** MRI of arm joints (73221–73223) and leg joints (73721–73723). */
export const jointCodes = ['73221', '73222', '73223', '73721', '73722', '73723'] as const;
export const jointContrastCodes = ['73222', '73223', '73722', '73723'] as const;

/** Abdomen and pelvis, CT and MRI. */
export const abdomenPelvisCodes = ['74150', '74160', '74176', '74177', '74178', '74181', '74183', '72192', '72193', '72195', '72197'] as const;
export const abdomenPelvisCtCodes = ['74150', '74160', '74176', '74177', '74178', '72192', '72193'] as const;
export const abdomenPelvisCtWithoutContrastCodes = ['74150', '74176', '72192'] as const;
export const abdomenPelvisWithoutAndWithCodes = ['74178', '74183', '72197'] as const;

/** Chest: CT without, with, and without-and-with contrast, CT angiography, MRI. */
export const chestCodes = ['71250', '71260', '71270', '71275', '71550', '71552'] as const;
export const chestCtWithoutContrastCode = '71250';
export const chestCtAngiographyCode = '71275';
/** A without-and-with CT, or MRI of the chest: for a mass or cancer. */
export const chestCharacterizationCodes = ['71270', '71550', '71552'] as const;

/** PET/CT: a limited area, skull base to mid-thigh, whole body. */
export const petCodes = ['78814', '78815', '78816'] as const;

/** Stress tests with imaging: SPECT (78451, 78452) and stress echocardiography (93350, 93351). */
export const stressImagingCodes = ['78451', '78452', '93350', '93351'] as const;

/** Echocardiography through the chest wall: complete (93306) and limited (93308). */
export const echoCodes = ['93306', '93308'] as const;
export const limitedEchoCode = '93308';

export const coronaryCtaCodes = ['75574'] as const;

/** Heart catheterization: 93454 (arteries only), 93458 (left), 93459 (left with grafts), 93460 (both sides). */
export const heartCathCodes = ['93454', '93458', '93459', '93460'] as const;
export const graftCathCode = '93459';
export const rightAndLeftCathCode = '93460';
