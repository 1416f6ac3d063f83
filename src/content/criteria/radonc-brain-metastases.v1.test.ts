import { describe, expect, it } from 'vitest';
import { alternativesFor } from '../../domain/criteria/alternatives.ts';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radoncBrainMetastasesQuestionnaireV1 as questionnaire } from '../questionnaires/radonc-brain-metastases.v1.ts';
import { decide } from './decide.testing.ts';
import { radoncBrainMetastasesCriteriaV1 as criteria } from './radonc-brain-metastases.v1.ts';

const dateOfService = '2026-06-01';

/** Two metastases from a non-small cell lung cancer, the larger 2.5 cm: single-fraction radiosurgery with image guidance. */
const twoMetastasesSrs: Answers = {
  'small-cell': 'no',
  'performance-status': '0-1',
  cavity: false,
  'lesion-count': 2,
  'largest-size': '2-3',
  'prior-brain-radiation': ['none'],
  technique: 'srs',
  fractions: 1,
  igrt: true,
};

/** Eight metastases from breast cancer: hippocampal-avoidance whole-brain radiation in 10 fractions with memantine. */
const manyMetastasesWholeBrain: Answers = {
  'small-cell': 'no',
  'performance-status': '2',
  cavity: false,
  'lesion-count': 8,
  'largest-size': 'up-to-2',
  'prior-brain-radiation': ['none'],
  technique: 'whole-brain-ha',
  fractions: 10,
  'hippocampi-clear': 'yes',
  memantine: 'yes',
  igrt: true,
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'RCBRAI');
const offered = (answers: Answers) => alternativesFor(criteria, answers, { questionnaire, dateOfService, procedureCode: 'RCBRAI' });
const srs = 'Stereotactic radiosurgery (SRS), including fractionated stereotactic radiotherapy';

describe('brain metastases radiation v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves radiosurgery with its fractions, and IGRT as a line of its own', () => {
    const decision = run(twoMetastasesSrs);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      {
        code: 'RCBRAI',
        codeSystem: 'PROGRAM',
        units: 1,
        description: 'Radiation therapy for brain metastases',
        phase: 'Phase 1: treatment',
        technique: srs,
        fractions: 1,
        decidedBy: ['performance-status', 'earlier-radiation', 'radiosurgery', 'radiosurgery-fractions', 'whole-brain', 'whole-brain-fractions', 'hippocampal-avoidance', 'memantine'],
      },
      { code: '77387', codeSystem: 'CPT', units: 1, description: 'Image guidance to check the position before each treatment (IGRT)', phase: 'Phase 1: treatment', fractions: 1, decidedBy: ['igrt'] },
    ]);
    expect(offered(twoMetastasesSrs)).toEqual([]);
  });

  it('approves radiosurgery to a cavity in 3 fractions, after earlier whole-brain radiation', () => {
    const cavity = { ...twoMetastasesSrs, cavity: true, 'lesion-count': 1, 'largest-size': '3-4', 'prior-brain-radiation': ['whole-brain'], fractions: 3 };
    const decision = run(cavity);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('approves hippocampal-avoidance whole-brain radiation for many metastases; missing memantine is reported but does not hold it back', () => {
    const decision = run(manyMetastasesWholeBrain);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines.map((line) => [line.code, line.technique, line.fractions])).toEqual([
      ['RCBRAI', 'Whole-brain radiation therapy with hippocampal avoidance (IMRT)', 10],
      ['77387', undefined, 10],
    ]);
    const withoutMemantine = run({ ...manyMetastasesWholeBrain, memantine: 'no' });
    expect(withoutMemantine.evaluation.result).toBe('met');
    expect(withoutMemantine.outcome('memantine')).toMatchObject({ result: 'not_met', required: false, reason: 'Memantine: No; needed Yes' });
  });

  it('sends whole-brain radiation for 1 to 4 metastases to review, offering radiosurgery', () => {
    const asked: Answers = { ...manyMetastasesWholeBrain, technique: 'whole-brain', 'lesion-count': 3, 'largest-size': '2-3', igrt: false };
    const { 'hippocampi-clear': _clear, ...wholeBrain } = asked;
    const decision = run(wholeBrain);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['whole-brain']);
    expect(decision.outcome('whole-brain')?.reason).toBe('Brain metastases: 3; needed at least 5 — or — Small cell lung cancer: No; needed Yes');
    const [alternative] = offered(wholeBrain);
    expect(alternative).toMatchObject({ id: 'radiosurgery-instead-of-whole-brain', citation: { section: '5.1' } });
    expect(alternative?.lines.map((line) => [line.code, line.technique, line.fractions])).toEqual([['RCBRAI', srs, 1]]);
    expect(offered({ ...wholeBrain, cavity: true, 'lesion-count': 1 })[0]?.lines.map((line) => line.fractions)).toEqual([3]);
  });

  it('leaves many metastases for radiosurgery, small cell cancer, poor performance and repeat whole-brain radiation to a reviewer, saying why', () => {
    const many = run({ ...twoMetastasesSrs, 'lesion-count': 6 });
    expect(many.evaluation.openCriteria).toEqual(['radiosurgery']);
    expect(many.outcome('radiosurgery')?.reason).toBe('Brain metastases: 6; needed at most 4');
    expect(offered({ ...twoMetastasesSrs, 'lesion-count': 6 })).toEqual([]);

    expect(run({ ...twoMetastasesSrs, 'small-cell': 'yes' }).evaluation.openCriteria).toEqual(['radiosurgery']);
    expect(run({ ...twoMetastasesSrs, 'performance-status': '3-4' }).evaluation.openCriteria).toEqual(['performance-status']);

    const again = run({ ...manyMetastasesWholeBrain, 'prior-brain-radiation': ['whole-brain'] });
    expect(again.evaluation.openCriteria).toEqual(['earlier-radiation']);

    const notKnown = run({ ...twoMetastasesSrs, 'prior-brain-radiation': ['unknown'] });
    expect(notKnown.evaluation.result).toBe('unknown');
    expect(notKnown.evaluation.openCriteria).toEqual(['earlier-radiation']);
  });

  it('decides IGRT apart: IGRT with conventional whole-brain radiation goes to review', () => {
    const asked: Answers = { ...manyMetastasesWholeBrain, technique: 'whole-brain' };
    const { 'hippocampi-clear': _clear, ...conventional } = asked;
    const decision = run(conventional);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['igrt']);
    expect(decision.lines.map((line) => line.code)).toEqual(['RCBRAI', '77387']);
  });
});
