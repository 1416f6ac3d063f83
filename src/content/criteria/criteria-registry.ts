import type { CriteriaSet } from '../../domain/criteria/criteria-types.ts';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { dmeEquipmentCriteriaV1 } from './dme-equipment.v1.ts';
import { dmeEquipmentCriteriaV2 } from './dme-equipment.v2.ts';
import { radiologyBrainCriteriaV1 } from './radiology-brain.v1.ts';
import { radiologySpineCriteriaV1 } from './radiology-spine.v1.ts';
import { radiologyJointCriteriaV1 } from './radiology-joint.v1.ts';
import { radiologyAbdomenPelvisCriteriaV1 } from './radiology-abdomen-pelvis.v1.ts';
import { radiologyChestCriteriaV1 } from './radiology-chest.v1.ts';
import { radiologyPetCriteriaV1 } from './radiology-pet.v1.ts';
import { radiologyStressImagingCriteriaV1 } from './radiology-stress-imaging.v1.ts';
import { radiologyEchocardiographyCriteriaV1 } from './radiology-echocardiography.v1.ts';
import { radiologyCoronaryCtaCriteriaV1 } from './radiology-coronary-cta.v1.ts';
import { radiologyHeartCatheterizationCriteriaV1 } from './radiology-heart-catheterization.v1.ts';
import { sleepTestingCriteriaV1 } from './sleep-testing.v1.ts';
import { sleepTitrationCriteriaV1 } from './sleep-titration.v1.ts';
import { sleepApneaDevicesCriteriaV1 } from './sleep-apnea-devices.v1.ts';
import { labHereditaryCancerCriteriaV1 } from './lab-hereditary-cancer.v1.ts';
import { labPharmacogenomicsCriteriaV1 } from './lab-pharmacogenomics.v1.ts';
import { labExomeCriteriaV1 } from './lab-exome.v1.ts';
import { labBreastGeneExpressionCriteriaV1 } from './lab-breast-gene-expression.v1.ts';
import { labUnlistedMolecularCriteriaV1 } from './lab-unlisted-molecular.v1.ts';
import { giUpperEndoscopyCriteriaV1 } from './gi-upper-endoscopy.v1.ts';
import { giColonoscopyCriteriaV1 } from './gi-colonoscopy.v1.ts';
import { giCapsuleEndoscopyCriteriaV1 } from './gi-capsule-endoscopy.v1.ts';
import { medOncRegimenCriteriaV1 } from './med-onc-regimen.v1.ts';
import { medDrugsDenosumabCriteriaV1 } from './med-drugs-denosumab.v1.ts';
import { medDrugsInfliximabCriteriaV1 } from './med-drugs-infliximab.v1.ts';
import { medDrugsAfliberceptCriteriaV1 } from './med-drugs-aflibercept.v1.ts';
import { medDrugsOcrelizumabCriteriaV1 } from './med-drugs-ocrelizumab.v1.ts';
import { pharmacyDrugsCriteriaV1 } from './pharmacy-drugs.v1.ts';
import { mskKneeSurgeryCriteriaV1 } from './msk-knee-surgery.v1.ts';
import { mskLumbarEsiCriteriaV1 } from './msk-lumbar-esi.v1.ts';
import { mskLumbarFusionCriteriaV1 } from './msk-lumbar-fusion.v1.ts';
import { mskCervicalThoracicEsiCriteriaV1 } from './msk-cervical-thoracic-esi.v1.ts';
import { mskFacetAblationCriteriaV1 } from './msk-facet-ablation.v1.ts';
import { mskFacetBlockCriteriaV1 } from './msk-facet-block.v1.ts';
import { mskJointSurgeryCriteriaV2 } from './msk-joint-surgery.v2.ts';
import { mskLumbarEsiCriteriaV2 } from './msk-lumbar-esi.v2.ts';
import { mskSacroiliacInjectionCriteriaV1 } from './msk-sacroiliac-injection.v1.ts';
import { mskSpineSurgeryCriteriaV2 } from './msk-spine-surgery.v2.ts';
import { radoncBoneMetastasesCriteriaV1 } from './radonc-bone-metastases.v1.ts';
import { radoncBrainMetastasesCriteriaV1 } from './radonc-brain-metastases.v1.ts';
import { radoncBreastCriteriaV1 } from './radonc-breast.v1.ts';
import { radoncGeneralCriteriaV1 } from './radonc-general.v1.ts';
import { radoncLungCriteriaV1 } from './radonc-lung.v1.ts';
import { radoncProstateCriteriaV1 } from './radonc-prostate.v1.ts';

/** Every published criteria set version; like questionnaires, old versions stay. */
export const publishedCriteriaSets: readonly CriteriaSet[] = [
  mskLumbarEsiCriteriaV1,
  mskLumbarFusionCriteriaV1,
  mskKneeSurgeryCriteriaV1,
  mskLumbarEsiCriteriaV2,
  mskSpineSurgeryCriteriaV2,
  mskJointSurgeryCriteriaV2,
  mskCervicalThoracicEsiCriteriaV1,
  mskFacetBlockCriteriaV1,
  mskFacetAblationCriteriaV1,
  mskSacroiliacInjectionCriteriaV1,
  radoncBreastCriteriaV1,
  radoncProstateCriteriaV1,
  radoncLungCriteriaV1,
  radoncBoneMetastasesCriteriaV1,
  radoncBrainMetastasesCriteriaV1,
  radoncGeneralCriteriaV1,
  dmeEquipmentCriteriaV1,
  dmeEquipmentCriteriaV2,
  radiologyBrainCriteriaV1,
  radiologySpineCriteriaV1,
  radiologyJointCriteriaV1,
  radiologyAbdomenPelvisCriteriaV1,
  radiologyChestCriteriaV1,
  radiologyPetCriteriaV1,
  radiologyStressImagingCriteriaV1,
  radiologyEchocardiographyCriteriaV1,
  radiologyCoronaryCtaCriteriaV1,
  radiologyHeartCatheterizationCriteriaV1,
  sleepTestingCriteriaV1,
  sleepTitrationCriteriaV1,
  sleepApneaDevicesCriteriaV1,
  labHereditaryCancerCriteriaV1,
  labPharmacogenomicsCriteriaV1,
  labExomeCriteriaV1,
  labBreastGeneExpressionCriteriaV1,
  labUnlistedMolecularCriteriaV1,
  giUpperEndoscopyCriteriaV1,
  giColonoscopyCriteriaV1,
  giCapsuleEndoscopyCriteriaV1,
  medOncRegimenCriteriaV1,
  medDrugsDenosumabCriteriaV1,
  medDrugsInfliximabCriteriaV1,
  medDrugsAfliberceptCriteriaV1,
  medDrugsOcrelizumabCriteriaV1,
  pharmacyDrugsCriteriaV1,
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
