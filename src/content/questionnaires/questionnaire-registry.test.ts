import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCriteriaSet } from '../../domain/criteria/validate-criteria-set.ts';
import { answersArbitrary } from '../../domain/questionnaires/answer-arbitraries.testing.ts';
import { flattenItems } from '../../domain/questionnaires/find-item.ts';
import { assertPruneProperties } from '../../domain/questionnaires/prune-properties.testing.ts';
import { validateQuestionnaire } from '../../domain/questionnaires/validate-questionnaire.ts';
import { programProcedures } from '../catalogue/program-procedures.ts';
import { criteriaFor, criteriaSetById, publishedCriteriaSets } from '../criteria/criteria-registry.ts';
import { publishedQuestionnaires, questionnaireById, questionnaireFor } from './questionnaire-registry.ts';

describe('questionnaire registry', () => {
  it.each([
    ['MSK', '62323', 'msk-lumbar-esi'],
    ['MSK', '64483', 'msk-lumbar-esi'],
    ['MSK', 'SPINE', 'msk-spine-surgery'],
    ['MSK', 'JOINT', 'msk-joint-surgery'],
    ['MSK', '62321', 'msk-cervical-thoracic-esi'],
    ['MSK', '64479', 'msk-cervical-thoracic-esi'],
    ['MSK', '64490', 'msk-facet-block'],
    ['MSK', '64493', 'msk-facet-block'],
    ['MSK', '64633', 'msk-facet-ablation'],
    ['MSK', '64635', 'msk-facet-ablation'],
    ['MSK', '27096', 'msk-sacroiliac-injection'],
    ['RADONC', 'RCBREA', 'radonc-breast'],
    ['RADONC', 'RCPROS', 'radonc-prostate'],
    ['RADONC', 'RCLUNG', 'radonc-lung'],
    ['RADONC', 'RCBONE', 'radonc-bone-metastases'],
    ['RADONC', 'RCBRAI', 'radonc-brain-metastases'],
    ['RADONC', 'RCHENE', 'radonc-general'],
    ['RADONC', 'RCNONC', 'radonc-general'],
    ['RADONC', 'RCOTHR', 'radonc-general'],
    ['DME', 'DME', 'dme-equipment'],
    ['RADIOLOGY', '70551', 'radiology-brain'],
    ['RADIOLOGY', '70450', 'radiology-brain'],
    ['RADIOLOGY', '72148', 'radiology-spine'],
    ['RADIOLOGY', '72131', 'radiology-spine'],
    ['RADIOLOGY', '73721', 'radiology-joint'],
    ['RADIOLOGY', '74177', 'radiology-abdomen-pelvis'],
    ['RADIOLOGY', '72197', 'radiology-abdomen-pelvis'],
    ['RADIOLOGY', '71250', 'radiology-chest'],
    ['RADIOLOGY', '71275', 'radiology-chest'],
    ['RADIOLOGY', '78815', 'radiology-pet'],
    ['RADIOLOGY', '78452', 'radiology-stress-imaging'],
    ['RADIOLOGY', '93350', 'radiology-stress-imaging'],
    ['RADIOLOGY', '93306', 'radiology-echocardiography'],
    ['RADIOLOGY', '75574', 'radiology-coronary-cta'],
    ['RADIOLOGY', '93458', 'radiology-heart-catheterization'],
    ['SLEEP', '95800', 'sleep-testing'],
    ['SLEEP', 'G0399', 'sleep-testing'],
    ['SLEEP', '95810', 'sleep-testing'],
    ['SLEEP', '95811', 'sleep-titration'],
    ['SLEEP', 'E0601', 'sleep-apnea-devices'],
    ['SLEEP', 'E0470', 'sleep-apnea-devices'],
    ['SLEEP', 'E0486', 'sleep-apnea-devices'],
    ['LAB', '81162', 'lab-hereditary-cancer'],
    ['LAB', '81432', 'lab-hereditary-cancer'],
    ['LAB', '81225', 'lab-pharmacogenomics'],
    ['LAB', '81335', 'lab-pharmacogenomics'],
    ['LAB', '81415', 'lab-exome'],
    ['LAB', '81519', 'lab-breast-gene-expression'],
    ['LAB', '81479', 'lab-unlisted-molecular'],
    ['GI', '43235', 'gi-upper-endoscopy'],
    ['GI', '43239', 'gi-upper-endoscopy'],
    ['GI', '45378', 'gi-colonoscopy'],
    ['GI', '91110', 'gi-capsule-endoscopy'],
    ['MED_ONC', 'J9271', 'med-onc-regimen'],
    ['MED_ONC', 'J9045', 'med-onc-regimen'],
    ['MED_ONC', 'J0640', 'med-onc-regimen'],
    ['MED_DRUGS', 'J0897', 'med-drugs-denosumab'],
    ['MED_DRUGS', 'J1745', 'med-drugs-infliximab'],
    ['MED_DRUGS', 'J0178', 'med-drugs-aflibercept'],
    ['MED_DRUGS', 'J2350', 'med-drugs-ocrelizumab'],
    ['PHARMACY', 'PHARM', 'pharmacy-drugs'],
  ])('asks %s %s the questionnaire %s', (programCode, procedureCode, id) => {
    expect(questionnaireFor(programCode, procedureCode)?.id).toBe(id);
  });

  it('has nothing for a procedure without a questionnaire yet, or for the wrong program', () => {
    expect(questionnaireFor('MSK', '63650')).toBeUndefined();
    expect(questionnaireFor('RADONC', '62323')).toBeUndefined();
  });

  it('finds the newest version for a new request and the exact version for a saved one', () => {
    expect(questionnaireById('msk-lumbar-esi', '1')?.title).toBe('Lumbar epidural steroid injection');
    expect(questionnaireById('msk-lumbar-esi', '2')).toBeUndefined();
    const esi = questionnaireFor('MSK', '62323')!;
    expect(criteriaFor(esi)?.id).toBe('msk-lumbar-esi-criteria');
    // Criteria version 2 reads the same questionnaire version; version 1 stays for decided cases.
    expect(criteriaSetById('msk-lumbar-esi-criteria', '2')).toBe(criteriaFor(esi));
    expect(criteriaSetById('msk-lumbar-esi-criteria', '1')?.questionnaireVersion).toBe('1');
    // SPINE and JOINT ask version 2; a case answered on version 1 still finds it and its criteria.
    expect(questionnaireFor('MSK', 'SPINE')?.version).toBe('2');
    for (const [id, setId] of [['msk-lumbar-fusion', 'msk-lumbar-fusion-criteria'], ['msk-knee-surgery', 'msk-knee-surgery-criteria']] as const) {
      expect(criteriaFor(questionnaireById(id, '1')!)?.id).toBe(setId);
    }
    // DME asks version 2 (every category); a case answered on version 1 keeps criteria version 1.
    expect(questionnaireFor('DME', 'DME')?.version).toBe('2');
    expect(criteriaFor(questionnaireById('dme-equipment', '1')!)?.version).toBe('1');
    expect(criteriaFor(questionnaireFor('DME', 'DME')!)?.version).toBe('2');
  });

  it('publishes each questionnaire version once, each with a criteria set that validates against it', () => {
    const keys = publishedQuestionnaires.map((questionnaire) => `${questionnaire.id}@${questionnaire.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const questionnaire of publishedQuestionnaires) {
      expect(validateQuestionnaire(questionnaire), questionnaire.id).toEqual([]);
      const set = criteriaFor(questionnaire);
      expect(set, questionnaire.id).toBeDefined();
      expect(validateCriteriaSet(set!, questionnaire), questionnaire.id).toEqual([]);
    }
    // Every criteria set reads a published questionnaire version (several sets may read one).
    for (const set of publishedCriteriaSets) {
      expect(questionnaireById(set.questionnaireId, set.questionnaireVersion), set.id).toBeDefined();
    }
    const setKeys = publishedCriteriaSets.map((set) => `${set.id}@${set.version}`);
    expect(new Set(setKeys).size).toBe(setKeys.length);
  });

  it('is asked only for procedures the catalogue offers in the same program', () => {
    for (const questionnaire of publishedQuestionnaires) {
      for (const code of questionnaire.procedureCodes) {
        expect(programProcedures.some((procedure) => procedure.programCode === questionnaire.programCode && procedure.code === code), `${questionnaire.id} ${code}`).toBe(true);
      }
    }
  });

  it('gives every question a short text, for criteria reasons and summaries', () => {
    for (const questionnaire of publishedQuestionnaires) {
      const missing = flattenItems(questionnaire)
        .filter((entry) => entry.item.type !== 'group' && entry.item.shortText === undefined)
        .map((entry) => entry.item.linkId);
      expect(missing, questionnaire.id).toEqual([]);
    }
  });

  it.each(publishedQuestionnaires.map((questionnaire) => [questionnaire.id, questionnaire] as const))('%s: pruning is idempotent and keeps only answers to visible questions (property)', (_id, questionnaire) => {
    fc.assert(
      fc.property(answersArbitrary(questionnaire.items), (answers) => {
        assertPruneProperties(questionnaire, answers, expect);
      }),
      { numRuns: 200 },
    );
  });
});
