/**
 * The SLEEP program's codes as the sleep questionnaires serve them (wording in
 * src/content/catalogue/procedures-other-programs.ts). Published versions read these lists, so
 * a list is never changed: a new version that needs other codes gets a list of its own.
 */

/** Home sleep apnea tests: CPT 95800 and 95806, HCPCS G0399. */
export const homeSleepTestCodes = ['95800', '95806', 'G0399'] as const;
/** Attended diagnostic polysomnography in a sleep lab. */
export const labSleepStudyCode = '95810';
export const diagnosticSleepStudyCodes = [...homeSleepTestCodes, labSleepStudyCode] as const;

/** Attended study with positive airway pressure titration (full night or split night). */
export const titrationStudyCodes = ['95811'] as const;

export const cpapCode = 'E0601';
export const bilevelCode = 'E0470';
export const oralApplianceCode = 'E0486';
export const pressureDeviceCodes = [cpapCode, bilevelCode] as const;
export const sleepApneaDeviceCodes = [cpapCode, bilevelCode, oralApplianceCode] as const;

/** Accessories of a pressure device, each a line of its own. */
export const heatedHumidifierCode = 'E0562';
export const fullFaceMaskCode = 'A7030';
export const nasalMaskCode = 'A7034';
