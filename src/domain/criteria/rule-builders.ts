import type { Comparison, ElapsedUnit, HistoryWindow, Rule, RuleValue } from './criteria-types.ts';

/**
 * Short names for writing criteria content. They only build data: a rule written with them
 * is the same plain object as one read back from storage.
 */
export const answered = (linkId: string): Rule => ({ kind: 'answered', linkId });
export const equals = (linkId: string, value: RuleValue): Rule => ({ kind: 'equals', linkId, value });
export const isYes = (linkId: string): Rule => equals(linkId, true);
export const isNo = (linkId: string): Rule => equals(linkId, false);
export const oneOf = (linkId: string, values: readonly RuleValue[]): Rule => ({ kind: 'in', linkId, values });
export const compare = (linkId: string, op: Comparison, value: number): Rule => ({ kind: 'compare', linkId, op, value });
export const atLeast = (linkId: string, value: number): Rule => compare(linkId, '>=', value);
export const atMost = (linkId: string, value: number): Rule => compare(linkId, '<=', value);
export const count = (linkId: string, op: Comparison, value: number, among?: readonly string[]): Rule =>
  among ? { kind: 'count', linkId, op, value, among } : { kind: 'count', linkId, op, value };
export const elapsed = (linkId: string, op: Comparison, value: number, unit: ElapsedUnit): Rule => ({ kind: 'elapsed', linkId, op, value, unit });
export const procedureIn = (codes: readonly string[]): Rule => ({ kind: 'procedure-in', codes });
/** Earlier authorizations of the member with one of the codes, in the window before the date of service. */
export const priorAuthorizations = (select: { readonly codes: readonly string[]; readonly within: HistoryWindow }, op: Comparison, value: number): Rule => ({
  kind: 'prior-authorizations',
  codes: select.codes,
  within: select.within,
  op,
  value,
});
/** Days since the member's most recent earlier authorization with one of the codes. */
export const daysSincePriorAuthorization = (select: { readonly codes: readonly string[] }, op: Comparison, value: number): Rule => ({
  kind: 'days-since-prior-authorization',
  codes: select.codes,
  op,
  value,
});
export const all = (...rules: Rule[]): Rule => ({ kind: 'all', rules });
export const any = (...rules: Rule[]): Rule => ({ kind: 'any', rules });
export const not = (rule: Rule): Rule => ({ kind: 'not', rule });
export const every = (group: string, rule: Rule): Rule => ({ kind: 'every', group, rule });
export const some = (group: string, rule: Rule): Rule => ({ kind: 'some', group, rule });
/** "If the condition holds, so must the rule": any(not(condition), rule), for rules per option of a table. */
export const implies = (condition: Rule, rule: Rule): Rule => any(not(condition), rule);
