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
