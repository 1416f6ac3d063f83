import type { Answers } from '../../domain/questionnaires/answers.ts';

/**
 * Realistic answer sets that meet every criterion, shared by the content tests and the
 * integration tests that submit whole requests (test support, not runtime code).
 */

/** Lumbar ESI: a first interlaminar injection for radiculopathy after two months of therapy. */
export const lumbarEsiFirstInjection: Answers = {
  reason: 'low-back-pain',
  injectate: ['anesthetic', 'corticosteroid'],
  levels: 1,
  'esi-6-months': 0,
  'esi-12-months': 0,
  'exam-findings': ['radiating-pain', 'straight-leg-raise', 'reflexes'],
  'imaging-confirms': 'yes',
  'conservative-weeks': 8,
  rehabilitation: 'yes',
  'facet-same-session': false,
};

/**
 * Breast radiation, the seeds' "Criteria Met" example: a left-sided T2 N1 cancer after lumpectomy,
 * whole breast and nodes with 3D conformal radiation in 25 fractions, an electron boost in 5,
 * breath hold, and daily IGRT in the initial phase only.
 */
export const breastWholeWithNodes: Answers = {
  'distant-metastases': false,
  laterality: 'left',
  't-stage': 'T2',
  'n-stage': 'N1',
  intent: 'curative',
  surgery: 'lumpectomy',
  target: 'whole-breast',
  'regional-nodes': true,
  'initial-technique': '3d-conformal',
  'initial-fractions': 25,
  boost: true,
  'boost-technique': 'electrons',
  'boost-fractions': 5,
  'breath-hold': true,
  'igrt-initial': true,
  'igrt-boost': false,
};

// HCPCS Level II long descriptions (CMS, public domain), as the code look-up returns them.
export const hospitalBed = { code: 'E0260', display: 'Hospital bed, semi-electric (head and foot adjustment), with any type side rails, with mattress' };
export const oxygenConcentrator = {
  code: 'E1390',
  display: 'Oxygen concentrator, single delivery port, capable of delivering 85 percent or greater oxygen concentration at the prescribed flow rate',
};

/** DME v1: a hospital bed and an oxygen concentrator, both rented, for a patient about to leave hospital. */
export const dmeBedAndOxygenV1: Answers = {
  equipment: [
    { hcpcs: hospitalBed, units: 1, acquisition: 'rental', 'rental-months': 10, 'used-before': 'no' },
    { hcpcs: oxygenConcentrator, units: 1, acquisition: 'rental', 'rental-months': 36, 'used-before': 'yes' },
  ],
  'discharge-pending': true,
  'admitting-diagnosis': { code: 'J44.1', display: 'Chronic obstructive pulmonary disease with (acute) exacerbation' },
  'expected-discharge': '2026-04-03',
  'office-visit-date': '2026-03-20',
  documents: ['written-order', 'medical-necessity', 'visit-notes', 'invoice', 'history-exam'],
};

/**
 * DME as new requests are asked it (v2): the same bed and concentrator for the same patient, a
 * COPD flare with a PaO2 of 52 the day before discharge, the head of the bed raised for breathing;
 * the discharge is pending and the oxygen was decided by phone.
 */
export const dmeBedAndOxygen: Answers = {
  categories: ['oxygen', 'hospital-bed'],
  equipment: (dmeBedAndOxygenV1.equipment as Answers[]).map((line) => ({ ...line })),
  'oxygen-test-kind': 'abg',
  'oxygen-pao2': 52,
  'oxygen-test-activity': 'rest',
  'oxygen-test-date': '2026-03-31',
  'oxygen-test-setting': 'before-discharge',
  'oxygen-heart-findings': ['none'],
  'oxygen-other-treatments': 'yes',
  'oxygen-moves-about': 'no',
  'bed-needs': ['head-raised', 'positioning'],
  'bed-position-changes': 'yes',
  'patient-weight': 182,
  'discharge-status': 'pending',
  'admitting-diagnosis': { code: 'J44.1', display: 'Chronic obstructive pulmonary disease with (acute) exacerbation' },
  'expected-discharge': '2026-04-03',
  'oxygen-phone-decision': 'decided',
  'office-visit-date': '2026-03-20',
  documents: ['written-order', 'medical-necessity', 'visit-notes', 'invoice', 'history-exam'],
};

/** Radiology, brain: a new headache at 58 that wakes the patient at night, never imaged: MRI without contrast. */
export const headacheWithWarningSigns: Answers = {
  indication: 'headache',
  'headache-features': ['new-after-50', 'positional'],
  'prior-imaging': 'no',
};

/** Sleep study: snoring, witnessed pauses and daytime sleepiness, seen in clinic last month, no other illness. */
export const typicalApnea: Answers = {
  'evaluation-date': '2026-04-14',
  'apnea-signs': ['snoring', 'witnessed-apneas', 'sleepiness', 'obesity'],
  'home-test-unsuitable': ['none'],
  'prior-study': 'no',
};

/** Sleep study: the same patient with heart failure, so the study is done in a sleep lab (a home test goes to review). */
export const typicalApneaWithHeartFailure: Answers = { ...typicalApnea, 'home-test-unsuitable': ['cardiopulmonary'] };

/** Sleep apnea devices: moderate apnea (AHI 22) on a home test, starting CPAP with a humidifier and a full face mask. */
export const startingCpap: Answers = {
  'diagnostic-study-type': 'home',
  'diagnostic-study-date': '2026-04-20',
  ahi: 22,
  'apnea-conditions': ['sleepiness'],
  'central-events': 'no',
  'prior-cpap': 'never',
  'therapy-stage': 'start',
  'done-before-device': ['evaluation', 'education'],
  accessories: ['E0562', 'A7030'],
};

/** Hereditary cancer testing: triple-negative breast cancer at 44, an aunt with ovarian cancer, counseled before testing. */
export const tripleNegativeAt44: Answers = {
  'personal-cancer': true,
  'personal-history': ['breast-50', 'triple-negative'],
  'family-history': ['relative-ovarian'],
  'familial-variant': 'no',
  'risk-model': 'not-done',
  'previous-testing': 'none',
  counseling: 'done',
  'result-use': ['treatment', 'screening', 'relatives'],
};

/** Hereditary cancer testing: no cancer herself; her sister has a known BRCA2 variant (full analysis goes to review). */
export const sisterHasVariant: Answers = {
  'personal-cancer': false,
  'family-history': ['relative-breast-50'],
  'familial-variant': 'yes',
  'risk-model': 'not-done',
  'previous-testing': 'none',
  counseling: 'scheduled',
  'result-use': ['screening'],
};

/** Colonoscopy: three years after an advanced adenoma (a 12 mm tubulovillous polyp) was removed at a complete colonoscopy. */
export const afterAdvancedAdenoma: Answers = {
  indication: 'polyp-surveillance',
  'age-years': 58,
  'previous-colonoscopy': true,
  'last-colonoscopy': '2023-05-15',
  'last-complete': 'yes',
  'polyp-finding': 'advanced-adenoma',
};

/** Colonoscopy: a 52-year-old with rectal bleeding and iron-deficiency anemia, never scoped. */
export const rectalBleeding: Answers = { indication: 'diagnostic', 'age-years': 52, 'previous-colonoscopy': false, findings: ['rectal-bleeding', 'iron-deficiency'] };

// Medical oncology drugs as the drug look-up gives them.
export const pembrolizumab = { code: 'J9271', display: 'Pembrolizumab (Keytruda)' };
export const carboplatin = { code: 'J9045', display: 'Carboplatin' };
export const pemetrexed = { code: 'J9305', display: 'Pemetrexed' };

/** Medical oncology: first-line pembrolizumab for metastatic lung adenocarcinoma with PD-L1 of 80% and no driver: 200 mg every 21 days × 6. */
export const pembrolizumabAlone: Answers = {
  'cancer-type': 'nsclc',
  stage: 'metastatic',
  line: 'first',
  'nsclc-histology': 'nonsquamous',
  'driver-alteration': 'none',
  pdl1: 'high',
  'nsclc-regimen': 'nsclc-pembrolizumab',
  ecog: '1',
  'weight-kg': 72,
  bsa: 1.85,
  'cycle-days': 21,
  drugs: [{ drug: pembrolizumab, 'dose-basis': 'mg', dose: 200, 'doses-per-cycle': 1, cycles: 6 }],
};

/** Medical oncology: carboplatin (AUC 5, 650 mg) × 4, pemetrexed 500 mg/m² × 6 and pembrolizumab × 6 for PD-L1 1–49%. */
export const carboplatinPemetrexedPembrolizumab: Answers = {
  ...pembrolizumabAlone,
  pdl1: 'low',
  'nsclc-regimen': 'nsclc-carboplatin-pemetrexed-pembrolizumab',
  ecog: '0',
  bsa: 1.8,
  drugs: [
    { drug: carboplatin, 'dose-basis': 'mg', dose: 650, 'doses-per-cycle': 1, cycles: 4 },
    { drug: pemetrexed, 'dose-basis': 'mg-m2', dose: 500, 'doses-per-cycle': 1, cycles: 6 },
    { drug: pembrolizumab, 'dose-basis': 'mg', dose: 200, 'doses-per-cycle': 1, cycles: 6 },
  ],
};

/** Denosumab: postmenopausal osteoporosis, T-score −2.8, a vertebral fracture on alendronate: 60 mg every 6 months, two doses, in the office. */
export const denosumabPostmenopausal: Answers = {
  indication: 'osteoporosis-postmenopausal',
  'fracture-risk': ['t-score', 'fracture'],
  bisphosphonate: 'failed',
  'calcium-ok': 'yes',
  'other-bone-drug': false,
  'dose-mg': 60,
  'interval-weeks': 26,
  doses: 2,
  'site-of-care': 'office',
};

/** Pharmacy: semaglutide for type 2 diabetes after metformin did not control it: one pen (four weekly doses) per fill, for a year. */
export const semaglutide: Answers = {
  'drug-name': 'Semaglutide (Ozempic)',
  strength: '1 mg/0.74 mL pen',
  quantity: 1,
  'days-supply': 28,
  start: 'new',
  'indication-support': 'labeled',
  alternatives: 'failed',
  'alternatives-detail': 'Metformin 1000 mg twice daily for 9 months; HbA1c still 8.4%.',
  'within-quantity-limit': 'yes',
  'dose-within-label': 'yes',
  months: 12,
};
