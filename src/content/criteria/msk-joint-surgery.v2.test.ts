import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { mskJointSurgeryQuestionnaireV2 as questionnaire } from '../questionnaires/msk-joint-surgery.v2.ts';
import { mskKneeSurgeryQuestionnaireV1 } from '../questionnaires/msk-knee-surgery.v1.ts';
import { decide } from './decide.testing.ts';
import { mskJointSurgeryCriteriaV2 as criteria } from './msk-joint-surgery.v2.ts';
import { mskKneeSurgeryCriteriaV1 } from './msk-knee-surgery.v1.ts';

const dateOfService = '2026-05-04';
const picked = (code: string) => ({ code, display: code });

/** The v1 examples, with the joint asked first. */
const aclReconstruction: Answers = {
  joint: 'knee',
  'place-of-service': '24',
  'primary-cpt': picked('29888'),
  side: 'left',
  'add-second-code': true,
  'additional-codes': [{ 'additional-cpt': picked('29882'), 'additional-units': 1 }],
  ligament: 'acl',
  'acl-symptoms': ['instability', 'pivoting'],
  'acute-injury': 'no',
  'laxity-test': 'yes',
  'acl-imaging': ['acl-tear', 'repairable-meniscus'],
};

const totalKnee: Answers = {
  joint: 'knee',
  'place-of-service': '22',
  'primary-cpt': picked('27447'),
  side: 'right',
  'add-second-code': false,
  'knee-findings': ['severe-arthritis'],
  'pain-months': 12,
  'function-loss': 'yes',
  bmi: 32.5,
  'nonsurgical-months': 6,
};

/** A right total hip replacement for severe arthritis after four months of therapy. */
const totalHip: Answers = {
  joint: 'hip',
  'place-of-service': '21',
  'primary-cpt': picked('27130'),
  side: 'right',
  'add-second-code': false,
  'hip-findings': ['severe-arthritis'],
  'pain-months': 9,
  'function-loss': 'yes',
  bmi: 29,
  'nonsurgical-months': 4,
  'nonsurgical-inappropriate': 'no',
};

/** Hip arthroscopy reshaping a cam bump, with a labral repair as the second code. */
const hipArthroscopy: Answers = {
  joint: 'hip',
  'place-of-service': '24',
  'primary-cpt': picked('29914'),
  side: 'left',
  'add-second-code': true,
  'additional-codes': [{ 'additional-cpt': picked('29916'), 'additional-units': 1 }],
  'hip-pain-months': 8,
  'hip-exam': ['impingement-test'],
  'hip-imaging': ['cam', 'labral-tear'],
  'hip-joint-space': 'yes',
  'hip-nonsurgical-months': 4,
};

/** Rotator cuff repair with a subacromial decompression, after four months of therapy. */
const cuffRepair: Answers = {
  joint: 'shoulder',
  'place-of-service': '24',
  'primary-cpt': picked('29827'),
  side: 'right',
  'add-second-code': true,
  'additional-codes': [{ 'additional-cpt': picked('29826'), 'additional-units': 1 }],
  'shoulder-condition': ['none'],
  'shoulder-pain-months': 5,
  'shoulder-function-loss': 'yes',
  'shoulder-exam': ['cuff-test', 'impingement-test'],
  'shoulder-imaging': ['full-thickness-tear'],
  'shoulder-nonsurgical-months': 4,
  'acute-cuff-tear': false,
};

/** Stabilization for recurrent dislocation with a labral tear. */
const labralRepair: Answers = {
  joint: 'shoulder',
  'place-of-service': '24',
  'primary-cpt': picked('29806'),
  side: 'left',
  'add-second-code': false,
  'shoulder-condition': ['none'],
  'shoulder-pain-months': 2,
  'shoulder-function-loss': 'yes',
  'shoulder-exam': ['apprehension'],
  'shoulder-imaging': ['labral-tear'],
  'shoulder-nonsurgical-months': 1,
  dislocations: 3,
};

/** The seed's diagnostic shoulder arthroscopy. */
const diagnosticShoulder: Answers = {
  joint: 'shoulder',
  'place-of-service': '22',
  'primary-cpt': picked('29805'),
  side: 'left',
  'add-second-code': false,
  'shoulder-condition': ['none'],
  'shoulder-pain-months': 7,
  'shoulder-function-loss': 'yes',
  'shoulder-exam': ['range-of-motion'],
  'shoulder-imaging': ['inconclusive'],
  'shoulder-nonsurgical-months': 3,
  'other-causes-excluded': 'yes',
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'JOINT');

describe('joint surgery v2', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it.each([
    ['an ACL reconstruction', aclReconstruction],
    ['a total knee replacement', totalKnee],
    ['a total hip replacement', totalHip],
    ['a hip arthroscopy for cam impingement', hipArthroscopy],
    ['a rotator cuff repair with decompression', cuffRepair],
    ['a stabilization for recurrent dislocation', labralRepair],
    ['a diagnostic shoulder arthroscopy', diagnosticShoulder],
  ])('approves %s that meets every criterion, with realistic answers', (_name, answers) => {
    const decision = run(answers);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('keeps the v1 knee criteria’s meaning: same ids, same results on the same answers', () => {
    const kneeIds = mskKneeSurgeryCriteriaV1.criteria.map((criterion) => criterion.id).filter((id) => id !== 'covered-procedure');
    const variants: Answers[] = [
      aclReconstruction,
      totalKnee,
      { ...aclReconstruction, 'laxity-test': 'no', 'acute-injury': 'unknown' },
      { ...totalKnee, 'pain-months': 2, bmi: 44, 'nonsurgical-months': 4, 'nonsurgical-inappropriate': 'no' },
      { ...totalKnee, 'knee-findings': ['distal-femur-fracture'], 'fixation-unreasonable': true, 'pain-months': 0, 'nonsurgical-months': 0, 'nonsurgical-inappropriate': 'no' },
      { ...totalKnee, 'primary-cpt': picked('27446'), 'ligaments-stable': 'yes', 'arc-of-motion': 85 },
    ];
    for (const answers of variants) {
      const { joint: _joint, ...v1Answers } = answers;
      const v1 = decide(mskKneeSurgeryQuestionnaireV1, mskKneeSurgeryCriteriaV1, v1Answers, dateOfService, 'JOINT');
      const v2 = run(answers);
      for (const id of kneeIds) {
        expect(v2.outcome(id)?.result, id).toBe(v1.outcome(id)?.result);
        expect(v2.outcome(id)?.applies, id).toBe(v1.outcome(id)?.applies);
      }
    }
  });

  it('puts the side on every line, as in v1', () => {
    expect(run(cuffRepair).lines.map((line) => [line.code, line.modifiers])).toEqual([
      ['29827', ['RT']],
      ['29826', ['RT']],
    ]);
  });

  it('sends a code of another joint, or a procedure without criteria, to review', () => {
    expect(run({ ...totalKnee, joint: 'hip' }).evaluation.openCriteria).toEqual(['covered-procedure']);
    const meniscus = run({ joint: 'knee', 'place-of-service': '24', 'primary-cpt': picked('29881'), side: 'left', 'add-second-code': false });
    expect(meniscus.problems).toEqual([]);
    expect(meniscus.evaluation.openCriteria).toEqual(['covered-procedure']);
  });

  it('sends a decompression without an impingement sign, or a cuff repair too soon, to review', () => {
    expect(run({ ...cuffRepair, 'shoulder-exam': ['cuff-test'] }).evaluation.openCriteria).toEqual(['subacromial-decompression']);
    expect(run({ ...cuffRepair, 'add-second-code': false, 'additional-codes': undefined, 'shoulder-nonsurgical-months': 1 }).evaluation.openCriteria).toEqual(['rotator-cuff-repair']);
    // An acute tear with loss of strength does not wait for non-surgical treatment.
    expect(run({ ...cuffRepair, 'add-second-code': false, 'additional-codes': undefined, 'shoulder-nonsurgical-months': 0, 'acute-cuff-tear': true }).evaluation.result).toBe('met');
  });

  it('needs 3 months of treatment before a labral repair unless the shoulder dislocated twice', () => {
    expect(run({ ...labralRepair, dislocations: 1 }).evaluation.openCriteria).toEqual(['labral-repair']);
  });

  it('approves shoulder surgery for a fracture without the other shoulder questions', () => {
    const decision = run({ joint: 'shoulder', 'place-of-service': '21', 'primary-cpt': picked('29827'), side: 'left', 'add-second-code': false, 'shoulder-condition': ['fracture'] });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('sends a hip arthroscopy with advanced arthritis, or a hip replacement without imaging findings, to review', () => {
    expect(run({ ...hipArthroscopy, 'hip-joint-space': 'no' }).evaluation.openCriteria).toEqual(['hip-arthroscopy-arthritis']);
    expect(run({ ...totalHip, 'hip-findings': ['none'] }).evaluation.openCriteria).toEqual(['hip-imaging']);
    expect(run({ ...totalHip, 'hip-findings': ['femoral-neck-fracture'], 'pain-months': 0, 'nonsurgical-months': 0 }).evaluation.result).toBe('met');
  });
});
