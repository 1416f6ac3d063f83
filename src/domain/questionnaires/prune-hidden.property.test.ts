import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary } from './answer-arbitraries.testing.ts';
import { assertPruneProperties } from './prune-properties.testing.ts';
import { fixtureQuestionnaire } from './questionnaire-fixture.testing.ts';

describe('pruneHidden (property)', () => {
  it('is idempotent, keeps only answers to visible questions, and does not change what is shown', () => {
    fc.assert(
      fc.property(answersArbitrary(fixtureQuestionnaire.items), (answers) => {
        assertPruneProperties(fixtureQuestionnaire, answers, expect);
      }),
      { numRuns: 500 },
    );
  });
});
