import type { Answers } from '../../domain/questionnaires/answers.ts';

/**
 * Realistic interventional pain answer sets that meet every criterion (test support, not runtime
 * code), shared by the content tests and the integration tests that submit whole requests.
 */

/** Cervical ESI: a first interlaminar injection for arm pain, with an MRI two months before. */
export const cervicalEsiFirstInjection: Answers = {
  reason: 'neck-back-pain',
  region: 'cervical',
  injectate: ['anesthetic', 'corticosteroid'],
  levels: 1,
  'esi-6-months': 0,
  'esi-12-months': 0,
  'exam-findings': ['radiating-pain', 'spurling', 'sensation'],
  'imaging-confirms': 'yes',
  'imaging-date': '2026-01-12',
  'conservative-weeks': 7,
  rehabilitation: 'yes',
  'facet-same-session': false,
};

/** Facet: a first diagnostic medial branch block at two levels on both sides. */
export const facetFirstBlock: Answers = {
  purpose: 'diagnostic',
  side: 'both',
  levels: 2,
  'exam-findings': ['loading-pain', 'tenderness'],
  'conservative-weeks': 6,
  'earlier-blocks': 0,
  'epidural-same-session': false,
};

/** Facet: the second diagnostic block, after a first one with 85% relief. */
export const facetSecondBlock: Answers = { ...facetFirstBlock, 'earlier-blocks': 1, 'previous-block-relief': 85 };

/** Ablation: two levels on the right after two blocks with at least 80% relief, none before. */
export const firstAblation: Answers = {
  side: 'right',
  joints: 2,
  'diagnostic-blocks': 2,
  'previous-ablation': false,
};

/** Sacroiliac joint: a first diagnostic injection on the left, 3 of 5 tests positive. */
export const sacroiliacDiagnostic: Answers = {
  side: 'left',
  'provocation-tests': ['distraction', 'thigh-thrust', 'sacral-thrust'],
  'conservative-weeks': 5,
  'injection-kind': 'diagnostic',
};
