import { type AnswerPath, type AnswerValue, type Answers, isAnswerMap, isEmptyAnswer, pathKey, unknownOptionValue } from '../questionnaires/answers.ts';
import { type AnswerScope, comparableValues, lookupAnswer } from '../questionnaires/enable-when.ts';
import type { QuestionnaireItem } from '../questionnaires/questionnaire-types.ts';
import { labelOf, showAnswer, showValue } from './answer-text.ts';
import type { Comparison, CriterionResult, ElapsedUnit, HistoryWindow, PriorAuthorization, Rule } from './criteria-types.ts';
import { elapsedBetween } from './elapsed-time.ts';

export interface RuleEnvironment {
  /** Answer maps, innermost first: a repeat entry, then the levels around it. */
  readonly scope: AnswerScope;
  /** The answer path of each map in scope, same order: [] for the top, ['equipment', 1] for an entry. */
  readonly prefixes: readonly AnswerPath[];
  readonly items: ReadonlyMap<string, QuestionnaireItem>;
  /** How many repeating groups surround each item: which map in scope holds its answer. */
  readonly repeatDepth: ReadonlyMap<string, number>;
  /** pathKeys of the questions shown with these answers. */
  readonly asked: ReadonlySet<string>;
  readonly dateOfService: string;
  readonly procedureCode: string;
  /** The member's earlier authorizations; undefined when not known (history rules are then unknown). */
  readonly history?: readonly PriorAuthorization[] | undefined;
}

/** The environment inside one entry of a repeating group. */
export function enterInstance(env: RuleEnvironment, group: string, index: number, instance: Answers): RuleEnvironment {
  const groupPath = answerPath(env, group) ?? [group];
  return { ...env, scope: [instance, ...env.scope], prefixes: [[...groupPath, index], ...env.prefixes] };
}

function answerPath(env: RuleEnvironment, linkId: string): AnswerPath | undefined {
  const depth = env.repeatDepth.get(linkId);
  const prefix = depth === undefined ? undefined : env.prefixes.find((candidate) => candidate.length === depth * 2);
  return prefix ? [...prefix, linkId] : undefined;
}

/** Shown now, given the answers to earlier questions (visibleItems). */
function isAsked(env: RuleEnvironment, linkId: string): boolean {
  const path = answerPath(env, linkId);
  return path !== undefined && env.asked.has(pathKey(path));
}

export interface RuleOutcome {
  readonly result: CriterionResult;
  readonly reason: string;
}

/**
 * Three-valued evaluation (Kleene logic): `all` fails if any part fails, `any` passes if any
 * part passes, and otherwise unknown spreads. A question shown but not answered yet, or
 * answered "Unknown", makes a leaf unknown: information is missing. A question not asked at
 * all (its conditions hide it) has no answer, so a comparison with it is simply false: the
 * questionnaire decided it does not matter here. So a criterion is not_met only on answers
 * that contradict it and unknown when information is missing; both go to a reviewer, who
 * sees which it was.
 *
 * `negated` tracks whether the leaf sits under an odd number of `not`s, so its reason says
 * what the criterion needed rather than what the inner rule looked for.
 */
export function evaluateRule(rule: Rule, env: RuleEnvironment, negated = false): RuleOutcome {
  switch (rule.kind) {
    case 'answered':
      return answeredOutcome(rule.linkId, env, negated);
    case 'equals':
      return matchOutcome(rule.linkId, [rule.value], env, negated, 'equals');
    case 'in':
      return matchOutcome(rule.linkId, rule.values, env, negated, 'in');
    case 'compare':
      return compareOutcome(rule.linkId, rule.op, rule.value, env, negated);
    case 'count':
      return countOutcome(rule.linkId, rule.op, rule.value, rule.among, env, negated);
    case 'elapsed':
      return elapsedOutcome(rule.linkId, rule.op, rule.value, rule.unit, env, negated);
    case 'procedure-in': {
      const result = rule.codes.includes(env.procedureCode) ? 'met' : 'not_met';
      return leaf(result, `Requested procedure: ${env.procedureCode}`, `${negated ? 'none' : 'one'} of ${rule.codes.join(', ')}`, negated);
    }
    case 'prior-authorizations':
      return priorAuthorizationsOutcome(rule.codes, rule.within, rule.op, rule.value, env, negated);
    case 'days-since-prior-authorization':
      return daysSinceOutcome(rule.codes, rule.op, rule.value, env, negated);
    case 'all':
      return combine('all', rule.rules.map((inner) => evaluateRule(inner, env, negated)));
    case 'any':
      return combine('any', rule.rules.map((inner) => evaluateRule(inner, env, negated)));
    case 'not': {
      const inner = evaluateRule(rule.rule, env, !negated);
      return { result: flip(inner.result), reason: inner.reason };
    }
    case 'every':
    case 'some':
      return instancesOutcome(rule.kind, rule.group, rule.rule, env, negated);
  }
}

function flip(result: CriterionResult): CriterionResult {
  return result === 'met' ? 'not_met' : result === 'not_met' ? 'met' : 'unknown';
}

/** A leaf's reason: what was answered and, when it does not help the criterion, what was needed. */
function leaf(result: CriterionResult, observed: string, needed: string, negated: boolean): RuleOutcome {
  const effective = negated ? flip(result) : result;
  return { result, reason: effective === 'met' ? observed : `${observed}; needed ${needed}` };
}

function unknown(reason: string): RuleOutcome {
  return { result: 'unknown', reason };
}

interface Answer {
  readonly item: QuestionnaireItem | undefined;
  readonly label: string;
  readonly value: AnswerValue | undefined;
  /** Answered only "Unknown": no information. */
  readonly onlyUnknown: boolean;
  /** Shown now; a question that is not shown has no answer to compare. */
  readonly asked: boolean;
}

function readAnswer(linkId: string, env: RuleEnvironment): Answer {
  const item = env.items.get(linkId);
  const raw = lookupAnswer(env.scope, linkId);
  const value = raw === undefined || isEmptyAnswer(raw) ? undefined : raw;
  const values = value === undefined ? [] : comparableValues(value);
  return {
    item,
    label: labelOf(item, linkId),
    value,
    onlyUnknown: values.length > 0 && values.every((entry) => entry === unknownOptionValue),
    asked: isAsked(env, linkId),
  };
}

/** The outcome when there is nothing to compare: not asked (false), or no information (unknown). */
function noInformation(answer: Answer): RuleOutcome | undefined {
  if (!answer.asked) {
    return { result: 'not_met', reason: `${answer.label}: not asked` };
  }
  if (answer.value === undefined) {
    return unknown(`${answer.label}: not answered`);
  }
  return answer.onlyUnknown ? unknown(`${answer.label}: answered “Unknown”`) : undefined;
}

function answeredOutcome(linkId: string, env: RuleEnvironment, negated: boolean): RuleOutcome {
  const answer = readAnswer(linkId, env);
  const has = answer.value !== undefined && !answer.onlyUnknown;
  const observed = has && answer.value !== undefined ? `${answer.label}: ${showAnswer(answer.item, answer.value)}` : `${answer.label}: ${answer.asked ? 'not answered' : 'not asked'}`;
  return leaf(has ? 'met' : 'not_met', observed, negated ? 'no answer' : 'an answer', negated);
}

function matchOutcome(linkId: string, expected: readonly (string | number | boolean)[], env: RuleEnvironment, negated: boolean, kind: 'equals' | 'in'): RuleOutcome {
  const answer = readAnswer(linkId, env);
  const missing = noInformation(answer);
  if (missing || answer.value === undefined) {
    return missing ?? unknown(`${answer.label}: not answered`);
  }
  const found = comparableValues(answer.value).some((entry) => expected.includes(entry));
  const shownExpected = expected.map((entry) => showValue(answer.item, entry)).join(', ');
  const needed = kind === 'equals' && expected.length === 1 ? (negated ? `anything but ${shownExpected}` : shownExpected) : `${negated ? 'none' : 'one'} of ${shownExpected}`;
  return leaf(found ? 'met' : 'not_met', `${answer.label}: ${showAnswer(answer.item, answer.value)}`, needed, negated);
}

const comparisonWords: Record<Comparison, string> = {
  '=': 'exactly',
  '!=': 'other than',
  '>': 'more than',
  '<': 'less than',
  '>=': 'at least',
  '<=': 'at most',
};

const negatedComparison: Record<Comparison, Comparison> = { '=': '!=', '!=': '=', '>': '<=', '<': '>=', '>=': '<', '<=': '>' };

function holds(actual: number, op: Comparison, expected: number): boolean {
  switch (op) {
    case '=':
      return actual === expected;
    case '!=':
      return actual !== expected;
    case '>':
      return actual > expected;
    case '<':
      return actual < expected;
    case '>=':
      return actual >= expected;
    case '<=':
      return actual <= expected;
  }
}

function requirement(op: Comparison, value: number, negated: boolean, unit = ''): string {
  return `${comparisonWords[negated ? negatedComparison[op] : op]} ${value}${unit}`;
}

function compareOutcome(linkId: string, op: Comparison, expected: number, env: RuleEnvironment, negated: boolean): RuleOutcome {
  const answer = readAnswer(linkId, env);
  const missing = noInformation(answer);
  if (missing) {
    return missing;
  }
  if (typeof answer.value !== 'number') {
    return unknown(`${answer.label}: not a number`);
  }
  return leaf(holds(answer.value, op, expected) ? 'met' : 'not_met', `${answer.label}: ${answer.value}`, requirement(op, expected, negated), negated);
}

function countOutcome(linkId: string, op: Comparison, expected: number, among: readonly string[] | undefined, env: RuleEnvironment, negated: boolean): RuleOutcome {
  const answer = readAnswer(linkId, env);
  const missing = noInformation(answer);
  if (missing || answer.value === undefined) {
    return missing ?? unknown(`${answer.label}: not answered`);
  }
  const isGroup = answer.item?.type === 'group';
  const counted = isGroup
    ? (Array.isArray(answer.value) ? answer.value.length : 0)
    : comparableValues(answer.value).filter((entry) => entry !== unknownOptionValue && (among === undefined || among.includes(String(entry)))).length;
  const noun = isGroup ? 'entered' : among ? 'of the qualifying answers chosen' : 'chosen';
  const observed = isGroup ? `${answer.label}: ${counted} ${noun}` : `${answer.label}: ${showAnswer(answer.item, answer.value)} (${counted} ${noun})`;
  return leaf(holds(counted, op, expected) ? 'met' : 'not_met', observed, requirement(op, expected, negated), negated);
}

function elapsedOutcome(linkId: string, op: Comparison, expected: number, unit: ElapsedUnit, env: RuleEnvironment, negated: boolean): RuleOutcome {
  const answer = readAnswer(linkId, env);
  const missing = noInformation(answer);
  if (missing) {
    return missing;
  }
  const amount = typeof answer.value === 'string' ? elapsedBetween(answer.value, env.dateOfService, unit) : undefined;
  if (amount === undefined || typeof answer.value !== 'string') {
    return unknown(`${answer.label}: no usable date, or no date of service`);
  }
  const when = amount >= 0 ? `${amount} ${unit} before the date of service` : `${-amount} ${unit} after the date of service`;
  return leaf(holds(amount, op, expected) ? 'met' : 'not_met', `${answer.label}: ${answer.value}, ${when}`, requirement(op, expected, negated, ` ${unit} before the date of service`), negated);
}

/** "64493–64495" for a run of consecutive CPT numbers, otherwise the codes listed. */
export function showCodes(codes: readonly string[]): string {
  const sorted = [...new Set(codes)].sort();
  const numbers = sorted.map((code) => (/^\d{5}$/.test(code) ? Number(code) : Number.NaN));
  const consecutive = sorted.length > 2 && numbers.every((number, index) => !Number.isNaN(number) && (index === 0 || number === (numbers[index - 1] as number) + 1));
  return consecutive ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(', ');
}

function showWindow(within: HistoryWindow): string {
  const unit = within.amount === 1 ? within.unit.slice(0, -1) : within.unit;
  return within.amount === 1 ? `in the last ${unit}` : `in the last ${within.amount} ${unit}`;
}

/** "allowed at most 1" for a limit, "needed at least 14 days" for a minimum. */
function limitWords(op: Comparison, value: number, negated: boolean, unit = ''): string {
  const effective = negated ? negatedComparison[op] : op;
  return `${effective === '<' || effective === '<=' ? 'allowed' : 'needed'} ${comparisonWords[effective]} ${value}${unit}`;
}

/**
 * The member's earlier authorizations that include one of the codes, on or before the date of
 * service, oldest first; undefined when the history (or a usable date of service) is missing.
 */
function earlierAuthorizations(codes: readonly string[], env: RuleEnvironment): { readonly authorization: PriorAuthorization; readonly daysBefore: number }[] | undefined {
  if (!env.history || elapsedBetween(env.dateOfService, env.dateOfService, 'days') === undefined) {
    return undefined;
  }
  return env.history
    .filter((authorization) => authorization.codes.some((code) => codes.includes(code)))
    .map((authorization) => ({ authorization, daysBefore: elapsedBetween(authorization.dateOfService, env.dateOfService, 'days') }))
    .filter((entry): entry is { authorization: PriorAuthorization; daysBefore: number } => entry.daysBefore !== undefined && entry.daysBefore >= 0)
    .sort((left, right) => right.daysBefore - left.daysBefore || left.authorization.caseNumber.localeCompare(right.authorization.caseNumber));
}

function historyMissing(codes: readonly string[]): RuleOutcome {
  return unknown(`Earlier authorizations for ${showCodes(codes)}: the member’s history in Priora is not available`);
}

function priorAuthorizationsOutcome(codes: readonly string[], within: HistoryWindow, op: Comparison, expected: number, env: RuleEnvironment, negated: boolean): RuleOutcome {
  const earlier = earlierAuthorizations(codes, env);
  if (!earlier) {
    return historyMissing(codes);
  }
  const inWindow = earlier.filter(({ authorization }) => {
    const elapsed = elapsedBetween(authorization.dateOfService, env.dateOfService, within.unit);
    return elapsed !== undefined && elapsed < within.amount;
  });
  const numbers = inWindow.map(({ authorization }) => authorization.caseNumber);
  const what = `for ${showCodes(codes)} ${showWindow(within)}`;
  const observed =
    numbers.length === 0
      ? `No earlier authorizations ${what}`
      : `${numbers.length} earlier authorization${numbers.length === 1 ? '' : 's'} ${what} (case${numbers.length === 1 ? '' : 's'} ${numbers.join(', ')})`;
  const result = holds(numbers.length, op, expected) ? 'met' : 'not_met';
  const effective = negated ? flip(result) : result;
  return { result, reason: effective === 'met' ? observed : `${observed}; ${limitWords(op, expected, negated)}` };
}

function daysSinceOutcome(codes: readonly string[], op: Comparison, expected: number, env: RuleEnvironment, negated: boolean): RuleOutcome {
  const earlier = earlierAuthorizations(codes, env);
  if (!earlier) {
    return historyMissing(codes);
  }
  const latest = earlier[earlier.length - 1];
  const observed = latest
    ? `Most recent earlier authorization for ${showCodes(codes)}: case ${latest.authorization.caseNumber} on ${latest.authorization.dateOfService}, ${latest.daysBefore} days before the date of service`
    : `No earlier authorization for ${showCodes(codes)} on record`;
  const result = holds(latest ? latest.daysBefore : Number.POSITIVE_INFINITY, op, expected) ? 'met' : 'not_met';
  const effective = negated ? flip(result) : result;
  return { result, reason: effective === 'met' ? observed : `${observed}; ${limitWords(op, expected, negated, ' days')}` };
}

function combine(kind: 'all' | 'any', outcomes: readonly RuleOutcome[]): RuleOutcome {
  const having = (result: CriterionResult) => outcomes.filter((outcome) => outcome.result === result);
  // Two parts about the same question give the same observation: say it once.
  const reasons = (chosen: readonly RuleOutcome[], joiner = '; ') => [...new Set(chosen.map((outcome) => outcome.reason))].join(joiner);
  if (kind === 'all') {
    const failed = having('not_met');
    if (failed.length > 0) {
      return { result: 'not_met', reason: reasons(failed) };
    }
    const open = having('unknown');
    return open.length > 0 ? { result: 'unknown', reason: reasons(open) } : { result: 'met', reason: reasons(outcomes) };
  }
  const [passed] = having('met');
  if (passed) {
    return { result: 'met', reason: passed.reason };
  }
  const open = having('unknown');
  return open.length > 0 ? { result: 'unknown', reason: reasons(open) } : { result: 'not_met', reason: reasons(outcomes, ' — or — ') };
}

function instancesOutcome(kind: 'every' | 'some', group: string, rule: Rule, env: RuleEnvironment, negated: boolean): RuleOutcome {
  const item = env.items.get(group);
  const label = labelOf(item, group);
  if (!isAsked(env, group)) {
    return { result: 'not_met', reason: `${label}: not asked` };
  }
  const value = lookupAnswer(env.scope, group);
  const instances: readonly Answers[] = Array.isArray(value) ? value.filter((entry): entry is Answers => isAnswerMap(entry)) : [];
  if (instances.length === 0) {
    return unknown(`${label}: nothing entered`);
  }
  const outcomes = instances.map((instance, index) => {
    const outcome = evaluateRule(rule, enterInstance(env, group, index, instance), negated);
    return { ...outcome, reason: `${label} ${index + 1}: ${outcome.reason}` };
  });
  return combine(kind === 'every' ? 'all' : 'any', outcomes);
}
