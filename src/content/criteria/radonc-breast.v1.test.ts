import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radoncBreastQuestionnaireV1 as questionnaire } from '../questionnaires/radonc-breast.v1.ts';
import { decide } from './decide.testing.ts';
import { radoncBreastCriteriaV1 as criteria } from './radonc-breast.v1.ts';
import { breastWholeWithNodes } from './sample-answers.testing.ts';

const dateOfService = '2026-06-01';

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
    const decision = run(breastWholeWithNodes);
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
    const decision = run({ ...breastWholeWithNodes, 't-stage': 'T1', 'n-stage': 'N0', 'regional-nodes': false, 'igrt-initial': false });
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['initial-fractions']);
    expect(run({ ...breastWholeWithNodes, 't-stage': 'T1', 'n-stage': 'N0', 'regional-nodes': false, 'igrt-initial': false, 'initial-fractions': 16 }).evaluation.result).toBe('met');
  });

  it('decides IGRT apart: IGRT for an electron boost goes to review while the phases still meet their criteria', () => {
    const decision = run({ ...breastWholeWithNodes, 'igrt-boost': true });
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
    expect(run({ ...breastWholeWithNodes, 'distant-metastases': true }).evaluation.openCriteria).toEqual(['curative-non-metastatic']);
    const mastectomy = { ...breastWholeWithNodes, surgery: 'mastectomy', target: 'chest-wall', 't-stage': 'T1', 'n-stage': 'N0', 'regional-nodes': false, boost: false };
    const decision = run(mastectomy);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['post-mastectomy']);
  });
});
