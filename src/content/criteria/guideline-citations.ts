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
  breastRadiation: { guideline: 'Priora Radiation Oncology Breast Guideline', version: '2026.1', file: 'radiation-oncology-breast.md' },
  durableMedicalEquipment: { guideline: 'Priora Durable Medical Equipment Guideline', version: '2026.1', file: 'durable-medical-equipment.md' },
} as const;

export type GuidelineKey = keyof typeof guidelines;

/** A citation function for one guideline: cite('3.2'). */
export function citing(key: GuidelineKey): (section: string) => Citation {
  const { guideline, version } = guidelines[key];
  return (section) => ({ guideline, version, section });
}
