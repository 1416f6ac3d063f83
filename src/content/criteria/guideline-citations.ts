import type { Citation } from '../../domain/criteria/criteria-types.ts';

/**
 * Our guideline documents (src/content/guidelines/*.md). A criterion cites a numbered section
 * of one of them; guideline-citations.test.ts checks that the section exists in the file and
 * that the file states the same version. A new guideline version is a new criteria set
 * version too, so old decisions stay reproducible.
 */
export const guidelines = {
  interventionalPain: { guideline: 'Priora MSK Interventional Pain Guideline', version: '2026.1', file: 'msk-interventional-pain.md' },
  spineSurgery: { guideline: 'Priora MSK Spine Surgery Guideline', version: '2026.1', file: 'msk-spine-surgery.md' },
  jointSurgery: { guideline: 'Priora MSK Joint Surgery Guideline', version: '2026.1', file: 'msk-joint-surgery.md' },
  // Version 2026.2 of the MSK guidelines: the whole spine, hip and shoulder, facet, ablation and
  // sacroiliac procedures. A new file per version, so cases citing 2026.1 still find their text.
  interventionalPain2: { guideline: 'Priora MSK Interventional Pain Guideline', version: '2026.2', file: 'msk-interventional-pain-2026.2.md' },
  spineSurgery2: { guideline: 'Priora MSK Spine Surgery Guideline', version: '2026.2', file: 'msk-spine-surgery-2026.2.md' },
  jointSurgery2: { guideline: 'Priora MSK Joint Surgery Guideline', version: '2026.2', file: 'msk-joint-surgery-2026.2.md' },
  breastRadiation: { guideline: 'Priora Radiation Oncology Breast Guideline', version: '2026.1', file: 'radiation-oncology-breast.md' },
  prostateRadiation: { guideline: 'Priora Radiation Oncology Prostate Guideline', version: '2026.1', file: 'radiation-oncology-prostate.md' },
  lungRadiation: { guideline: 'Priora Radiation Oncology Lung Guideline', version: '2026.1', file: 'radiation-oncology-lung.md' },
  boneMetastasesRadiation: { guideline: 'Priora Radiation Oncology Bone Metastases Guideline', version: '2026.1', file: 'radiation-oncology-bone-metastases.md' },
  brainMetastasesRadiation: { guideline: 'Priora Radiation Oncology Brain Metastases Guideline', version: '2026.1', file: 'radiation-oncology-brain-metastases.md' },
  generalRadiation: { guideline: 'Priora Radiation Oncology General Guideline', version: '2026.1', file: 'radiation-oncology-general.md' },
  durableMedicalEquipment: { guideline: 'Priora Durable Medical Equipment Guideline', version: '2026.1', file: 'durable-medical-equipment.md' },
  // 2026.2 adds the criteria of every DME category (dme-equipment v2); 2026.1 stays for v1.
  durableMedicalEquipment2: { guideline: 'Priora Durable Medical Equipment Guideline', version: '2026.2', file: 'durable-medical-equipment-2026.2.md' },
  advancedImaging: { guideline: 'Priora Advanced Imaging Guideline', version: '2026.1', file: 'radiology-advanced-imaging.md' },
  cardiacImaging: { guideline: 'Priora Cardiac Imaging and Catheterization Guideline', version: '2026.1', file: 'cardiac-imaging.md' },
  sleepDisorders: { guideline: 'Priora Sleep Disorders Guideline', version: '2026.1', file: 'sleep-disorders.md' },
  labGeneticTesting: { guideline: 'Priora Lab Management Genetic Testing Guideline', version: '2026.1', file: 'lab-genetic-testing.md' },
  gastroenterology: { guideline: 'Priora Gastroenterology Endoscopy Guideline', version: '2026.1', file: 'gastroenterology-endoscopy.md' },
  oncologyPathways: { guideline: 'Priora Medical Oncology Pathways Guideline', version: '2026.1', file: 'medical-oncology-pathways.md' },
  specialtyDrugs: { guideline: 'Priora Medical Specialty Drugs Guideline', version: '2026.1', file: 'medical-specialty-drugs.md' },
  pharmacyDrugs: { guideline: 'Priora Pharmacy Drugs Guideline', version: '2026.1', file: 'pharmacy-drugs.md' },
} as const;

export type GuidelineKey = keyof typeof guidelines;

/** A citation function for one guideline: cite('3.2'). */
export function citing(key: GuidelineKey): (section: string) => Citation {
  const { guideline, version } = guidelines[key];
  return (section) => ({ guideline, version, section });
}
