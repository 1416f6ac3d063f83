import type { ProcedureDefinition } from './catalogue-types.ts';

/**
 * A few procedures each for the programs the seeds name but do not show in detail, enough
 * for the wizard to offer something real. CPT numbers carry our own wording; HCPCS codes use
 * the CMS description (public domain), shortened where the CMS text is only a dose unit.
 */
export const otherProgramProcedures: readonly ProcedureDefinition[] = [
  // Sleep management
  { programCode: 'SLEEP', code: '95810', codeSystem: 'CPT', description: 'Overnight sleep study in a sleep lab, attended by a technologist' },
  { programCode: 'SLEEP', code: '95811', codeSystem: 'CPT', description: 'Overnight sleep study in a sleep lab with CPAP pressure adjustment' },
  { programCode: 'SLEEP', code: '95800', codeSystem: 'CPT', description: 'Home sleep apnea test with a portable monitor, unattended' },
  { programCode: 'SLEEP', code: '95806', codeSystem: 'CPT', description: 'Home sleep test recording breathing effort and airflow, unattended' },
  {
    programCode: 'SLEEP',
    code: 'G0399',
    codeSystem: 'HCPCS',
    description: 'Home sleep test (hst) with type iii portable monitor, unattended; minimum of 4 channels: 2 respiratory movement/airflow, 1 ecg/heart rate and 1 oxygen saturation',
  },
  { programCode: 'SLEEP', code: 'E0601', codeSystem: 'HCPCS', description: 'Continuous positive airway pressure (cpap) device' },
  {
    programCode: 'SLEEP',
    code: 'E0470',
    codeSystem: 'HCPCS',
    description:
      'Respiratory assist device, bi-level pressure capability, without backup rate feature, used with noninvasive interface, e.g., nasal or facial mask (intermittent assist device with continuous positive airway pressure device)',
  },
  {
    programCode: 'SLEEP',
    code: 'E0486',
    codeSystem: 'HCPCS',
    description: 'Oral device/appliance used to reduce upper airway collapsibility, adjustable or non-adjustable, custom fabricated, includes fitting and adjustment',
  },
  // Accessories the sleep apnea device questionnaire adds as lines of their own.
  { programCode: 'SLEEP', code: 'E0562', codeSystem: 'HCPCS', description: 'Humidifier, heated, used with positive airway pressure device' },
  { programCode: 'SLEEP', code: 'A7030', codeSystem: 'HCPCS', description: 'Full face mask used with positive airway pressure device, each' },
  {
    programCode: 'SLEEP',
    code: 'A7034',
    codeSystem: 'HCPCS',
    description: 'Nasal interface (mask or cannula type) used with positive airway pressure device, with or without head strap',
  },

  // Gastroenterology
  { programCode: 'GI', code: '43235', codeSystem: 'CPT', description: 'Upper endoscopy (esophagus, stomach and duodenum) to look, without a procedure' },
  { programCode: 'GI', code: '43239', codeSystem: 'CPT', description: 'Upper endoscopy with tissue sampling (biopsy)' },
  { programCode: 'GI', code: '45378', codeSystem: 'CPT', description: 'Colonoscopy to look, without a procedure' },
  { programCode: 'GI', code: '91110', codeSystem: 'CPT', description: 'Swallowed camera capsule imaging of the small bowel' },

  // Lab management
  { programCode: 'LAB', code: '81162', codeSystem: 'CPT', description: 'BRCA1 and BRCA2 hereditary breast and ovarian cancer gene testing, full analysis' },
  { programCode: 'LAB', code: '81163', codeSystem: 'CPT', description: 'BRCA1 and BRCA2 gene sequencing, full, without the deletion and duplication analysis' },
  { programCode: 'LAB', code: '81432', codeSystem: 'CPT', description: 'Hereditary breast, ovarian and endometrial cancer gene panel, 10 or more genes including BRCA1 and BRCA2' },
  { programCode: 'LAB', code: '81225', codeSystem: 'CPT', description: 'CYP2C19 gene test for how the body processes certain drugs' },
  { programCode: 'LAB', code: '81226', codeSystem: 'CPT', description: 'CYP2D6 gene test for how the body processes certain drugs' },
  { programCode: 'LAB', code: '81227', codeSystem: 'CPT', description: 'CYP2C9 gene test for how the body processes certain drugs' },
  { programCode: 'LAB', code: '81232', codeSystem: 'CPT', description: 'DPYD gene test before fluorouracil or capecitabine' },
  { programCode: 'LAB', code: '81335', codeSystem: 'CPT', description: 'TPMT gene test before azathioprine, mercaptopurine or thioguanine' },
  { programCode: 'LAB', code: '81415', codeSystem: 'CPT', description: 'Whole exome sequencing of the patient' },
  { programCode: 'LAB', code: '81416', codeSystem: 'CPT', description: 'Whole exome sequencing of a parent or other relative, to compare with the patient' },
  { programCode: 'LAB', code: '81519', codeSystem: 'CPT', description: 'Breast cancer recurrence risk score from a 21-gene tumor panel' },
  { programCode: 'LAB', code: '81479', codeSystem: 'CPT', description: 'Molecular genetic test with no specific code' },

  // Medical oncology pathways (dose units from the CMS descriptions)
  { programCode: 'MED_ONC', code: 'J9271', codeSystem: 'HCPCS', description: 'Injection, pembrolizumab, 1 mg' },
  { programCode: 'MED_ONC', code: 'J9299', codeSystem: 'HCPCS', description: 'Injection, nivolumab, 1 mg' },
  { programCode: 'MED_ONC', code: 'J9355', codeSystem: 'HCPCS', description: 'Injection, trastuzumab, excludes biosimilar, 10 mg' },
  { programCode: 'MED_ONC', code: 'J9035', codeSystem: 'HCPCS', description: 'Injection, bevacizumab, 10 mg' },
  { programCode: 'MED_ONC', code: 'J9306', codeSystem: 'HCPCS', description: 'Injection, pertuzumab, 1 mg' },
  { programCode: 'MED_ONC', code: 'J9045', codeSystem: 'HCPCS', description: 'Injection, carboplatin, 50 mg' },
  { programCode: 'MED_ONC', code: 'J9305', codeSystem: 'HCPCS', description: 'Injection, pemetrexed, not otherwise specified, 10 mg' },
  { programCode: 'MED_ONC', code: 'J9267', codeSystem: 'HCPCS', description: 'Injection, paclitaxel, 1 mg' },
  { programCode: 'MED_ONC', code: 'J9171', codeSystem: 'HCPCS', description: 'Injection, docetaxel, 1 mg' },
  { programCode: 'MED_ONC', code: 'J9263', codeSystem: 'HCPCS', description: 'Injection, oxaliplatin, 0.5 mg' },
  { programCode: 'MED_ONC', code: 'J0640', codeSystem: 'HCPCS', description: 'Injection, leucovorin calcium, per 50 mg' },
  { programCode: 'MED_ONC', code: 'J9190', codeSystem: 'HCPCS', description: 'Injection, fluorouracil, 500 mg' },

  // Medical specialty drugs
  { programCode: 'MED_DRUGS', code: 'J0897', codeSystem: 'HCPCS', description: 'Injection, denosumab, 1 mg' },
  { programCode: 'MED_DRUGS', code: 'J1745', codeSystem: 'HCPCS', description: 'Injection, infliximab, excludes biosimilar, 10 mg' },
  { programCode: 'MED_DRUGS', code: 'J0178', codeSystem: 'HCPCS', description: 'Injection, aflibercept, 1 mg' },
  { programCode: 'MED_DRUGS', code: 'J2350', codeSystem: 'HCPCS', description: 'Injection, ocrelizumab, 1 mg' },

  // Pharmacy drugs are identified by NDC, which has no place in this list; one program code
  // lets the wizard start the request and the questionnaire asks for the drug.
  {
    programCode: 'PHARMACY',
    code: 'PHARM',
    codeSystem: 'PROGRAM',
    description: 'Prescription drug from a pharmacy; the drug, strength and quantity are given in the questionnaire',
  },
];
