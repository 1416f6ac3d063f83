import { describe, expect, it } from 'vitest';
import type { PriorAuthorization } from '../../domain/criteria/criteria-types.ts';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { mskCervicalThoracicEsiQuestionnaireV1 } from '../questionnaires/msk-cervical-thoracic-esi.v1.ts';
import { mskFacetAblationQuestionnaireV1 } from '../questionnaires/msk-facet-ablation.v1.ts';
import { mskFacetBlockQuestionnaireV1 } from '../questionnaires/msk-facet-block.v1.ts';
import { mskLumbarEsiQuestionnaireV1 } from '../questionnaires/msk-lumbar-esi.v1.ts';
import { mskSacroiliacInjectionQuestionnaireV1 } from '../questionnaires/msk-sacroiliac-injection.v1.ts';
import { decide } from './decide.testing.ts';
import { mskCervicalThoracicEsiCriteriaV1 } from './msk-cervical-thoracic-esi.v1.ts';
import { mskFacetAblationCriteriaV1 } from './msk-facet-ablation.v1.ts';
import { mskFacetBlockCriteriaV1 } from './msk-facet-block.v1.ts';
import { mskLumbarEsiCriteriaV1 } from './msk-lumbar-esi.v1.ts';
import { mskLumbarEsiCriteriaV2 } from './msk-lumbar-esi.v2.ts';
import { mskSacroiliacInjectionCriteriaV1 } from './msk-sacroiliac-injection.v1.ts';
import { cervicalEsiFirstInjection, facetFirstBlock, facetSecondBlock, firstAblation, sacroiliacDiagnostic } from './pain-sample-answers.testing.ts';
import { lumbarEsiFirstInjection } from './sample-answers.testing.ts';

const dateOfService = '2026-03-02';
const earlier = (caseNumber: string, date: string, ...codes: string[]): PriorAuthorization => ({ caseNumber, status: 'approved', dateOfService: date, codes });
/** Another service altogether: never counted. */
const unrelated = earlier('100000001', '2026-02-20', '27447');

describe('interventional pain content', () => {
  it.each([
    [mskLumbarEsiQuestionnaireV1, mskLumbarEsiCriteriaV2],
    [mskCervicalThoracicEsiQuestionnaireV1, mskCervicalThoracicEsiCriteriaV1],
    [mskFacetBlockQuestionnaireV1, mskFacetBlockCriteriaV1],
    [mskFacetAblationQuestionnaireV1, mskFacetAblationCriteriaV1],
    [mskSacroiliacInjectionQuestionnaireV1, mskSacroiliacInjectionCriteriaV1],
  ])('%s validates clean with its criteria', (questionnaire, criteria) => {
    expect(validateQuestionnaire(questionnaire)).toEqual([]);
    expect(validateCriteriaSet(criteria, questionnaire)).toEqual([]);
  });
});

describe('lumbar epidural steroid injection, criteria v2 (the member’s earlier authorizations)', () => {
  const run = (answers: Answers, history: readonly PriorAuthorization[] | undefined, procedureCode = '62323') =>
    decide(mskLumbarEsiQuestionnaireV1, mskLumbarEsiCriteriaV2, answers, dateOfService, procedureCode, history);

  it('keeps every v1 criterion with its meaning, and reads the same questionnaire version', () => {
    expect(mskLumbarEsiCriteriaV2).toMatchObject({ questionnaireId: 'msk-lumbar-esi', questionnaireVersion: '1', version: '2' });
    const v1Ids = mskLumbarEsiCriteriaV1.criteria.map((criterion) => criterion.id);
    expect(mskLumbarEsiCriteriaV2.criteria.slice(0, v1Ids.length).map((criterion) => [criterion.id, criterion.rule])).toEqual(
      mskLumbarEsiCriteriaV1.criteria.map((criterion) => [criterion.id, criterion.rule]),
    );
    const v1 = decide(mskLumbarEsiQuestionnaireV1, mskLumbarEsiCriteriaV1, { ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }, dateOfService, '62323');
    const v2 = run({ ...lumbarEsiFirstInjection, 'conservative-weeks': 3 }, []);
    expect(v2.outcome('conservative-care')).toMatchObject({ result: 'not_met', reason: v1.outcome('conservative-care')?.reason, citation: { version: '2026.2', section: '4.1' } });
  });

  it('approves a first injection when the member has no earlier one on record', () => {
    const decision = run(lumbarEsiFirstInjection, [unrelated]);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('yearly-limit-on-record')?.reason).toBe('No earlier authorizations for 62323, 64483, 64484 in the last 12 months');
    expect(decision.lines.map((line) => line.code)).toEqual(['62323']);
  });

  it('sends a request answered low to review when the records pass the limit, naming the cases', () => {
    const history = [
      earlier('100000011', '2025-04-10', '62323'),
      earlier('100000012', '2025-08-04', '64483', '64484'),
      earlier('100000013', '2025-11-17', '62323'),
      earlier('100000014', '2026-01-26', '62323'),
      unrelated,
    ];
    const decision = run(lumbarEsiFirstInjection, history);
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['yearly-limit-on-record']);
    expect(decision.outcome('yearly-limit-on-record')?.reason).toBe(
      '4 earlier authorizations for 62323, 64483, 64484 in the last 12 months (cases 100000011, 100000012, 100000013, 100000014); allowed at most 3',
    );
  });

  it('sends a request within 14 days of an earlier one on record to review', () => {
    const decision = run(lumbarEsiFirstInjection, [earlier('100000015', '2026-02-23', '64483')]);
    expect(decision.evaluation.openCriteria).toEqual(['interval-on-record']);
    expect(decision.outcome('interval-on-record')?.reason).toBe(
      'Most recent earlier authorization for 62323, 64483, 64484: case 100000015 on 2026-02-23, 7 days before the date of service; needed at least 14 days',
    );
  });

  it('leaves the decision to a reviewer when the history could not be read', () => {
    const decision = run(lumbarEsiFirstInjection, undefined);
    expect(decision.evaluation.result).toBe('unknown');
    expect(decision.evaluation.openCriteria).toEqual(['episode-limit-on-record', 'yearly-limit-on-record', 'interval-on-record']);
  });
});

describe('cervical and thoracic epidural steroid injection v1', () => {
  const run = (answers: Answers, procedureCode = '62321', history: readonly PriorAuthorization[] = []) =>
    decide(mskCervicalThoracicEsiQuestionnaireV1, mskCervicalThoracicEsiCriteriaV1, answers, dateOfService, procedureCode, history);

  it('approves a first injection with recent imaging, and a two-level transforaminal one as two lines', () => {
    const decision = run(cervicalEsiFirstInjection);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.openCriteria).toEqual([]);
    const transforaminal = run({ ...cervicalEsiFirstInjection, levels: 2 }, '64479');
    expect(transforaminal.evaluation.result).toBe('met');
    expect(transforaminal.lines.map((line) => [line.code, line.units])).toEqual([
      ['64479', 1],
      ['64480', 1],
    ]);
  });

  it('needs MRI or CT of the region within 12 months', () => {
    const decision = run({ ...cervicalEsiFirstInjection, 'imaging-date': '2025-02-20' });
    expect(decision.evaluation.openCriteria).toEqual(['recent-imaging']);
    expect(decision.outcome('recent-imaging')?.reason).toMatch(/Most recent MRI or CT: 2025-02-20, 12 months before the date of service; needed less than 12 months/);
  });

  it('counts only neck and mid-back injections on record', () => {
    const lowBack = [earlier('100000021', '2026-02-25', '62323')];
    expect(run(cervicalEsiFirstInjection, '62321', lowBack).evaluation.result).toBe('met');
    const neck = [earlier('100000022', '2025-10-01', '62321'), earlier('100000023', '2025-12-01', '64479', '64480'), earlier('100000024', '2026-01-20', '62321')];
    expect(run(cervicalEsiFirstInjection, '62321', neck).evaluation.openCriteria).toEqual(['episode-limit-on-record']);
  });
});

describe('facet joint and medial branch blocks v1', () => {
  const run = (answers: Answers, history: readonly PriorAuthorization[] = [], procedureCode = '64493') =>
    decide(mskFacetBlockQuestionnaireV1, mskFacetBlockCriteriaV1, answers, dateOfService, procedureCode, history);

  it('approves a first two-level block on both sides, with the second-level code and modifier 50', () => {
    const decision = run(facetFirstBlock);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.outcome('block-limit-on-record-neck')).toMatchObject({ applies: false });
    expect(decision.lines.map((line) => [line.code, line.units, line.modifiers])).toEqual([
      ['64493', 1, ['50']],
      ['64494', 1, ['50']],
    ]);
    expect(run({ ...facetFirstBlock, levels: 3 }, [], '64490').lines.map((line) => [line.code, line.units])).toEqual([
      ['64490', 1],
      ['64491', 1],
      ['64492', 1],
    ]);
  });

  it('approves a second block after one with at least 80% relief; not after less', () => {
    expect(run(facetSecondBlock, [earlier('100000031', '2026-02-02', '64493', '64494')]).evaluation.result).toBe('met');
    const decision = run({ ...facetSecondBlock, 'previous-block-relief': 60 });
    expect(decision.evaluation.openCriteria).toEqual(['second-block-relief']);
    expect(decision.outcome('second-block-relief')?.reason).toBe('Relief from the last block (%): 60; needed at least 80');
  });

  it('sends a block to review when the records show two earlier ones, whatever the office answered', () => {
    const history = [earlier('100000012', '2025-11-03', '64493', '64494'), earlier('100000019', '2026-02-02', '64493'), unrelated];
    const decision = run(facetFirstBlock, history);
    expect(decision.evaluation.result).toBe('not_met');
    expect(decision.evaluation.openCriteria).toEqual(['block-limit-on-record-low-back']);
    expect(decision.outcome('block-limit-on-record-low-back')?.reason).toBe(
      '2 earlier authorizations for 64493–64495 in the last 12 months (cases 100000012, 100000019); allowed at most 1',
    );
    // The neck and mid back are another region.
    expect(run(facetFirstBlock, history, '64490').evaluation.result).toBe('met');
  });

  it('enforces the seed’s limits per session and the loading test', () => {
    expect(run({ ...facetFirstBlock, levels: 4 }).evaluation.openCriteria).toEqual(['levels-per-session']);
    expect(run({ ...facetFirstBlock, 'exam-findings': ['tenderness'] }).evaluation.openCriteria).toEqual(['loading-pain']);
    expect(run({ ...facetFirstBlock, 'conservative-weeks': 3 }).evaluation.openCriteria).toEqual(['conservative-care']);
    expect(run({ ...facetFirstBlock, 'epidural-same-session': true, 'facet-cyst': false }).evaluation.openCriteria).toEqual(['no-epidural-same-session']);
    expect(run({ ...facetFirstBlock, 'earlier-blocks': 2, 'previous-block-relief': 90 }).evaluation.openCriteria).toEqual(['block-limit']);
  });

  it('leaves a therapeutic facet injection to a reviewer', () => {
    const decision = run({ purpose: 'therapeutic' });
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.openCriteria[0]).toBe('diagnostic-block');
  });
});

describe('radiofrequency ablation of the facet joint nerves v1', () => {
  const run = (answers: Answers, history: readonly PriorAuthorization[] = [], procedureCode = '64635') =>
    decide(mskFacetAblationQuestionnaireV1, mskFacetAblationCriteriaV1, answers, dateOfService, procedureCode, history);

  it('approves a first ablation after two blocks with at least 80% relief, one line per joint', () => {
    const decision = run(firstAblation, [earlier('100000041', '2026-01-05', '64493'), earlier('100000042', '2026-02-02', '64493')]);
    expect(decision.problems).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines.map((line) => [line.code, line.units, line.modifiers])).toEqual([
      ['64635', 1, ['RT']],
      ['64636', 1, ['RT']],
    ]);
  });

  it('needs two diagnostic blocks first', () => {
    expect(run({ ...firstAblation, 'diagnostic-blocks': 1 }).evaluation.openCriteria).toEqual(['two-diagnostic-blocks']);
  });

  it('keeps 6 weeks between ablations of a region, as answered and as on record', () => {
    const other = { ...firstAblation, side: 'left', 'previous-ablation': true, 'last-ablation-date': '2026-02-09', 'same-levels': false };
    expect(run(other).evaluation.openCriteria).toEqual(['interval']);
    const answeredLong = { ...other, 'last-ablation-date': '2025-09-01' };
    const decision = run(answeredLong, [earlier('100000043', '2026-02-09', '64635', '64636')]);
    expect(decision.evaluation.openCriteria).toEqual(['interval-on-record-low-back']);
    expect(decision.outcome('interval-on-record-low-back')?.reason).toBe(
      'Most recent earlier authorization for 64635, 64636: case 100000043 on 2026-02-09, 21 days before the date of service; needed at least 42 days',
    );
  });

  it('repeats an ablation of the same levels only after lasting relief', () => {
    const repeat = { ...firstAblation, 'previous-ablation': true, 'last-ablation-date': '2025-08-04', 'same-levels': true, 'ablation-response': 'no' };
    expect(run(repeat).evaluation.openCriteria).toEqual(['repeat-ablation-response']);
    expect(run({ ...repeat, 'ablation-response': 'yes' }).evaluation.result).toBe('met');
  });
});

describe('sacroiliac joint injection v1', () => {
  const run = (answers: Answers, history: readonly PriorAuthorization[] = []) =>
    decide(mskSacroiliacInjectionQuestionnaireV1, mskSacroiliacInjectionCriteriaV1, answers, dateOfService, '27096', history);

  it('approves a first diagnostic injection with 3 of 5 tests positive', () => {
    const decision = run(sacroiliacDiagnostic);
    expect(decision.problems).toEqual([]);
    expect(decision.stray).toEqual([]);
    expect(decision.evaluation.result).toBe('met');
    expect(decision.lines).toMatchObject([{ code: '27096', units: 1, modifiers: ['LT'] }]);
  });

  it('needs 3 positive tests and 4 weeks of care', () => {
    expect(run({ ...sacroiliacDiagnostic, 'provocation-tests': ['distraction', 'compression'] }).evaluation.openCriteria).toEqual(['provocation-tests']);
    expect(run({ ...sacroiliacDiagnostic, 'conservative-weeks': 2 }).evaluation.openCriteria).toEqual(['conservative-care']);
  });

  it('applies the relief thresholds to therapeutic and repeat injections', () => {
    const therapeutic = { ...sacroiliacDiagnostic, 'injection-kind': 'therapeutic', 'previous-relief': 75 };
    expect(run(therapeutic).evaluation.openCriteria).toEqual(['relief-after-diagnostic']);
    expect(run({ ...therapeutic, 'previous-relief': 80 }).evaluation.result).toBe('met');
    const repeat = { ...sacroiliacDiagnostic, 'injection-kind': 'repeat-therapeutic', 'previous-relief': 90, 'previous-benefits': ['none'] };
    expect(run(repeat).evaluation.openCriteria).toEqual(['repeat-relief']);
    expect(run({ ...repeat, 'previous-benefits': ['less-care'] }).evaluation.result).toBe('met');
  });

  it('sends a "first" injection to review when the records show one in the last 12 months', () => {
    const decision = run(sacroiliacDiagnostic, [earlier('100000051', '2025-12-01', '27096')]);
    expect(decision.evaluation.openCriteria).toEqual(['first-injection-on-record']);
    expect(decision.outcome('first-injection-on-record')?.reason).toBe('1 earlier authorization for 27096 in the last 12 months (case 100000051); allowed at most 0');
  });
});
