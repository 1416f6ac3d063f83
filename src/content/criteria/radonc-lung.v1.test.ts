import { describe, expect, it } from 'vitest';
import { alternativesFor } from '../../domain/criteria/alternatives.ts';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { radoncLungQuestionnaireV1 as questionnaire } from '../questionnaires/radonc-lung.v1.ts';
import { decide } from './decide.testing.ts';
import { radoncLungCriteriaV1 as criteria } from './radonc-lung.v1.ts';

const dateOfService = '2026-06-01';

/** A peripheral stage I non-small cell cancer in a patient who cannot have surgery: SBRT in 3 fractions, with motion management and IGRT. */
const earlyStageSbrt: Answers = {
  histology: 'nsclc',
  intent: 'definitive',
  'nsclc-stage': 'early',
  'surgery-declined': 'inoperable',
  'tumor-location': 'peripheral',
  technique: 'sbrt',
  fractions: 3,
  'motion-management': true,
  igrt: true,
};

/** Stage III non-small cell cancer: IMRT in 30 fractions (60 Gy) with concurrent chemotherapy. */
const locallyAdvanced: Answers = {
  histology: 'nsclc',
  intent: 'definitive',
  'nsclc-stage': 'locally-advanced',
  chemotherapy: 'concurrent',
  technique: 'imrt',
  fractions: 30,
  'motion-management': true,
  igrt: true,
};

/** Palliative 3D conformal radiation in 10 fractions for bleeding, without daily IGRT. */
const palliative: Answers = {
  histology: 'nsclc',
  intent: 'palliative',
  technique: '3d-conformal',
  fractions: 10,
  'motion-management': false,
  igrt: false,
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'RCLUNG');
const offered = (answers: Answers) => alternativesFor(criteria, answers, { questionnaire, dateOfService, procedureCode: 'RCLUNG' });
const course = ['confirmed-histology', 'nsclc-stage', 'sclc-stage', 'early-stage-not-surgery', 'chemotherapy', 'post-operative'];
const sbrt = 'Stereotactic body radiation therapy (SBRT)';

describe('lung radiation v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves SBRT for early-stage disease with its fractions, and IGRT as a line of its own', () => {
    const decision = run(earlyStageSbrt);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      {
        code: 'RCLUNG',
        codeSystem: 'PROGRAM',
        units: 3,
        description: 'Radiation therapy for lung cancer',
        phase: 'Phase 1: treatment',
        technique: sbrt,
        fractions: 3,
        decidedBy: [...course, 'technique', 'early-stage-sbrt', 'sbrt', 'sbrt-fractions', 'conventional-fractions', 'post-operative-fractions', 'palliative-course', 'motion-management'],
      },
      { code: '77387', codeSystem: 'CPT', units: 3, description: 'Image guidance to check the position before each treatment (IGRT)', phase: 'Phase 1: treatment', fractions: 3, decidedBy: ['igrt'] },
    ]);
    expect(offered(earlyStageSbrt)).toEqual([]);
    expect(run({ ...earlyStageSbrt, 'tumor-location': 'central', fractions: 8 }).evaluation.result).toBe('met');
  });

  it('approves chemoradiation for locally advanced and limited-stage disease, and a short palliative course', () => {
    const { 'nsclc-stage': _stage, ...chemoradiation } = locallyAdvanced;
    const limitedStage = { ...chemoradiation, histology: 'sclc', 'sclc-stage': 'limited', technique: '3d-conformal' };
    for (const answers of [locallyAdvanced, limitedStage, palliative]) {
      const decision = run(answers);
      expect(decision.problems).toEqual([]);
      expect(decision.stray).toEqual([]);
      expect(decision.evaluation.result).toBe('met');
      expect(offered(answers)).toEqual([]);
    }
    expect(run(palliative).lines.map((line) => [line.code, line.technique, line.fractions])).toEqual([['RCLUNG', '3D conformal radiation therapy', 10]]);
  });

  it('sends a conventional course for early-stage disease to review, offering SBRT with image guidance', () => {
    const conventional = { ...earlyStageSbrt, technique: 'imrt', fractions: 33 };
    const decision = run(conventional);
    expect(decision.evaluation.openCriteria).toEqual(['early-stage-sbrt']);
    expect(decision.outcome('early-stage-sbrt')?.reason).toBe('Technique: Intensity-modulated radiation therapy (IMRT), including VMAT; needed Stereotactic body radiation therapy (SBRT)');
    const [alternative, ...others] = offered(conventional);
    expect(others).toEqual([]);
    expect(alternative).toMatchObject({ id: 'sbrt-early-stage', citation: { section: '5.1' } });
    expect(alternative?.lines.map((line) => [line.code, line.technique, line.fractions])).toEqual([
      ['RCLUNG', sbrt, 5],
      ['77387', undefined, 5],
    ]);
    // Not for a patient who could have surgery: that is for the reviewer, with no alternative.
    expect(offered({ ...conventional, 'surgery-declined': 'other' })).toEqual([]);
  });

  it('sends a long or non-3D palliative course to review, offering 10 fractions or 3D conformal radiation', () => {
    const long = { ...palliative, fractions: 15 };
    expect(run(long).evaluation.openCriteria).toEqual(['palliative-course']);
    expect(run(long).outcome('palliative-course')?.reason).toBe('Fractions: 15; needed at most 10');
    expect(offered(long).map((alternative) => [alternative.id, alternative.lines.map((line) => [line.technique, line.fractions])])).toEqual([
      ['palliative-ten-fractions', [['3D conformal radiation therapy', 10]]],
    ]);

    const imrt = { ...palliative, technique: 'imrt', fractions: 5, igrt: true };
    expect(run(imrt).evaluation.openCriteria).toEqual(['palliative-course']);
    expect(offered(imrt).map((alternative) => [alternative.id, alternative.lines.map((line) => [line.technique, line.fractions])])).toEqual([
      ['palliative-3d', [['3D conformal radiation therapy', 5]]],
    ]);
  });

  it('leaves ultracentral tumors, radiation without chemotherapy, a clear margin and unknown histology to a reviewer, saying why', () => {
    const ultracentral = run({ ...earlyStageSbrt, 'tumor-location': 'ultracentral', fractions: 8 });
    expect(ultracentral.evaluation.openCriteria).toEqual(['sbrt', 'sbrt-fractions']);
    expect(ultracentral.outcome('sbrt')?.reason).toBe(
      'Tumor location: Ultracentral: touching the main airways or the esophagus; needed one of Peripheral: more than 2 cm from the main airways, Central: within 2 cm of the main airways',
    );

    const noChemotherapy = run({ ...locallyAdvanced, chemotherapy: 'none' });
    expect(noChemotherapy.evaluation.openCriteria).toEqual(['chemotherapy']);

    const clearMargin = run({ histology: 'nsclc', intent: 'post-operative', 'positive-margin': 'no', technique: 'imrt', fractions: 28, 'motion-management': true, igrt: true });
    expect(clearMargin.problems).toEqual([]);
    expect(clearMargin.evaluation.openCriteria).toEqual(['post-operative']);

    const unknownHistology = run({ ...palliative, histology: 'unknown' });
    expect(unknownHistology.evaluation.result).toBe('unknown');
    expect(unknownHistology.outcome('confirmed-histology')?.reason).toBe('Cancer type: answered “Unknown”');
    const { chemotherapy: _chemotherapy, ...stageOnly } = locallyAdvanced;
    const oligometastatic = run({ ...stageOnly, 'nsclc-stage': 'oligometastatic' });
    expect(oligometastatic.stray).toEqual([]);
    expect(oligometastatic.evaluation.openCriteria).toEqual(['nsclc-stage']);
  });

  it('decides IGRT apart: daily IGRT for a palliative 3D course goes to review while the course meets its criteria', () => {
    const decision = run({ ...palliative, igrt: true });
    expect(decision.evaluation.openCriteria).toEqual(['igrt']);
    expect(decision.lines.map((line) => [line.code, line.decidedBy.includes('igrt')])).toEqual([
      ['RCLUNG', false],
      ['77387', true],
    ]);
  });
});
