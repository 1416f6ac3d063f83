import { describe, expect, it } from 'vitest';
import { alternativesFor } from '../../domain/criteria/alternatives.ts';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radoncBoneMetastasesQuestionnaireV1 as questionnaire } from '../questionnaires/radonc-bone-metastases.v1.ts';
import { decide } from './decide.testing.ts';
import { radoncBoneMetastasesCriteriaV1 as criteria } from './radonc-bone-metastases.v1.ts';

const dateOfService = '2026-06-01';

/** A painful metastasis in the femur, never treated before: 3D conformal radiation, 20 Gy in 5 fractions. */
const painfulFemur: Answers = {
  intent: 'palliative',
  site: 'other',
  complications: ['none'],
  'prior-radiation': 'no',
  'performance-status': '2',
  technique: '3d-conformal',
  fractions: 5,
  igrt: false,
};

/** Spine SBRT for pain, 24 Gy in 2 fractions, with IGRT, in an active patient without complications. */
const spineSbrt: Answers = {
  intent: 'palliative',
  site: 'spine',
  complications: ['none'],
  'prior-radiation': 'no',
  'performance-status': '0-1',
  technique: 'sbrt',
  fractions: 2,
  igrt: true,
};

/** Ablative SBRT in 3 fractions to one of three metastases, the primary controlled. */
const oligometastatic: Answers = {
  ...spineSbrt,
  intent: 'ablative',
  site: 'other',
  'metastases-count': 3,
  'primary-controlled': 'yes',
  fractions: 3,
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'RCBONE');
const offered = (answers: Answers) => alternativesFor(criteria, answers, { questionnaire, dateOfService, procedureCode: 'RCBONE' });
const plans = (answers: Answers) => offered(answers).map((alternative) => [alternative.id, alternative.lines.map((line) => [line.technique, line.fractions])]);
const threeD = '3D conformal or simple (2D) radiation therapy';

describe('bone metastases radiation v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a short palliative course with its technique and fractions, and offers no alternative', () => {
    const decision = run(painfulFemur);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      {
        code: 'RCBONE',
        codeSystem: 'PROGRAM',
        units: 5,
        description: 'Radiation therapy for bone metastases',
        phase: 'Phase 1: treatment',
        technique: threeD,
        fractions: 5,
        decidedBy: ['palliative-fractions', 'poor-performance-fractions', 'palliative-technique', 'oligometastases', 'spine-sbrt', 'sbrt-fractions', 're-irradiation'],
      },
    ]);
    expect(offered(painfulFemur)).toEqual([]);
  });

  it('approves 30 Gy in 10 for cord compression, spine SBRT and ablative SBRT with IGRT as a line of its own, and re-treatment of a limb bone in 1 fraction', () => {
    const tenFractions = { ...painfulFemur, site: 'spine', complications: ['cord-compression', 'post-operative'], 'performance-status': '0-1', fractions: 10 };
    const reTreated = { ...painfulFemur, 'prior-radiation': 'yes', fractions: 1 };
    for (const answers of [tenFractions, spineSbrt, oligometastatic, reTreated]) {
      const decision = run(answers);
      expect(decision.problems).toEqual([]);
      expect(decision.stray).toEqual([]);
      expect(decision.evaluation.result).toBe('met');
      expect(offered(answers)).toEqual([]);
    }
    expect(run(spineSbrt).lines.map((line) => [line.code, line.technique, line.fractions, line.decidedBy.includes('igrt')])).toEqual([
      ['RCBONE', 'Stereotactic body radiation therapy (SBRT)', 2, false],
      ['77387', undefined, 2, true],
    ]);
  });

  it('sends 10 fractions for a patient in bed most of the day to review, offering 1 or 5 fractions', () => {
    const frail = { ...painfulFemur, 'performance-status': '3-4', fractions: 10 };
    const decision = run(frail);
    expect(decision.evaluation.openCriteria).toEqual(['poor-performance-fractions']);
    expect(decision.outcome('poor-performance-fractions')?.reason).toBe('Fractions: 10; needed at most 5');
    expect(plans(frail)).toEqual([
      ['single-fraction', [[threeD, 1]]],
      ['five-fractions', [[threeD, 5]]],
    ]);
    expect(offered(frail)[0]?.citation).toEqual({ guideline: 'Priora Radiation Oncology Bone Metastases Guideline', version: '2026.1', section: '6.1' });
  });

  it('sends more than 10 fractions to review, offering 1 or 5 fractions; and IMRT, offering 3D conformal radiation', () => {
    const long = { ...painfulFemur, 'performance-status': '0-1', fractions: 15 };
    expect(run(long).evaluation.openCriteria).toEqual(['palliative-fractions']);
    expect(plans(long).map(([id]) => id)).toEqual(['single-fraction', 'five-fractions']);

    const imrt = { ...painfulFemur, technique: 'imrt', fractions: 10, 'performance-status': '0-1' };
    expect(run(imrt).evaluation.openCriteria).toEqual(['palliative-technique']);
    expect(plans(imrt)).toEqual([['conformal-instead', [[threeD, 10]]]]);
  });

  it('leaves SBRT with cord compression, spine re-irradiation, many metastases and unknown history to a reviewer, saying why', () => {
    const compressed = run({ ...spineSbrt, complications: ['cord-compression'] });
    expect(compressed.evaluation.openCriteria).toEqual(['spine-sbrt']);
    expect(compressed.outcome('spine-sbrt')?.reason).toBe('Complications: Spinal cord or cauda equina compression; needed None of these');
    expect(offered({ ...spineSbrt, complications: ['cord-compression'] })).toEqual([]);

    const spineAgain = { ...painfulFemur, site: 'spine', 'prior-radiation': 'yes', fractions: 12, 'performance-status': '0-1' };
    expect(run(spineAgain).evaluation.openCriteria).toEqual(['palliative-fractions', 're-irradiation']);
    expect(offered(spineAgain)).toEqual([]);

    expect(run({ ...oligometastatic, 'metastases-count': 7 }).evaluation.openCriteria).toEqual(['oligometastases']);
    expect(run({ ...oligometastatic, complications: ['cord-compression'] }).outcome('oligometastases')?.reason).toBe('Complications: Spinal cord or cauda equina compression; needed none of Spinal cord or cauda equina compression');

    const notKnown = run({ ...painfulFemur, 'prior-radiation': 'unknown' });
    expect(notKnown.evaluation.result).toBe('unknown');
    expect(notKnown.outcome('re-irradiation')?.reason).toBe('Earlier radiation to this bone: answered “Unknown”');
  });

  it('decides IGRT apart: IGRT with a palliative 3D course goes to review while the course meets its criteria', () => {
    const decision = run({ ...painfulFemur, igrt: true });
    expect(decision.evaluation.openCriteria).toEqual(['igrt']);
    expect(decision.lines.map((line) => line.code)).toEqual(['RCBONE', '77387']);
  });
});
