import { describe, expect, it } from 'vitest';
import { alternativesFor } from '../../domain/criteria/alternatives.ts';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { programProcedures } from '../catalogue/program-procedures.ts';
import { questionnaireFor } from '../questionnaires/questionnaire-registry.ts';
import { radoncGeneralQuestionnaireV1 as questionnaire } from '../questionnaires/radonc-general.v1.ts';
import { decide } from './decide.testing.ts';
import { radoncGeneralCriteriaV1 as criteria } from './radonc-general.v1.ts';

const dateOfService = '2026-06-01';

/** A painful adrenal metastasis treated for pain: one phase of 3D conformal radiation, 30 Gy in 10 fractions. */
const palliativeCourse: Answers = {
  intent: 'palliative',
  'prior-radiation': 'no',
  'phase-count': 1,
  'technique-1': '3d-conformal',
  'fractions-1': 10,
  'igrt-1': false,
};

/** Curative head and neck IMRT: 35 fractions in two phases, with daily IGRT in both. */
const curativeHeadAndNeck: Answers = {
  intent: 'curative',
  'prior-radiation': 'no',
  'phase-count': 2,
  'technique-1': 'imrt',
  'fractions-1': 25,
  'igrt-1': true,
  'technique-2': 'imrt',
  'fractions-2': 10,
  'igrt-2': true,
};

const run = (answers: Answers, code = 'RCMETS') => decide(questionnaire, criteria, answers, dateOfService, code);
const offered = (answers: Answers, code = 'RCMETS') => alternativesFor(criteria, answers, { questionnaire, dateOfService, procedureCode: code });
const plans = (answers: Answers) => offered(answers).map((alternative) => [alternative.id, alternative.lines.map((line) => [line.technique, line.fractions])]);
const course = ['palliative-intent', 'no-earlier-radiation', 'single-phase'];
const threeD = '3D conformal radiation therapy';

describe('radiation for other cancer types v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('is asked for every radiation oncology cancer type that has no questionnaire of its own, RCNONC and RCOTHR included', () => {
    const cancerTypes = programProcedures.filter((procedure) => procedure.programCode === 'RADONC' && procedure.codeSystem === 'PROGRAM').map((procedure) => procedure.code);
    const own: Record<string, string> = { RCBREA: 'radonc-breast', RCPROS: 'radonc-prostate', RCLUNG: 'radonc-lung', RCBONE: 'radonc-bone-metastases', RCBRAI: 'radonc-brain-metastases' };
    expect(cancerTypes).toEqual(expect.arrayContaining(['RCNONC', 'RCOTHR', ...Object.keys(own)]));
    for (const code of cancerTypes) {
      expect(questionnaireFor('RADONC', code)?.id, code).toBe(own[code] ?? 'radonc-general');
    }
    expect([...questionnaire.procedureCodes].sort()).toEqual(cancerTypes.filter((code) => !(code in own)).sort());
  });

  it('approves a single-phase palliative 3D course of up to 10 fractions, with the requested cancer type as the line', () => {
    const decision = run(palliativeCourse);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      { code: 'RCMETS', codeSystem: 'PROGRAM', units: 10, description: 'Radiation therapy', phase: 'Phase 1: initial', technique: threeD, fractions: 10, decidedBy: [...course, 'technique', 'fractions'] },
    ]);
    expect(offered(palliativeCourse)).toEqual([]);
    const electrons = run({ ...palliativeCourse, 'technique-1': 'electrons', 'fractions-1': 5 }, 'RCSKIN');
    expect(electrons.evaluation.result).toBe('met');
    expect(electrons.lines.map((line) => [line.code, line.technique, line.fractions])).toEqual([['RCSKIN', 'Electron beam therapy', 5]]);
  });

  it('refers a curative two-phase plan, naming each rule it does not meet, with a line per phase and IGRT per phase', () => {
    const decision = run(curativeHeadAndNeck, 'RCHENE');
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['palliative-intent', 'single-phase', 'technique', 'fractions']);
    expect(decision.outcome('palliative-intent')?.reason).toBe('Treatment intent: Curative (definitive) treatment; needed Palliative (to relieve or prevent symptoms)');
    expect(decision.outcome('single-phase')?.reason).toBe('Phases: 2; needed at most 1');
    expect(decision.outcome('igrt-1')?.result).toBe('met');
    expect(decision.lines.map((line) => [line.code, line.phase, line.technique, line.fractions, line.decidedBy])).toEqual([
      ['RCHENE', 'Phase 1: initial', 'Intensity-modulated radiation therapy (IMRT), including VMAT', 25, [...course, 'technique', 'fractions']],
      ['RCHENE', 'Phase 2', 'Intensity-modulated radiation therapy (IMRT), including VMAT', 10, course],
      ['77387', 'Phase 1: initial', undefined, 25, ['igrt-1']],
      ['77387', 'Phase 2', undefined, 10, ['igrt-2']],
    ]);
    expect(offered(curativeHeadAndNeck, 'RCHENE')).toEqual([]);
  });

  it('refers a non-cancerous condition and an area treated before, and unknown history as missing information', () => {
    const benign = run({ ...palliativeCourse, intent: 'benign', 'fractions-1': 1 }, 'RCNONC');
    expect(benign.evaluation.openCriteria).toEqual(['palliative-intent']);
    expect(benign.outcome('palliative-intent')?.reason).toBe('Treatment intent: Treatment of a non-cancerous condition; needed Palliative (to relieve or prevent symptoms)');
    expect(run({ ...palliativeCourse, 'prior-radiation': 'yes' }).evaluation.openCriteria).toEqual(['no-earlier-radiation']);
    const notKnown = run({ ...palliativeCourse, 'prior-radiation': 'unknown' }, 'RCOTHR');
    expect(notKnown.evaluation.result).toBe('unknown');
    expect(notKnown.outcome('no-earlier-radiation')?.reason).toBe('Earlier radiation to the area: answered “Unknown”');
  });

  it('offers a course of 10 fractions for a longer palliative course, and 3D conformal radiation for IMRT', () => {
    const long = { ...palliativeCourse, 'fractions-1': 15 };
    expect(run(long).evaluation.openCriteria).toEqual(['fractions']);
    expect(plans(long)).toEqual([['palliative-ten-fractions', [[threeD, 10]]]]);

    const imrt = { ...palliativeCourse, 'technique-1': 'imrt', 'fractions-1': 5, 'igrt-1': true };
    const decision = run(imrt);
    expect(decision.evaluation.openCriteria).toEqual(['technique']);
    expect(decision.outcome('igrt-1')?.result).toBe('met');
    expect(plans(imrt)).toEqual([['palliative-3d', [[threeD, 5]]]]);
    expect(offered({ ...imrt, 'prior-radiation': 'yes' })).toEqual([]);
  });

  it('decides IGRT apart: IGRT with a palliative 3D course goes to review while the course meets its criteria', () => {
    const decision = run({ ...palliativeCourse, 'igrt-1': true });
    expect(decision.evaluation.openCriteria).toEqual(['igrt-1']);
    expect(decision.lines.map((line) => [line.code, line.decidedBy])).toEqual([
      ['RCMETS', [...course, 'technique', 'fractions']],
      ['77387', ['igrt-1']],
    ]);
  });
});
