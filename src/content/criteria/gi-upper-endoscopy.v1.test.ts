import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { giUpperEndoscopyQuestionnaireV1 as questionnaire } from '../questionnaires/gi-upper-endoscopy.v1.ts';
import { decide } from './decide.testing.ts';
import { giUpperEndoscopyCriteriaV1 as criteria } from './gi-upper-endoscopy.v1.ts';

const dateOfService = '2026-05-11';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);

/** A 47-year-old with reflux after 10 weeks of omeprazole, H. pylori negative, for endoscopy with biopsy. */
const refractoryReflux: Answers = {
  indication: 'reflux-dyspepsia',
  'alarm-features': ['none'],
  'age-years': 47,
  'ppi-weeks': 10,
  'ppi-response': 'partial',
  'h-pylori': 'negative',
};

/** Long-segment Barrett's without dysplasia, last scoped a little over three years ago. */
const longBarrett: Answers = { indication: 'barrett', 'barrett-finding': 'long-no-dysplasia', 'last-endoscopy': '2023-03-20' };

const run = (answers: Answers, procedureCode = '43239') => decide(questionnaire, criteria, answers, dateOfService, procedureCode);

describe('upper endoscopy v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves endoscopy with biopsy for reflux that failed a full proton pump inhibitor trial', () => {
    const decision = run(refractoryReflux);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('barrett-interval')).toMatchObject({ applies: false });
    expect(decision.lines).toEqual([{ code: '43239', codeSystem: 'CPT', units: 1, description: 'Upper endoscopy with tissue sampling (biopsy)', decidedBy: everyCriterion }]);
  });

  it('approves an alarm feature or age 60 without a medicine trial, and trouble swallowing on its own', () => {
    expect(run({ ...refractoryReflux, 'alarm-features': ['weight-loss'], 'ppi-weeks': 0, 'ppi-response': undefined }).evaluation.result).toBe('met');
    expect(run({ ...refractoryReflux, 'age-years': 63, 'ppi-weeks': 0, 'ppi-response': undefined, 'h-pylori': 'not-tested' }).evaluation.result).toBe('met');
    const dysphagia = run({ indication: 'dysphagia' }, '43235');
    expect(dysphagia.problems).toEqual([]);
    expect(dysphagia.evaluation.result).toBe('met');
    expect(dysphagia.lines.map((line) => line.code)).toEqual(['43235']);
  });

  it('sends reflux under 60 without alarm features or a full trial to review', () => {
    const decision = run({ ...refractoryReflux, 'ppi-weeks': 4, 'h-pylori': 'not-tested' });
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['reflux-evaluation']);
    expect(decision.outcome('reflux-evaluation')?.reason).toBe(
      'Alarm features: None of these (0 of the qualifying answers chosen); needed at least 1 — or — Age in years: 47; needed at least 60 — or — Weeks of proton pump inhibitor: 4; needed at least 8; H. pylori: No; needed one of Yes: negative, Yes: positive, and treated',
    );
  });

  it('approves Barrett’s surveillance at the interval and sends an early one to review', () => {
    expect(run(longBarrett).evaluation.result).toBe('met');
    const early = run({ ...longBarrett, 'barrett-finding': 'short-no-dysplasia' });
    expect(early.evaluation.openCriteria).toEqual(['barrett-interval']);
    expect(early.outcome('barrett-interval')?.reason).toBe(
      'Last Barrett’s finding: No dysplasia, segment shorter than 3 cm; needed anything but No dysplasia, segment shorter than 3 cm — or — Last endoscopy: 2023-03-20, 37 months before the date of service; needed at least 60 months before the date of service',
    );
  });

  it('sends another reason to review, and keeps unknown alarm features as missing information', () => {
    expect(run({ indication: 'other' }).evaluation.openCriteria).toEqual(['indication']);
    const unknown = run({ ...refractoryReflux, 'alarm-features': ['unknown'], 'ppi-weeks': 2 });
    expect(unknown.evaluation.result).toBe('unknown');
  });
});
