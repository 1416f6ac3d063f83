import { describe, expect, it } from 'vitest';
import { type Answers, answerAt, pathKey, removeInstance, setAnswer } from './answers.ts';
import { applyAnswer, answerProblems, isComplete, nextUnanswered } from './progress.ts';
import { fixtureQuestionnaire as q } from './questionnaire-fixture.testing.ts';
import { pruneHidden, visibleItems } from './visibility.ts';

const shown = (answers: Answers) => visibleItems(q, answers).map((entry) => pathKey(entry.path));

const bed = { code: 'E0260', display: 'Hospital bed, semi-electric' };

describe('visibleItems', () => {
  it('starts with the unconditional questions and the first entry of a required repeating group', () => {
    expect(shown({})).toEqual(['reason', 'findings', 'lines', 'lines[0].hcpcs', 'lines[0].units', 'lines[0].acquisition', 'weight', 'notes']);
  });

  it('branches on a choice', () => {
    expect(shown({ reason: 'pain' })).toContain('weeks');
    expect(shown({ reason: 'pain' })).not.toContain('other-reason');
    expect(shown({ reason: 'other' })).toContain('other-reason');
    expect(shown({ reason: 'other' })).not.toContain('weeks');
  });

  it('opens a group on a number comparison and follows a chain of conditions', () => {
    expect(shown({ reason: 'pain', weeks: 5 })).not.toContain('therapy');
    const six = shown({ reason: 'pain', weeks: 6 });
    expect(six).toContain('therapy');
    expect(six).toContain('therapy-kinds');
    expect(six).not.toContain('therapy-helped');
    expect(shown({ reason: 'pain', weeks: 6, 'therapy-kinds': ['pt'] })).toContain('therapy-helped');
  });

  it('shows children of a plain group at the answer level of the group (flat paths), one level deeper', () => {
    const entry = visibleItems(q, { reason: 'pain', weeks: 8 }).find((item) => item.item.linkId === 'therapy-kinds');
    expect(entry?.path).toEqual(['therapy-kinds']);
    expect(entry?.depth).toBe(1);
  });

  it('with enableBehavior any, one matching condition is enough; with several answers, any answer may match', () => {
    expect(shown({ findings: ['c'] })).not.toContain('imaging-date');
    expect(shown({ findings: ['b'] })).toContain('imaging-date');
    expect(shown({ findings: ['c', 'a'] })).toContain('imaging-date');
  });

  it('expands each repeat entry, and conditions inside an entry look at that entry', () => {
    const answers: Answers = {
      lines: [
        { hcpcs: bed, units: 1, acquisition: 'rental' },
        { hcpcs: bed, units: 1, acquisition: 'purchase' },
      ],
    };
    const paths = shown(answers);
    expect(paths).toContain('lines[0].months');
    expect(paths).toContain('lines[1].acquisition');
    expect(paths).not.toContain('lines[1].months');
  });

  it('an unanswered question keeps what depends on it hidden, also for !=', () => {
    const ne = { ...q, items: [q.items[0]!, { linkId: 'x', text: 'x', type: 'string' as const, enableWhen: [{ question: 'reason', operator: '!=' as const, answer: 'pain' }] }] };
    expect(visibleItems(ne, {}).map((entry) => entry.item.linkId)).toEqual(['reason']);
    expect(visibleItems(ne, { reason: 'other' }).map((entry) => entry.item.linkId)).toEqual(['reason', 'x']);
    expect(visibleItems(ne, { reason: 'pain' }).map((entry) => entry.item.linkId)).toEqual(['reason']);
  });
});

describe('pruneHidden', () => {
  const painAnswers: Answers = {
    reason: 'pain',
    weeks: 8,
    'therapy-kinds': ['pt', 'nsaid'],
    'therapy-helped': true,
    findings: ['a'],
    'imaging-date': '2026-01-10',
    lines: [{ hcpcs: bed, units: 1, acquisition: 'rental', months: 3 }],
    notes: 'ok',
  };

  it('keeps answers to questions that are shown', () => {
    expect(pruneHidden(q, painAnswers)).toEqual(painAnswers);
  });

  it('changing an earlier answer removes the answers that depended on it, down the chain', () => {
    const changed = pruneHidden(q, { ...painAnswers, reason: 'other', 'other-reason': 'Because' });
    expect(changed).toEqual({
      reason: 'other',
      'other-reason': 'Because',
      findings: ['a'],
      'imaging-date': '2026-01-10',
      lines: [{ hcpcs: bed, units: 1, acquisition: 'rental', months: 3 }],
      notes: 'ok',
    });
  });

  it('lowering a number below the threshold hides the section and its answers', () => {
    const pruned = pruneHidden(q, { ...painAnswers, weeks: 2 });
    expect(pruned).not.toHaveProperty('therapy-kinds');
    expect(pruned).not.toHaveProperty('therapy-helped');
    expect(pruned.weeks).toBe(2);
  });

  it('prunes inside one repeat entry without touching the others', () => {
    const pruned = pruneHidden(q, {
      lines: [
        { hcpcs: bed, units: 1, acquisition: 'purchase', months: 3 },
        { hcpcs: bed, units: 2, acquisition: 'rental', months: 4 },
      ],
    });
    expect(pruned.lines).toEqual([
      { hcpcs: bed, units: 1, acquisition: 'purchase' },
      { hcpcs: bed, units: 2, acquisition: 'rental', months: 4 },
    ]);
  });

  it('drops empty answers, unknown linkIds and a repeating group that is not a list', () => {
    expect(pruneHidden(q, { reason: '', findings: [], stray: 'x', lines: 'nonsense', notes: '  ' })).toEqual({});
  });

  it('is idempotent on this example', () => {
    const once = pruneHidden(q, { ...painAnswers, weeks: 1 });
    expect(pruneHidden(q, once)).toEqual(once);
  });
});

describe('nextUnanswered and completeness', () => {
  it('walks the required questions in order, including inside repeat entries', () => {
    expect(nextUnanswered(q, {})?.item.linkId).toBe('reason');
    expect(nextUnanswered(q, { reason: 'pain' })?.item.linkId).toBe('weeks');
    expect(nextUnanswered(q, { reason: 'pain', weeks: 2 })?.path).toEqual(['lines', 0, 'hcpcs']);
    const rental = { reason: 'pain', weeks: 2, lines: [{ hcpcs: bed, units: 1, acquisition: 'rental' }] };
    expect(nextUnanswered(q, rental)?.path).toEqual(['lines', 0, 'months']);
    expect(nextUnanswered(q, { ...rental, lines: [{ hcpcs: bed, units: 1, acquisition: 'rental', months: 2 }] })).toBeUndefined();
  });

  it('does not wait for optional questions', () => {
    const answers = { reason: 'other', 'other-reason': 'x', lines: [{ hcpcs: bed, units: 1, acquisition: 'purchase' }] };
    expect(nextUnanswered(q, answers)).toBeUndefined();
    expect(isComplete(q, answers)).toBe(true);
  });

  it('is not complete while a shown answer is invalid, and says where', () => {
    const answers = { reason: 'other', 'other-reason': 'x', lines: [{ hcpcs: bed, units: 40, acquisition: 'purchase' }], notes: 'far too long for twenty characters' };
    expect(isComplete(q, answers)).toBe(false);
    expect(answerProblems(q, answers)).toEqual([
      { path: ['lines', 0, 'units'], key: 'lines[0].units', linkId: 'units', message: 'Enter a number from 1 to 10.' },
      { path: ['notes'], key: 'notes', linkId: 'notes', message: 'Keep this to 20 characters or fewer (now 34).' },
    ]);
  });

  it('counts the entries of a repeating group against its maximum', () => {
    const line = { hcpcs: bed, units: 1, acquisition: 'purchase' };
    const answers = { reason: 'other', 'other-reason': 'x', lines: [line, line, line, line] };
    expect(answerProblems(q, answers).map((problem) => problem.message)).toEqual(['Enter at most 3 entries.']);
  });
});

describe('applyAnswer', () => {
  it('sets a valid answer and prunes what it hides', () => {
    const start: Answers = { reason: 'pain', weeks: 8, 'therapy-kinds': ['pt'] };
    const result = applyAnswer(q, start, ['reason'], 'other');
    expect(result).toEqual({ ok: true, answers: { reason: 'other' } });
  });

  it('refuses an invalid answer with the message for the person', () => {
    expect(applyAnswer(q, { reason: 'pain' }, ['weeks'], -1)).toEqual({ ok: false, message: 'Enter a number from 0 to 520.' });
  });

  it('refuses to answer a question that is not shown', () => {
    expect(applyAnswer(q, { reason: 'other' }, ['weeks'], 3)).toEqual({ ok: false, message: 'This question is not asked with the answers given so far.' });
    expect(applyAnswer(q, {}, ['nope'], 3)).toEqual({ ok: false, message: 'This question is not part of the questionnaire.' });
  });

  it('adds a second repeat entry by answering into it', () => {
    const one: Answers = { lines: [{ hcpcs: bed, units: 1, acquisition: 'purchase' }] };
    const result = applyAnswer(q, one, ['lines', 1, 'hcpcs'], { code: 'K0001', display: 'Standard wheelchair' });
    expect(result.ok && result.answers.lines).toEqual([{ hcpcs: bed, units: 1, acquisition: 'purchase' }, { hcpcs: { code: 'K0001', display: 'Standard wheelchair' } }]);
  });

  it('clears an answer with undefined', () => {
    const result = applyAnswer(q, { reason: 'other', 'other-reason': 'x' }, ['other-reason'], undefined);
    expect(result).toEqual({ ok: true, answers: { reason: 'other' } });
  });
});

describe('answer helpers', () => {
  it('reads and writes along paths without changing the original', () => {
    const original: Answers = { lines: [{ units: 1 }] };
    const changed = setAnswer(original, ['lines', 2, 'units'], 4);
    expect(answerAt(changed, ['lines', 2, 'units'])).toBe(4);
    expect(answerAt(changed, ['lines', 1])).toEqual({});
    expect(original).toEqual({ lines: [{ units: 1 }] });
    expect(pathKey(['lines', 2, 'units'])).toBe('lines[2].units');
  });

  it('removes a repeat entry, and the group with its last entry', () => {
    const two: Answers = { lines: [{ units: 1 }, { units: 2 }] };
    expect(removeInstance(two, ['lines'], 0)).toEqual({ lines: [{ units: 2 }] });
    expect(removeInstance({ lines: [{ units: 1 }] }, ['lines'], 0)).toEqual({});
  });

  it('rejects a path that skips the entry index', () => {
    expect(() => setAnswer({}, ['lines', 'units'], 1)).toThrow(/index/);
  });
});
