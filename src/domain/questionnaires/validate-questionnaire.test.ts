import { describe, expect, it } from 'vitest';
import { fixtureQuestionnaire } from './questionnaire-fixture.testing.ts';
import type { EnableWhen, Questionnaire, QuestionnaireItem } from './questionnaire-types.ts';
import { validateQuestionnaire } from './validate-questionnaire.ts';

const colour: QuestionnaireItem = {
  linkId: 'colour',
  text: 'Colour',
  type: 'choice',
  answerOption: [
    { value: 'red', display: 'Red' },
    { value: 'blue', display: 'Blue' },
  ],
};
const count: QuestionnaireItem = { linkId: 'count', text: 'Count', type: 'integer', min: 0, max: 10 };
const flag: QuestionnaireItem = { linkId: 'flag', text: 'Flag', type: 'boolean' };
const entries: QuestionnaireItem = {
  linkId: 'entries',
  text: 'Entries',
  type: 'group',
  repeats: true,
  item: [{ linkId: 'entry-kind', text: 'Kind', type: 'string' }],
};

function questionnaire(...items: QuestionnaireItem[]): Questionnaire {
  return { id: 'q', version: '1', title: 'Q', programCode: 'TEST', procedureCodes: ['T1'], items };
}

function dependent(enableWhen: EnableWhen[], extra: Partial<QuestionnaireItem> = {}): QuestionnaireItem {
  return { linkId: 'dependent', text: 'Dependent', type: 'string', enableWhen, ...extra };
}

const messages = (q: Questionnaire) => validateQuestionnaire(q).map((problem) => problem.message);

describe('validateQuestionnaire', () => {
  it('finds nothing wrong with sound content', () => {
    expect(validateQuestionnaire(fixtureQuestionnaire)).toEqual([]);
  });

  it('catches a linkId used twice', () => {
    expect(messages(questionnaire(flag, { ...count, linkId: 'flag' }))).toEqual(['The linkId “flag” is used more than once.']);
  });

  it('catches a condition on a question that does not exist', () => {
    expect(messages(questionnaire(flag, dependent([{ question: 'missing', operator: 'exists', answer: true }])))).toEqual([
      'enableWhen refers to “missing”, which is not in the questionnaire.',
    ]);
  });

  it('catches a condition on a later question, on itself, and on a group', () => {
    expect(messages(questionnaire(dependent([{ question: 'flag', operator: '=', answer: true }]), flag))).toEqual([
      'enableWhen refers to “flag”, which comes later; a question can only depend on earlier answers.',
    ]);
    expect(messages(questionnaire(dependent([{ question: 'dependent', operator: 'exists', answer: true }])))).toEqual(['enableWhen refers to the item itself.']);
    expect(messages(questionnaire(entries, dependent([{ question: 'entries', operator: 'exists', answer: true }])))).toEqual([
      'enableWhen refers to the group “entries”, which has no answer of its own.',
    ]);
  });

  it('catches a condition reaching into a repeating group from outside it', () => {
    expect(messages(questionnaire(entries, dependent([{ question: 'entry-kind', operator: '=', answer: 'x' }])))).toEqual([
      'enableWhen refers to “entry-kind” inside the repeating group “entries”, which does not contain this item, so it is not clear which entry to look at.',
    ]);
  });

  it('catches an operator that does not fit the question type', () => {
    expect(messages(questionnaire(colour, dependent([{ question: 'colour', operator: '>', answer: 'red' }])))).toEqual([
      "enableWhen on “colour”: '>' compares numbers or dates, and “colour” is a choice question.",
    ]);
    expect(messages(questionnaire(flag, dependent([{ question: 'flag', operator: '=', answer: 'yes' }])))).toEqual([
      'enableWhen on “flag”: a yes/no question is compared with true or false.',
    ]);
    expect(messages(questionnaire(count, dependent([{ question: 'count', operator: '>=', answer: '3' }])))).toEqual([
      'enableWhen on “count”: a number question is compared with a number.',
    ]);
    expect(messages(questionnaire(flag, dependent([{ question: 'flag', operator: 'exists', answer: 1 }])))).toEqual(["enableWhen on “flag”: 'exists' takes true or false."]);
  });

  it('catches answer option values used twice', () => {
    const doubled = { ...colour, answerOption: [...(colour.answerOption ?? []), { value: 'red', display: 'Crimson' }] };
    expect(messages(questionnaire(doubled))).toEqual(['The answer option value “red” is used more than once.']);
  });

  it('catches a question that can never be shown: a value that is not an option', () => {
    expect(messages(questionnaire(colour, dependent([{ question: 'colour', operator: '=', answer: 'green' }])))).toEqual([
      '“dependent” can never be shown: “colour” has no answer option “green”.',
    ]);
  });

  it('catches a question that can never be shown: a number outside the allowed range', () => {
    expect(messages(questionnaire(count, dependent([{ question: 'count', operator: '>', answer: 10 }])))).toEqual([
      '“dependent” can never be shown: “count” > 10 is outside its allowed range 0 to 10.',
    ]);
  });

  it('catches conditions that exclude each other under all, but not under any', () => {
    const both: EnableWhen[] = [
      { question: 'colour', operator: '=', answer: 'red' },
      { question: 'colour', operator: '=', answer: 'blue' },
    ];
    expect(messages(questionnaire(colour, dependent(both)))).toEqual(['“dependent” can never be shown: the conditions need “colour” to equal red and blue at once.']);
    expect(messages(questionnaire(colour, dependent(both, { enableBehavior: 'any' })))).toEqual([]);
    const range: EnableWhen[] = [
      { question: 'count', operator: '>', answer: 5 },
      { question: 'count', operator: '<', answer: 6 },
    ];
    expect(messages(questionnaire(count, dependent(range)))).toEqual(['“dependent” can never be shown: no number satisfies all the conditions on “count”.']);
  });

  it('allows several = conditions on a choose-all-that-apply question', () => {
    const many = { ...colour, repeats: true };
    const both: EnableWhen[] = [
      { question: 'colour', operator: '=', answer: 'red' },
      { question: 'colour', operator: '=', answer: 'blue' },
    ];
    expect(messages(questionnaire(many, dependent(both)))).toEqual([]);
  });

  it('follows unreachability down the chain and into groups', () => {
    const never = { ...flag, linkId: 'never', enableWhen: [{ question: 'colour', operator: '=' as const, answer: 'green' }] };
    const group: QuestionnaireItem = { linkId: 'section', text: 'Section', type: 'group', item: [{ ...count, linkId: 'inner' }], enableWhen: [{ question: 'never', operator: '=', answer: true }] };
    const after = dependent([{ question: 'inner', operator: 'exists', answer: true }]);
    expect(messages(questionnaire(colour, never, group, after))).toEqual([
      '“never” can never be shown: “colour” has no answer option “green”.',
      '“section” can never be shown: “never” is itself never shown.',
      '“dependent” can never be shown: “inner” is itself never shown.',
    ]);
  });

  it('catches malformed items', () => {
    expect(
      messages(
        questionnaire(
          { linkId: 'empty-group', text: 'Group', type: 'group', item: [] },
          { linkId: 'bare-choice', text: 'Choice', type: 'choice' },
          { linkId: 'bare-code', text: 'Code', type: 'code' },
          { linkId: 'bounds', text: 'Bounds', type: 'integer', min: 5, max: 1 },
          { linkId: 'many-numbers', text: 'Numbers', type: 'integer', repeats: true },
          { linkId: 'text-bounds', text: 'Text', type: 'string', min: 1 },
        ),
      ),
    ).toEqual([
      'A group needs at least one item inside it.',
      'A choice needs answer options.',
      'A code question must name its code system.',
      'The minimum (5) is above the maximum (1).',
      'Only groups, choices and codes can repeat.',
      'Only number questions have a minimum or maximum.',
    ]);
  });

  it('catches a questionnaire without procedure codes or items', () => {
    expect(messages({ id: 'q', version: '1', title: 'Q', programCode: 'TEST', procedureCodes: [], items: [] })).toEqual([
      'The questionnaire must name the procedure codes it is asked for.',
      'The questionnaire has no items.',
    ]);
  });
});
