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
    ['MSK', 'SPINE', 'msk-lumbar-fusion'],
    ['MSK', 'JOINT', 'msk-knee-surgery'],
    ['RADONC', 'RCBREA', 'radonc-breast'],
    ['DME', 'DME', 'dme-equipment'],
  ])('asks %s %s the questionnaire %s', (programCode, procedureCode, id) => {
    expect(questionnaireFor(programCode, procedureCode)?.id).toBe(id);
  });

  it('has nothing for a procedure without a questionnaire yet, or for the wrong program', () => {
    expect(questionnaireFor('MSK', '64493')).toBeUndefined();
    expect(questionnaireFor('RADONC', '62323')).toBeUndefined();
  });

  it('finds the newest version for a new request and the exact version for a saved one', () => {
    expect(questionnaireById('msk-lumbar-esi', '1')?.title).toBe('Lumbar epidural steroid injection');
    expect(questionnaireById('msk-lumbar-esi', '2')).toBeUndefined();
    const esi = questionnaireFor('MSK', '62323')!;
    expect(criteriaFor(esi)?.id).toBe('msk-lumbar-esi-criteria');
    expect(criteriaSetById('msk-lumbar-esi-criteria', '1')).toBe(criteriaFor(esi));
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
    expect(publishedCriteriaSets).toHaveLength(publishedQuestionnaires.length);
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
