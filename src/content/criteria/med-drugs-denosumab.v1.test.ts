import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { medDrugsDenosumabQuestionnaireV1 as questionnaire } from '../questionnaires/med-drugs-denosumab.v1.ts';
import { decide } from './decide.testing.ts';
import { medDrugsDenosumabCriteriaV1 as criteria } from './med-drugs-denosumab.v1.ts';
import { denosumabPostmenopausal as postmenopausal } from './sample-answers.testing.ts';

const dateOfService = '2026-04-01';

/** Bone metastases from breast cancer: 120 mg every 4 weeks × 6, in a hospital outpatient department for a first dose. */
const boneMetastases: Answers = {
  indication: 'bone-metastases',
  'calcium-ok': 'yes',
  'other-bone-drug': false,
  'dose-mg': 120,
  'interval-weeks': 4,
  doses: 6,
  'site-of-care': 'hospital-outpatient',
  'hospital-reason': ['first-doses'],
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'J0897');

describe('denosumab v1', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it('approves 60 mg every 6 months after a bisphosphonate failed: J0897, 120 units', () => {
    const decision = run(postmenopausal);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toEqual([{ code: 'J0897', codeSystem: 'HCPCS', units: 120, description: 'Injection, denosumab, 1 mg', decidedBy: criteria.criteria.map((criterion) => criterion.id) }]);
  });

  it('approves 120 mg every 4 weeks for bone metastases, where the bone-loss criteria do not apply', () => {
    const decision = run(boneMetastases);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('bisphosphonate-first')).toMatchObject({ applies: false });
    expect(decision.lines.map((line) => line.units)).toEqual([720]);
  });

  it('sends osteoporosis without a bisphosphonate first to review, unless the risk is very high', () => {
    const decision = run({ ...postmenopausal, bisphosphonate: 'not-tried' });
    expect(decision.evaluation.openCriteria).toEqual(['bisphosphonate-first']);
    expect(run({ ...postmenopausal, bisphosphonate: 'not-tried', 'fracture-risk': ['very-high-risk'] }).evaluation.result).toBe('met');
  });

  it('sends the cancer dose for osteoporosis, too many doses, and a hospital without a reason to review', () => {
    const decision = run({ ...postmenopausal, 'dose-mg': 120, 'interval-weeks': 4, doses: 6 });
    expect(decision.evaluation.openCriteria).toEqual(['dose', 'frequency', 'duration']);
    expect(decision.outcome('dose')?.reason).toBe('Condition: Osteoporosis after menopause; needed none of Osteoporosis after menopause, Osteoporosis in a man, Osteoporosis from long-term glucocorticoid (steroid) treatment, Bone loss from hormone treatment of breast or prostate cancer — or — Dose (mg): 120; needed exactly 60');
    const hospital = run({ ...boneMetastases, 'hospital-reason': ['none'] });
    expect(hospital.evaluation.openCriteria).toEqual(['site-of-care']);
  });

  it('keeps unknown calcium as missing information and sends another condition to review', () => {
    expect(run({ ...postmenopausal, 'calcium-ok': 'unknown' }).evaluation.result).toBe('unknown');
    expect(run({ ...boneMetastases, indication: 'other' }).evaluation.openCriteria).toEqual(['indication']);
  });
});
