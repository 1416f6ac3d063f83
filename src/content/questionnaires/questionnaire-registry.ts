import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { dmeEquipmentQuestionnaireV1 } from './dme-equipment.v1.ts';
import { dmeEquipmentQuestionnaireV2 } from './dme-equipment.v2.ts';
import { radiologyBrainQuestionnaireV1 } from './radiology-brain.v1.ts';
import { radiologySpineQuestionnaireV1 } from './radiology-spine.v1.ts';
import { radiologyJointQuestionnaireV1 } from './radiology-joint.v1.ts';
import { radiologyAbdomenPelvisQuestionnaireV1 } from './radiology-abdomen-pelvis.v1.ts';
import { radiologyChestQuestionnaireV1 } from './radiology-chest.v1.ts';
import { radiologyPetQuestionnaireV1 } from './radiology-pet.v1.ts';
import { radiologyStressImagingQuestionnaireV1 } from './radiology-stress-imaging.v1.ts';
import { radiologyEchocardiographyQuestionnaireV1 } from './radiology-echocardiography.v1.ts';
import { radiologyCoronaryCtaQuestionnaireV1 } from './radiology-coronary-cta.v1.ts';
import { radiologyHeartCatheterizationQuestionnaireV1 } from './radiology-heart-catheterization.v1.ts';
import { sleepTestingQuestionnaireV1 } from './sleep-testing.v1.ts';
import { sleepTitrationQuestionnaireV1 } from './sleep-titration.v1.ts';
import { sleepApneaDevicesQuestionnaireV1 } from './sleep-apnea-devices.v1.ts';
import { labHereditaryCancerQuestionnaireV1 } from './lab-hereditary-cancer.v1.ts';
import { labPharmacogenomicsQuestionnaireV1 } from './lab-pharmacogenomics.v1.ts';
import { labExomeQuestionnaireV1 } from './lab-exome.v1.ts';
import { labBreastGeneExpressionQuestionnaireV1 } from './lab-breast-gene-expression.v1.ts';
import { labUnlistedMolecularQuestionnaireV1 } from './lab-unlisted-molecular.v1.ts';
import { giUpperEndoscopyQuestionnaireV1 } from './gi-upper-endoscopy.v1.ts';
import { giColonoscopyQuestionnaireV1 } from './gi-colonoscopy.v1.ts';
import { giCapsuleEndoscopyQuestionnaireV1 } from './gi-capsule-endoscopy.v1.ts';
import { medOncRegimenQuestionnaireV1 } from './med-onc-regimen.v1.ts';
import { medDrugsDenosumabQuestionnaireV1 } from './med-drugs-denosumab.v1.ts';
import { medDrugsInfliximabQuestionnaireV1 } from './med-drugs-infliximab.v1.ts';
import { medDrugsAfliberceptQuestionnaireV1 } from './med-drugs-aflibercept.v1.ts';
import { medDrugsOcrelizumabQuestionnaireV1 } from './med-drugs-ocrelizumab.v1.ts';
import { pharmacyDrugsQuestionnaireV1 } from './pharmacy-drugs.v1.ts';
import { mskKneeSurgeryQuestionnaireV1 } from './msk-knee-surgery.v1.ts';
import { mskLumbarEsiQuestionnaireV1 } from './msk-lumbar-esi.v1.ts';
import { mskLumbarFusionQuestionnaireV1 } from './msk-lumbar-fusion.v1.ts';
import { mskCervicalThoracicEsiQuestionnaireV1 } from './msk-cervical-thoracic-esi.v1.ts';
import { mskFacetAblationQuestionnaireV1 } from './msk-facet-ablation.v1.ts';
import { mskFacetBlockQuestionnaireV1 } from './msk-facet-block.v1.ts';
import { mskJointSurgeryQuestionnaireV2 } from './msk-joint-surgery.v2.ts';
import { mskSacroiliacInjectionQuestionnaireV1 } from './msk-sacroiliac-injection.v1.ts';
import { mskSpineSurgeryQuestionnaireV2 } from './msk-spine-surgery.v2.ts';
import { radoncBoneMetastasesQuestionnaireV1 } from './radonc-bone-metastases.v1.ts';
import { radoncBrainMetastasesQuestionnaireV1 } from './radonc-brain-metastases.v1.ts';
import { radoncBreastQuestionnaireV1 } from './radonc-breast.v1.ts';
import { radoncGeneralQuestionnaireV1 } from './radonc-general.v1.ts';
import { radoncLungQuestionnaireV1 } from './radonc-lung.v1.ts';
import { radoncProstateQuestionnaireV1 } from './radonc-prostate.v1.ts';

/**
 * Every published questionnaire version. Old versions stay listed: a case answered on
 * version 1 is reviewed, shown and re-evaluated on version 1 even after version 2 exists.
 */
export const publishedQuestionnaires: readonly Questionnaire[] = [
  mskLumbarEsiQuestionnaireV1,
  mskLumbarFusionQuestionnaireV1,
  mskKneeSurgeryQuestionnaireV1,
  mskSpineSurgeryQuestionnaireV2,
  mskJointSurgeryQuestionnaireV2,
  mskCervicalThoracicEsiQuestionnaireV1,
  mskFacetBlockQuestionnaireV1,
  mskFacetAblationQuestionnaireV1,
  mskSacroiliacInjectionQuestionnaireV1,
  radoncBreastQuestionnaireV1,
  radoncProstateQuestionnaireV1,
  radoncLungQuestionnaireV1,
  radoncBoneMetastasesQuestionnaireV1,
  radoncBrainMetastasesQuestionnaireV1,
  radoncGeneralQuestionnaireV1,
  dmeEquipmentQuestionnaireV1,
  dmeEquipmentQuestionnaireV2,
  radiologyBrainQuestionnaireV1,
  radiologySpineQuestionnaireV1,
  radiologyJointQuestionnaireV1,
  radiologyAbdomenPelvisQuestionnaireV1,
  radiologyChestQuestionnaireV1,
  radiologyPetQuestionnaireV1,
  radiologyStressImagingQuestionnaireV1,
  radiologyEchocardiographyQuestionnaireV1,
  radiologyCoronaryCtaQuestionnaireV1,
  radiologyHeartCatheterizationQuestionnaireV1,
  sleepTestingQuestionnaireV1,
  sleepTitrationQuestionnaireV1,
  sleepApneaDevicesQuestionnaireV1,
  labHereditaryCancerQuestionnaireV1,
  labPharmacogenomicsQuestionnaireV1,
  labExomeQuestionnaireV1,
  labBreastGeneExpressionQuestionnaireV1,
  labUnlistedMolecularQuestionnaireV1,
  giUpperEndoscopyQuestionnaireV1,
  giColonoscopyQuestionnaireV1,
  giCapsuleEndoscopyQuestionnaireV1,
  medOncRegimenQuestionnaireV1,
  medDrugsDenosumabQuestionnaireV1,
  medDrugsInfliximabQuestionnaireV1,
  medDrugsAfliberceptQuestionnaireV1,
  medDrugsOcrelizumabQuestionnaireV1,
  pharmacyDrugsQuestionnaireV1,
];

/** Versions are whole numbers as strings ('1', '2', …), compared as numbers. */
function newer(left: Questionnaire, right: Questionnaire): Questionnaire {
  return Number(right.version) > Number(left.version) ? right : left;
}

/**
 * The questionnaire to ask for a new request: the newest version published for the program
 * (catalogue code, e.g. 'MSK') and the procedure picked in the service step (e.g. '62323',
 * 'SPINE', 'RCBREA', 'DME'). Undefined when there is none: the request then goes to clinical
 * review with the documents the provider uploads.
 */
export function questionnaireFor(programCode: string, procedureCode: string): Questionnaire | undefined {
  return publishedQuestionnaires
    .filter((questionnaire) => questionnaire.programCode === programCode && questionnaire.procedureCodes.includes(procedureCode))
    .reduce<Questionnaire | undefined>((newest, candidate) => (newest ? newer(newest, candidate) : candidate), undefined);
}

/** The exact version a saved case was answered on. */
export function questionnaireById(id: string, version: string): Questionnaire | undefined {
  return publishedQuestionnaires.find((questionnaire) => questionnaire.id === id && questionnaire.version === version);
}
