import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { mskLumbarFusionQuestionnaireV1 as questionnaire } from '../questionnaires/msk-lumbar-fusion.v1.ts';
import { decide } from './decide.testing.ts';
import { mskLumbarFusionCriteriaV1 as criteria } from './msk-lumbar-fusion.v1.ts';

const dateOfService = '2026-03-16';
const everyCriterion = criteria.criteria.map((criterion) => criterion.id);
// What the code picker showed; approved lines take the wording from the content instead.
const picked = (code: string) => ({ code, display: `picked ${code}` });

/** One-level posterolateral fusion at L4–L5 for spondylolisthesis with instability, screws and a spacer. */
const spondylolisthesis: Answers = {
  inpatient: true,
  'primary-cpt': picked('22612'),
  'primary-units': 1,
  region: 'lumbar',
  'add-second-code': true,
  'additional-codes': [
    { 'additional-cpt': picked('22840'), 'additional-units': 1 },
    { 'additional-cpt': picked('22853'), 'additional-units': 1 },
  ],
  'lumbar-levels': ['L4-L5'],
  'previous-fusion': false,
  'qualifying-conditions': ['none'],
  'degenerative-indication': 'spondylolisthesis',
  'instability-xrays': 'yes',
  'nonsurgical-care': 'yes',
  'injection-trial': 'done',
  'advanced-imaging': ['mri'],
  'urgent-surgery': false,
  myelopathy: false,
  'cotinine-result': 2,
  'cotinine-date': '2026-02-23',
};

/** An urgent three-level fusion for a fracture with instability: no nicotine test, no degenerative rules. */
const fracture: Answers = {
  inpatient: true,
  'primary-cpt': picked('22633'),
  'primary-units': 1,
  region: 'lumbar',
  'add-second-code': false,
  'lumbar-levels': ['L1-L2', 'L2-L3', 'L3-L4'],
  'previous-fusion': false,
  'qualifying-conditions': ['fracture'],
  'advanced-imaging': ['ct', 'mri'],
  'urgent-surgery': true,
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'SPINE');

describe('lumbar fusion v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves a degenerative fusion that meets every criterion, with each code, its units and the levels', () => {
    const decision = run(spondylolisthesis);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([
      {
        code: '22612',
        codeSystem: 'CPT',
        units: 1,
        description: 'Low back fusion from the back, alongside the vertebrae (posterolateral), first level',
        levels: ['L4–L5'],
        decidedBy: everyCriterion,
      },
      {
        code: '22840',
        codeSystem: 'CPT',
        units: 1,
        description: 'Fixation from the back without attachment at each segment, such as screws and rods across one disc space',
        decidedBy: everyCriterion,
      },
      { code: '22853', codeSystem: 'CPT', units: 1, description: 'Spacer device placed in a disc space during fusion', decidedBy: everyCriterion },
    ]);
  });

  it('approves an urgent fusion for a fracture without the nicotine test or the degenerative requirements', () => {
    const decision = run(fracture);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('instability-xrays')).toMatchObject({ applies: false });
    expect(decision.outcome('nicotine-free')).toMatchObject({ applies: true, result: 'met', reason: 'Urgent surgery: Yes' });
    expect(decision.lines[0]).toMatchObject({ code: '22633', levels: ['L1–L2', 'L2–L3', 'L3–L4'] });
  });

  it('sends a positive cotinine test to review, naming the nicotine criterion', () => {
    const decision = run({ ...spondylolisthesis, 'cotinine-result': 25 });
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['nicotine-free']);
    expect(decision.outcome('nicotine-free')?.reason).toBe(
      'Urgent surgery: No; needed Yes — or — Myelopathy: No; needed Yes — or — Blood cotinine (ng/mL): 25; needed less than 10',
    );
  });

  it('sends a degenerative fusion without an injection trial, or over more than two levels, to review', () => {
    expect(run({ ...spondylolisthesis, 'injection-trial': 'not-done' }).evaluation.openCriteria).toEqual(['injection-trial']);
    expect(run({ ...spondylolisthesis, 'lumbar-levels': ['L3-L4', 'L4-L5', 'L5-S1'] }).evaluation.openCriteria).toEqual(['levels']);
  });

  it('accepts contraindications instead of an injection trial', () => {
    const decision = run({ ...spondylolisthesis, 'injection-trial': 'contraindicated', 'injection-contraindications': ['anticoagulation'] });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('sends disc pain alone to review', () => {
    const { 'injection-trial': _trial, ...rest } = spondylolisthesis;
    const decision = run({ ...rest, 'degenerative-indication': 'disc-pain' });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual(['qualifying-condition']);
  });

  it('leaves surgery of the neck to a reviewer', () => {
    const decision = run({ inpatient: true, 'primary-cpt': picked('22551'), 'primary-units': 1, region: 'cervical', 'add-second-code': false, 'urgent-surgery': true });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.outcome('lumbar-fusion')).toMatchObject({ result: 'not_met' });
  });

  it('drops the lumbar answers when the region is changed', () => {
    const decision = run({ ...spondylolisthesis, region: 'thoracic' });
    expect(decision.stray).toContain('lumbar-levels');
    expect(decision.stray).toContain('degenerative-indication');
  });
});
