import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { mskLumbarEsiQuestionnaireV1 as questionnaire } from '../questionnaires/msk-lumbar-esi.v1.ts';
import { decide } from './decide.testing.ts';
import { mskLumbarEsiCriteriaV1 as criteria } from './msk-lumbar-esi.v1.ts';
import { lumbarEsiFirstInjection } from './sample-answers.testing.ts';

const dateOfService = '2026-03-02';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** A second, two-level transforaminal injection after a first one that helped. */
const repeatTransforaminal: Answers = {
  ...lumbarEsiFirstInjection,
  levels: 2,
  'esi-6-months': 1,
  'esi-12-months': 1,
  'last-injection-date': '2026-01-19',
  'previous-response': ['relief-50', 'function'],
};

const run = (answers: Answers, procedureCode = '62323') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('lumbar epidural steroid injection v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a first interlaminar injection that meets every criterion', () => {
    const decision = run(lumbarEsiFirstInjection);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('interval')).toMatchObject({ applies: false, result: 'met' });
    expect(decision.lines).toEqual([
      {
        code: '62323',
        codeSystem: 'CPT',
        units: 1,
        description: 'Epidural steroid injection between the vertebrae, low back or sacrum, with imaging guidance',
        decidedBy: everyCriterion,
      },
    ]);
  });

  it('approves a repeat two-level transforaminal injection as the first level plus one further level', () => {
    const decision = run(repeatTransforaminal, '64483');
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines.map((line) => [line.code, line.units])).toEqual([
      ['64483', 1],
      ['64484', 1],
    ]);
  });

  it('sends too little conservative care to review, naming the criterion', () => {
    const decision = run({ ...lumbarEsiFirstInjection, 'conservative-weeks': 3 });
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['conservative-care']);
    expect(decision.outcome('conservative-care')).toMatchObject({
      result: 'not_met',
      reason: 'Weeks of conservative care: 3; needed at least 6',
      citation: { guideline: 'Priora MSK Interventional Pain Guideline', version: '2026.1', section: '4.1' },
    });
  });

  it('sends a repeat too soon and without enough benefit to review', () => {
    const decision = run({ ...repeatTransforaminal, 'last-injection-date': '2026-02-20', 'previous-response': ['function'] }, '64483');
    expect(decision.evaluation.openCriteria).toEqual(['interval', 'previous-response']);
    expect(decision.outcome('interval')?.reason).toBe('Most recent injection: 2026-02-20, 10 days before the date of service; needed at least 14 days before the date of service');
  });

  it('sends two interlaminar levels, or a biologic injectate, to review', () => {
    expect(run({ ...lumbarEsiFirstInjection, levels: 2 }).evaluation.openCriteria).toEqual(['levels-per-session']);
    expect(run({ ...lumbarEsiFirstInjection, injectate: ['corticosteroid', 'biologic'] }).outcome('steroid-injectate')).toMatchObject({ result: 'not_met' });
  });

  it('keeps "Unknown" apart from "No"', () => {
    const decision = run({ ...lumbarEsiFirstInjection, rehabilitation: 'unknown' });
    expect(decision.evaluation.result).toBe('unknown');
    expect(decision.outcome('rehabilitation')?.reason).toBe('Rehabilitation after the injection: answered “Unknown”');
  });

  it('asks nothing more when the injection is not for low back pain, and leaves the decision to a reviewer', () => {
    const decision = run({ reason: 'anesthesia' });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria[0]).toBe('low-back-pain');
  });
});

describe('lumbar ESI reasons', () => {
  it('states an observation once when two parts of a rule read the same question', () => {
    const injectate = run(lumbarEsiFirstInjection).outcome('steroid-injectate');
    expect(injectate?.reason.match(/Injectate/g)).toHaveLength(1);
  });
});
