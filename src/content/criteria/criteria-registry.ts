import type { CriteriaSet } from '../../domain/criteria/criteria-types.ts';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { dmeEquipmentCriteriaV1 } from './dme-equipment.v1.ts';
import { mskKneeSurgeryCriteriaV1 } from './msk-knee-surgery.v1.ts';
import { mskLumbarEsiCriteriaV1 } from './msk-lumbar-esi.v1.ts';
import { mskLumbarFusionCriteriaV1 } from './msk-lumbar-fusion.v1.ts';
import { radoncBreastCriteriaV1 } from './radonc-breast.v1.ts';

/** Every published criteria set version; like questionnaires, old versions stay. */
export const publishedCriteriaSets: readonly CriteriaSet[] = [
  mskLumbarEsiCriteriaV1,
  mskLumbarFusionCriteriaV1,
  mskKneeSurgeryCriteriaV1,
  radoncBreastCriteriaV1,
  dmeEquipmentCriteriaV1,
];

/** The newest criteria set that reads this questionnaire version. */
export function criteriaFor(questionnaire: Pick<Questionnaire, 'id' | 'version'>): CriteriaSet | undefined {
  return publishedCriteriaSets
    .filter((set) => set.questionnaireId === questionnaire.id && set.questionnaireVersion === questionnaire.version)
    .reduce<CriteriaSet | undefined>((newest, candidate) => (newest && Number(newest.version) >= Number(candidate.version) ? newest : candidate), undefined);
}

/** The exact criteria set version a decision was made with, to show or re-run it. */
export function criteriaSetById(id: string, version: string): CriteriaSet | undefined {
  return publishedCriteriaSets.find((set) => set.id === id && set.version === version);
}
