import { musculoskeletalProcedures } from '../catalogue/procedures-musculoskeletal.ts';

/**
 * Interventional pain CPT numbers by family and region (seed 002), for the pain questionnaires,
 * their service lines and the criteria that count the member's earlier authorizations. The
 * neck and mid back count as one region, the low back and sacrum as another (guideline 2026.2,
 * 6.5 and 7.6). Wording for each code is the catalogue's (procedures-musculoskeletal.ts).
 */
export const cervicalThoracicEpiduralCodes = ['62321', '64479', '64480'] as const;
export const lumbarEpiduralCodes = ['62323', '64483', '64484'] as const;
export const cervicalThoracicFacetBlockCodes = ['64490', '64491', '64492'] as const;
export const lumbarFacetBlockCodes = ['64493', '64494', '64495'] as const;
export const cervicalThoracicAblationCodes = ['64633', '64634'] as const;
export const lumbarAblationCodes = ['64635', '64636'] as const;
export const sacroiliacInjectionCode = '27096';

/**
 * Every interventional pain procedure of the MSK catalogue: the codes requested by their own CPT
 * number rather than as SPINE or JOINT (injections, ablations, stimulators, pumps). The plan's
 * "one authorization per date of service" rule applies to them.
 */
export const interventionalPainProcedureCodes: readonly string[] = musculoskeletalProcedures.filter((procedure) => procedure.codeSystem === 'CPT').map((procedure) => procedure.code);
