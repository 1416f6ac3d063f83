import { describe, expect, it } from 'vitest';
import { alternativesFor } from '../../domain/criteria/alternatives.ts';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radoncProstateQuestionnaireV1 as questionnaire } from '../questionnaires/radonc-prostate.v1.ts';
import { decide } from './decide.testing.ts';
import { radoncProstateCriteriaV1 as criteria } from './radonc-prostate.v1.ts';

const dateOfService = '2026-06-01';

/** Unfavorable intermediate risk, definitive IMRT in 28 fractions (70 Gy) with a short course of ADT and daily IGRT. */
const intermediateRiskImrt: Answers = {
  'distant-metastases': 'no',
  'prior-pelvic-radiation': 'no',
  intent: 'definitive',
  'risk-group': 'unfavorable-intermediate',
  adt: 'yes',
  'initial-technique': 'imrt',
  'initial-fractions': 28,
  'pelvic-nodes': false,
  boost: false,
  igrt: true,
};

/** High risk: IMRT to the prostate and pelvic nodes in 25 fractions, then a high-dose-rate boost in 1, with long-term ADT. */
const highRiskWithBoost: Answers = {
  ...intermediateRiskImrt,
  'risk-group': 'high',
  'initial-fractions': 25,
  'pelvic-nodes': true,
  boost: true,
  'boost-technique': 'hdr-brachytherapy',
  'boost-fractions': 1,
};

/** Salvage IMRT to the prostate bed and pelvic nodes for a rising PSA, 35 fractions. */
const salvage: Answers = {
  'distant-metastases': 'no',
  'prior-pelvic-radiation': 'no',
  intent: 'salvage',
  'psa-rising': 'yes',
  adt: 'yes',
  'initial-technique': 'imrt',
  'initial-fractions': 35,
  'pelvic-nodes': true,
  igrt: true,
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'RCPROS');
const offered = (answers: Answers) => alternativesFor(criteria, answers, { questionnaire, dateOfService, procedureCode: 'RCPROS' });
const course = ['no-distant-metastases', 'no-prior-pelvic-radiation', 'definitive-risk-group', 'adjuvant-findings', 'salvage-psa', 'hormone-therapy', 'pelvic-nodes'];
const imrt = 'Intensity-modulated radiation therapy (IMRT), including VMAT';
const igrtDescription = 'Image guidance to check the position before each treatment (IGRT)';

describe('prostate radiation v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves moderately hypofractionated IMRT, with IGRT as a line of its own, and offers no alternative', () => {
    const decision = run(intermediateRiskImrt);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      {
        code: 'RCPROS',
        codeSystem: 'PROGRAM',
        units: 28,
        description: 'Radiation therapy for prostate cancer',
        phase: 'Phase 1: initial',
        technique: imrt,
        fractions: 28,
        decidedBy: [...course, 'technique', 'sbrt', 'brachytherapy-alone', 'fractions-before-boost', 'intact-prostate-fractions', 'pelvic-nodes-fractions', 'post-prostatectomy-fractions'],
      },
      { code: '77387', codeSystem: 'CPT', units: 28, description: igrtDescription, phase: 'Phase 1: initial', fractions: 28, decidedBy: ['igrt'] },
    ]);
    expect(offered(intermediateRiskImrt)).toEqual([]);
  });

  it('approves external beam to the pelvis with a brachytherapy boost as a second phase', () => {
    const decision = run(highRiskWithBoost);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines.map((line) => [line.code, line.phase, line.technique, line.fractions])).toEqual([
      ['RCPROS', 'Phase 1: initial', imrt, 25],
      ['RCPROS', 'Phase 2: brachytherapy boost', 'High-dose-rate brachytherapy', 1],
      ['77387', 'Phase 1: initial', undefined, 25],
    ]);
  });

  it('approves salvage radiation after prostatectomy and SBRT in 5 fractions for favorable intermediate risk', () => {
    const decision = run(salvage);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    const sbrt: Answers = { ...intermediateRiskImrt, 'risk-group': 'favorable-intermediate', adt: 'no', 'initial-technique': 'sbrt', 'initial-fractions': 5 };
    const { boost: _boost, ...sbrtAnswers } = sbrt;
    const stereotactic = run(sbrtAnswers);
    expect(stereotactic.problems).toEqual([]);
    expect(stereotactic.stray).toEqual([]);
    expect(stereotactic.evaluation.result).toBe('met');
    expect(stereotactic.lines.map((line) => [line.code, line.technique, line.fractions])).toEqual([
      ['RCPROS', 'Stereotactic body radiation therapy (SBRT)', 5],
      ['77387', undefined, 5],
    ]);
  });

  it('sends a conventional course to the intact prostate to review, offering moderate hypofractionation', () => {
    const conventional = { ...intermediateRiskImrt, 'initial-fractions': 40 };
    const decision = run(conventional);
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['intact-prostate-fractions']);
    expect(decision.outcome('intact-prostate-fractions')?.reason).toBe('Initial fractions: 40; needed at most 28');
    const [alternative, ...others] = offered(conventional);
    expect(others).toEqual([]);
    expect(alternative).toMatchObject({ id: 'moderate-hypofractionation', citation: { guideline: 'Priora Radiation Oncology Prostate Guideline', section: '7.1' } });
    expect(alternative?.lines.map((line) => [line.code, line.technique, line.fractions, line.units])).toEqual([
      ['RCPROS', imrt, 20, 20],
      ['77387', undefined, 20, 20],
    ]);
  });

  it('offers no alternative when the request also fails on something the alternative does not change', () => {
    const conventional = { ...intermediateRiskImrt, 'initial-fractions': 40, 'distant-metastases': 'yes' };
    expect(run(conventional).evaluation.openCriteria).toEqual(['no-distant-metastases', 'intact-prostate-fractions']);
    expect(offered(conventional)).toEqual([]);
  });

  it('sends proton therapy to review, offering IMRT in the same fractions', () => {
    const protons = { ...highRiskWithBoost, 'initial-technique': 'proton' };
    const decision = run(protons);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['technique']);
    const [alternative] = offered(protons);
    expect(alternative?.id).toBe('photons-instead-of-protons');
    expect(alternative?.lines.map((line) => [line.phase, line.technique, line.fractions])).toEqual([
      ['Phase 1: initial', imrt, 25],
      ['Phase 2: brachytherapy boost', 'High-dose-rate brachytherapy', 1],
      ['Phase 1: initial', undefined, 25],
    ]);
  });

  it('leaves very low risk, high risk without hormone therapy, high-risk SBRT and unknown spread to a reviewer, saying why', () => {
    expect(run({ ...intermediateRiskImrt, 'risk-group': 'very-low' }).evaluation.openCriteria).toEqual(['definitive-risk-group']);

    const noAdt = run({ ...highRiskWithBoost, adt: 'no' });
    expect(noAdt.evaluation.openCriteria).toEqual(['hormone-therapy']);
    expect(noAdt.outcome('hormone-therapy')?.reason).toBe('Hormone therapy (ADT): No; needed Yes');

    const { boost: _boost, ...external } = intermediateRiskImrt;
    const highRiskSbrt = run({ ...external, 'risk-group': 'high', 'initial-technique': 'sbrt', 'initial-fractions': 5 });
    expect(highRiskSbrt.problems).toEqual([]);
    expect(highRiskSbrt.evaluation.openCriteria).toEqual(['sbrt']);
    expect(highRiskSbrt.outcome('sbrt')?.reason).toBe('Risk group: High risk (T3a, Grade Group 4 or 5, or PSA over 20); needed one of Low risk (T1 to T2a, Grade Group 1, PSA under 10), Favorable intermediate risk, Unfavorable intermediate risk');

    const unknownSpread = run({ ...intermediateRiskImrt, 'distant-metastases': 'unknown' });
    expect(unknownSpread.evaluation.result).toBe('unknown');
    expect(unknownSpread.evaluation.openCriteria).toEqual(['no-distant-metastases']);
    expect(unknownSpread.outcome('no-distant-metastases')?.reason).toBe('Distant metastases: answered “Unknown”');
  });

  it('leaves adjuvant treatment without adverse findings, and earlier pelvic radiation, to a reviewer', () => {
    const { 'psa-rising': _psa, ...afterSurgery } = salvage;
    expect(run({ ...afterSurgery, intent: 'adjuvant', 'adverse-pathology': 'no' }).evaluation.openCriteria).toEqual(['adjuvant-findings']);
    expect(run({ ...salvage, 'prior-pelvic-radiation': 'yes' }).evaluation.openCriteria).toEqual(['no-prior-pelvic-radiation']);
  });
});
