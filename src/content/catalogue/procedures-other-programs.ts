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

  // Gastroenterology
  { programCode: 'GI', code: '43235', codeSystem: 'CPT', description: 'Upper endoscopy (esophagus, stomach and duodenum) to look, without a procedure' },
  { programCode: 'GI', code: '43239', codeSystem: 'CPT', description: 'Upper endoscopy with tissue sampling (biopsy)' },
  { programCode: 'GI', code: '45378', codeSystem: 'CPT', description: 'Colonoscopy to look, without a procedure' },
  { programCode: 'GI', code: '91110', codeSystem: 'CPT', description: 'Swallowed camera capsule imaging of the small bowel' },

  // Lab management
  { programCode: 'LAB', code: '81162', codeSystem: 'CPT', description: 'BRCA1 and BRCA2 hereditary breast and ovarian cancer gene testing, full analysis' },
  { programCode: 'LAB', code: '81225', codeSystem: 'CPT', description: 'CYP2C19 gene test for how the body processes certain drugs' },
  { programCode: 'LAB', code: '81415', codeSystem: 'CPT', description: 'Whole exome sequencing of the patient' },
  { programCode: 'LAB', code: '81519', codeSystem: 'CPT', description: 'Breast cancer recurrence risk score from a 21-gene tumor panel' },
  { programCode: 'LAB', code: '81479', codeSystem: 'CPT', description: 'Molecular genetic test with no specific code' },

  // Medical oncology pathways (dose units from the CMS descriptions)
  { programCode: 'MED_ONC', code: 'J9271', codeSystem: 'HCPCS', description: 'Injection, pembrolizumab, 1 mg' },
  { programCode: 'MED_ONC', code: 'J9299', codeSystem: 'HCPCS', description: 'Injection, nivolumab, 1 mg' },
  { programCode: 'MED_ONC', code: 'J9355', codeSystem: 'HCPCS', description: 'Injection, trastuzumab, excludes biosimilar, 10 mg' },
  { programCode: 'MED_ONC', code: 'J9035', codeSystem: 'HCPCS', description: 'Injection, bevacizumab, 10 mg' },

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
