import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radoncBreastQuestionnaireV1 as questionnaire } from '../questionnaires/radonc-breast.v1.ts';
import { decide } from './decide.testing.ts';
import { radoncBreastCriteriaV1 as criteria } from './radonc-breast.v1.ts';

const dateOfService = '2026-06-01';

/**
 * The seeds' "Criteria Met" example: phase 1 in 25 fractions, phase 2 (boost) in 5. Here a
 * left-sided T2 N1 cancer after lumpectomy, whole breast and nodes with 3D conformal
 * radiation, an electron boost, breath hold, and daily IGRT in the initial phase only.
 */
const wholeBreastWithNodes: Answers = {
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

/** Partial-breast irradiation with IMRT in 5 fractions for a small node-negative right-sided cancer. */
const partialBreast: Answers = {
  'distant-metastases': false,
  laterality: 'right',
  't-stage': 'T1',
  'n-stage': 'N0',
  intent: 'curative',
  surgery: 'lumpectomy',
  target: 'partial-breast',
  'initial-technique': 'imrt',
  'initial-fractions': 5,
  'breath-hold': false,
  'igrt-initial': true,
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'RCBREA');
const course = ['curative-non-metastatic', 'target-fits-surgery', 'post-mastectomy', 'partial-breast', 'regional-nodes'];

describe('breast radiation v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves each phase with its technique and fractions, and IGRT as a line of its own', () => {
    const decision = run(wholeBreastWithNodes);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      {
        code: 'RCBREA',
        codeSystem: 'PROGRAM',
        units: 25,
        description: 'Radiation therapy for breast cancer',
        phase: 'Phase 1: initial',
        technique: '3D conformal radiation therapy',
        fractions: 25,
        decidedBy: [...course, 'initial-fractions', 'initial-technique', 'breath-hold'],
      },
      {
        code: 'RCBREA',
        codeSystem: 'PROGRAM',
        units: 5,
        description: 'Radiation therapy for breast cancer',
        phase: 'Phase 2: boost',
        technique: 'Electrons',
        fractions: 5,
        decidedBy: [...course, 'boost'],
      },
      {
        code: '77387',
        codeSystem: 'CPT',
        units: 25,
        description: 'Image guidance to check the position before each treatment (IGRT)',
        phase: 'Phase 1: initial',
        fractions: 25,
        decidedBy: ['igrt-initial'],
      },
    ]);
  });

  it('approves partial-breast irradiation without a boost question', () => {
    const decision = run(partialBreast);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines.map((line) => [line.code, line.phase, line.technique, line.fractions])).toEqual([
      ['RCBREA', 'Phase 1: initial', 'Intensity-modulated radiation therapy (IMRT), including VMAT', 5],
      ['77387', 'Phase 1: initial', undefined, 5],
    ]);
  });

  it('sends 25 fractions to the whole breast without nodes to review: hypofractionation allows 16', () => {
    const decision = run({ ...wholeBreastWithNodes, 't-stage': 'T1', 'n-stage': 'N0', 'regional-nodes': false, 'igrt-initial': false });
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['initial-fractions']);
    expect(run({ ...wholeBreastWithNodes, 't-stage': 'T1', 'n-stage': 'N0', 'regional-nodes': false, 'igrt-initial': false, 'initial-fractions': 16 }).evaluation.result).toBe('met');
  });

  it('decides IGRT apart: IGRT for an electron boost goes to review while the phases still meet their criteria', () => {
    const decision = run({ ...wholeBreastWithNodes, 'igrt-boost': true });
    expect(decision.evaluation.openCriteria).toEqual(['igrt-boost']);
    expect(decision.outcome('igrt-boost')?.reason).toBe('Boost technique: Electrons; needed one of 3D conformal photons, IMRT photons');
    expect(decision.lines.map((line) => [line.code, line.phase])).toEqual([
      ['RCBREA', 'Phase 1: initial'],
      ['RCBREA', 'Phase 2: boost'],
      ['77387', 'Phase 1: initial'],
      ['77387', 'Phase 2: boost'],
    ]);
  });

  it('leaves metastatic disease and chest-wall treatment without indication to a reviewer', () => {
    expect(run({ ...wholeBreastWithNodes, 'distant-metastases': true }).evaluation.openCriteria).toEqual(['curative-non-metastatic']);
    const mastectomy = { ...wholeBreastWithNodes, surgery: 'mastectomy', target: 'chest-wall', 't-stage': 'T1', 'n-stage': 'N0', 'regional-nodes': false, boost: false };
    const decision = run(mastectomy);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['post-mastectomy']);
  });
});
