import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { mskSpineSurgeryQuestionnaireV2 as questionnaire } from '../questionnaires/msk-spine-surgery.v2.ts';
import { decide } from './decide.testing.ts';
import { mskSpineSurgeryCriteriaV2 as criteria } from './msk-spine-surgery.v2.ts';

const dateOfService = '2026-03-16';
const picked = (code: string) => ({ code, display: `picked ${code}` });

/** One-level posterolateral fusion at L4–L5 for spondylolisthesis with instability (the v1 example, region first). */
const lumbarFusion: Answers = {
  region: 'lumbar',
  inpatient: true,
  'primary-cpt': picked('22612'),
  'primary-units': 1,
  'add-second-code': true,
  'additional-codes': [
    { 'additional-cpt': picked('22840'), 'additional-units': 1 },
    { 'additional-cpt': picked('22853'), 'additional-units': 1 },
  ],
  'lumbar-levels': ['L4-L5'],
  'urgent-surgery': false,
  myelopathy: false,
  'previous-fusion': false,
  'qualifying-conditions': ['none'],
  'degenerative-indication': 'spondylolisthesis',
  'imaging-matches': 'yes',
  'instability-xrays': 'yes',
  'nonsurgical-care': 'yes',
  'injection-trial': 'done',
  'advanced-imaging': ['mri'],
  'cotinine-result': 2,
  'cotinine-date': '2026-02-23',
};

/** Removal of the C5–C6 disc from the front with fusion and a plate, for radiculopathy after failed injections. */
const cervicalFusion: Answers = {
  region: 'cervical',
  inpatient: false,
  'primary-cpt': picked('22551'),
  'primary-units': 1,
  'add-second-code': true,
  'additional-codes': [{ 'additional-cpt': picked('22845'), 'additional-units': 1 }],
  'cervical-levels': ['C5-C6'],
  'urgent-surgery': false,
  myelopathy: false,
  'previous-fusion': false,
  'qualifying-conditions': ['none'],
  'degenerative-indication': 'radiculopathy',
  'neuro-findings': ['radiating-pain', 'weakness', 'nerve-tension'],
  'imaging-matches': 'yes',
  'nonsurgical-care': 'yes',
  'injection-trial': 'done',
  'advanced-imaging': ['mri'],
  'cotinine-result': 1,
  'cotinine-date': '2026-03-02',
};

/** Mid-back laminectomy for spinal cord compression with myelopathy: no nicotine test, no injection trial. */
const thoracicDecompression: Answers = {
  region: 'thoracic',
  inpatient: true,
  'primary-cpt': picked('63046'),
  'primary-units': 1,
  'add-second-code': false,
  'thoracic-levels': ['T10-T11'],
  'urgent-surgery': false,
  myelopathy: true,
  'previous-fusion': false,
  'qualifying-conditions': ['none'],
  'degenerative-indication': 'cord-compression',
  'neuro-findings': ['cord-signs', 'weakness'],
  'imaging-matches': 'yes',
  'nonsurgical-care': 'yes',
  'advanced-imaging': ['mri', 'ct'],
};

/** A low back laminectomy at L4–L5 for stenosis with neurogenic claudication. */
const lumbarDecompression: Answers = {
  region: 'lumbar',
  inpatient: false,
  'primary-cpt': picked('63047'),
  'primary-units': 1,
  'add-second-code': false,
  'lumbar-levels': ['L4-L5'],
  'urgent-surgery': false,
  myelopathy: false,
  'previous-fusion': false,
  'qualifying-conditions': ['none'],
  'degenerative-indication': 'stenosis-claudication',
  'neuro-findings': ['claudication'],
  'imaging-matches': 'yes',
  'nonsurgical-care': 'yes',
  'injection-trial': 'done',
  'advanced-imaging': ['mri'],
};

/** A one-level neck disc replacement for radiculopathy: the nicotine questions are not asked. */
const cervicalDisc: Answers = {
  region: 'cervical',
  inpatient: false,
  'primary-cpt': picked('22856'),
  'primary-units': 1,
  'add-second-code': false,
  'cervical-levels': ['C6-C7'],
  'urgent-surgery': false,
  myelopathy: false,
  'previous-fusion': false,
  'qualifying-conditions': ['none'],
  'degenerative-indication': 'radiculopathy',
  'neuro-findings': ['radiating-pain', 'reflexes'],
  'imaging-matches': 'yes',
  'nonsurgical-care': 'yes',
  'injection-trial': 'contraindicated',
  'injection-contraindications': ['anticoagulation'],
  'disc-replacement-exclusions': ['none'],
  'advanced-imaging': ['mri'],
};

const run = (answers: Answers) => decide(questionnaire, criteria, answers, dateOfService, 'SPINE');

describe('spine surgery v2', () => {
  it('validates clean', () => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });

  it.each([
    ['a lumbar fusion for spondylolisthesis', lumbarFusion],
    ['a cervical fusion from the front for radiculopathy', cervicalFusion],
    ['a thoracic decompression for myelopathy', thoracicDecompression],
    ['a lumbar decompression for stenosis', lumbarDecompression],
    ['a cervical disc replacement', cervicalDisc],
  ])('approves %s that meets every criterion, with realistic answers', (_name, answers) => {
    const decision = run(answers);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('keeps the v1 lumbar fusion lines: each code, its units and the levels of the region', () => {
    expect(run(lumbarFusion).lines.map((line) => [line.code, line.units, line.levels])).toEqual([
      ['22612', 1, ['L4–L5']],
      ['22840', 1, undefined],
      ['22853', 1, undefined],
    ]);
    expect(run(cervicalFusion).lines.map((line) => [line.code, line.levels, line.description])).toEqual([
      ['22551', ['C5–C6'], 'Neck fusion from the front with removal of the disc, first level'],
      ['22845', undefined, 'Plate or screws fixed from the front, 2 to 3 vertebral segments'],
    ]);
  });

  it('names the criteria that apply to each kind of surgery, and says why the others do not', () => {
    const decompression = run(thoracicDecompression);
    expect(decompression.outcome('nicotine-free')).toMatchObject({ applies: false });
    expect(decompression.outcome('fusion-indication')).toMatchObject({ applies: false });
    expect(decompression.outcome('injection-trial')).toMatchObject({ applies: false });
    expect(decompression.outcome('levels-named')?.reason).toBe('Region: Mid back (thoracic); Thoracic levels: T10–T11');
    expect(run(cervicalDisc).outcome('nicotine-free')).toMatchObject({ applies: false });
  });

  it('sends a primary code of another region to review', () => {
    const decision = run({ ...lumbarFusion, region: 'cervical', 'cervical-levels': ['C5-C6'], 'lumbar-levels': undefined });
    expect(decision.evaluation.openCriteria).toContain('covered-procedure');
    expect(decision.outcome('covered-procedure')?.result).toBe('not_met');
  });

  it('sends a degenerative fusion of three levels, or without a clean cotinine test, to review', () => {
    const threeLevels = run({ ...lumbarFusion, 'lumbar-levels': ['L3-L4', 'L4-L5', 'L5-S1'] });
    expect(threeLevels.evaluation.openCriteria).toEqual(['fusion-levels']);
    expect(threeLevels.outcome('fusion-levels')?.reason).toMatch(/Lumbar levels: L3–L4, L4–L5, L5–S1 \(3 chosen\); needed at most 2/);
    expect(run({ ...lumbarFusion, 'cotinine-result': 35 }).evaluation.openCriteria).toEqual(['nicotine-free']);
  });

  it('asks for a trial of injections before an elective decompression for stenosis, unless contraindicated', () => {
    const decision = run({ ...lumbarDecompression, 'injection-trial': 'not-done' });
    expect(decision.evaluation.openCriteria).toEqual(['injection-trial']);
    expect(run({ ...lumbarDecompression, 'injection-trial': 'contraindicated', 'injection-contraindications': ['bleeding-disorder'] }).evaluation.result).toBe('met');
  });

  it('approves an urgent fusion for a fracture without the degenerative, nicotine or injection rules', () => {
    const fracture: Answers = {
      region: 'lumbar',
      inpatient: true,
      'primary-cpt': picked('22633'),
      'primary-units': 1,
      'add-second-code': false,
      'lumbar-levels': ['L1-L2', 'L2-L3', 'L3-L4'],
      'urgent-surgery': true,
      myelopathy: false,
      'previous-fusion': false,
      'qualifying-conditions': ['fracture'],
      'advanced-imaging': ['ct', 'mri'],
    };
    const decision = run(fracture);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
  });

  it('sends a low back disc replacement above L3, or with facet arthritis, to review', () => {
    const lumbarDisc: Answers = {
      ...cervicalDisc,
      region: 'lumbar',
      'primary-cpt': picked('22857'),
      'cervical-levels': undefined,
      'lumbar-levels': ['L4-L5'],
      'degenerative-indication': 'disc-pain',
      'neuro-findings': undefined,
      'injection-trial': undefined,
      'injection-contraindications': undefined,
    };
    expect(run(lumbarDisc).evaluation.result).toBe('met');
    expect(run({ ...lumbarDisc, 'lumbar-levels': ['L2-L3'] }).evaluation.openCriteria).toEqual(['disc-replacement-indication']);
    expect(run({ ...lumbarDisc, 'disc-replacement-exclusions': ['facet-arthritis'] }).evaluation.openCriteria).toEqual(['disc-replacement-indication']);
  });

  it('asks nothing clinical for a bone growth stimulator alone, and leaves it to a reviewer', () => {
    const decision = run({ region: 'bone-stimulator-only', inpatient: false });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).not.toBe('met');
    expect(decision.lines).toEqual([]);
  });
});
