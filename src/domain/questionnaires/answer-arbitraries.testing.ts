import fc from 'fast-check';
import type { AnswerValue, Answers } from './answers.ts';
import type { QuestionnaireItem } from './questionnaire-types.ts';

/**
 * fast-check generators of answer maps for a questionnaire, for property tests (here and in
 * the content tests). Mostly plausible answers, so branches open, with some junk (wrong
 * types, unknown linkIds, empty values) so pruning meets what a stale or hostile form sends.
 */
export function answersArbitrary(items: readonly QuestionnaireItem[]): fc.Arbitrary<Answers> {
  const fields: Record<string, fc.Arbitrary<AnswerValue | undefined>> = {};
  collect(items, fields);
  const stray = fc.dictionary(fc.constantFrom('stray', 'old-question', '__proto__x'), fc.oneof(fc.string(), fc.integer()), { maxKeys: 2 });
  return fc.tuple(fc.record(fields, { requiredKeys: [] }), stray).map(([answers, extra]) => ({ ...extra, ...dropUndefined(answers) }));
}

function dropUndefined(answers: Record<string, AnswerValue | undefined>): Answers {
  const defined: Record<string, AnswerValue> = {};
  for (const [linkId, value] of Object.entries(answers)) {
    if (value !== undefined) {
      defined[linkId] = value;
    }
  }
  return defined;
}

/** Plain groups share their parent's map, so their children are fields of the same record. */
function collect(items: readonly QuestionnaireItem[], fields: Record<string, fc.Arbitrary<AnswerValue | undefined>>): void {
  for (const item of items) {
    if (item.type === 'group' && !item.repeats) {
      collect(item.item ?? [], fields);
    } else {
      fields[item.linkId] = valueArbitrary(item);
    }
  }
}

const junk: fc.Arbitrary<AnswerValue> = fc.oneof(fc.constant(''), fc.constant([] as string[]), fc.boolean(), fc.integer({ min: -5, max: 5 }), fc.string({ maxLength: 3 }));

function valueArbitrary(item: QuestionnaireItem): fc.Arbitrary<AnswerValue> {
  const optionValues = (item.answerOption ?? []).map((option) => option.value);
  const plausible = ((): fc.Arbitrary<AnswerValue> => {
    switch (item.type) {
      case 'group':
        return fc.array(answersArbitrary(item.item ?? []), { maxLength: 3 });
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return fc.integer({ min: (item.min ?? 0) - 2, max: Math.min(item.max ?? 60, 60) + 2 });
      case 'decimal':
        return fc.double({ min: (item.min ?? 0) - 1, max: Math.min(item.max ?? 60, 60) + 1, noNaN: true });
      case 'date':
        return fc.date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
      case 'string':
      case 'text':
        return fc.string({ maxLength: 8 });
      case 'choice':
      case 'open-choice':
        return item.repeats ? fc.subarray(optionValues, { minLength: 1 }) : fc.constantFrom(...optionValues);
      case 'code': {
        const codes = optionValues.length > 0 ? optionValues : ['E0260', 'K0001', 'M54.16', '62323'];
        const coding = fc.constantFrom(...codes).map((code) => ({ code, display: code }));
        return item.repeats ? fc.array(coding, { minLength: 1, maxLength: 2 }) : coding;
      }
    }
  })();
  return fc.oneof({ arbitrary: plausible, weight: 6 }, { arbitrary: junk, weight: 1 });
}
