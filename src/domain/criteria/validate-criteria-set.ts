import { type ItemInContext, flattenItems } from '../questionnaires/find-item.ts';
import { type Questionnaire, type QuestionnaireItem, describeType } from '../questionnaires/questionnaire-types.ts';
import { isCalendarDate } from '../questionnaires/validate-answer.ts';
import type { ContentProblem } from '../questionnaires/validate-questionnaire.ts';
import type { CriteriaSet, LineTemplate, NumberSource, Rule, RuleValue, TextSource } from './criteria-types.ts';

/**
 * Checks criteria content against the questionnaire it reads: every rule names a question
 * that exists, is in reach (a question inside a repeating group only under every/some or a
 * line per entry), and has a type the rule can use; values are among the options; lines take
 * their fields from suitable answers and rest on criteria that exist. Alternatives are checked
 * like criteria (ids, text, citation, the `when` rule, the criteria they require) and their
 * lines like the set's lines.
 */
export function validateCriteriaSet(set: CriteriaSet, questionnaire: Questionnaire): readonly ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (where: string, message: string) => problems.push({ linkId: where, message });
  if (set.questionnaireId !== questionnaire.id || set.questionnaireVersion !== questionnaire.version) {
    problems.push({ message: `The set reads ${set.questionnaireId} v${set.questionnaireVersion}, but was checked against ${questionnaire.id} v${questionnaire.version}.` });
  }
  if (set.criteria.length === 0) {
    problems.push({ message: 'The set has no criteria.' });
  }
  const items = new Map(flattenItems(questionnaire).map((entry) => [entry.item.linkId, entry]));
  const checker = new RuleChecker(items, questionnaire.procedureCodes, report);

  const ids = new Set<string>();
  for (const criterion of set.criteria) {
    const where = `criterion ${criterion.id}`;
    if (ids.has(criterion.id)) {
      report(where, `The criterion id “${criterion.id}” is used more than once.`);
    }
    ids.add(criterion.id);
    if (criterion.text.trim() === '') {
      report(where, 'The criterion has no text.');
    }
    const { guideline, version, section } = criterion.citation;
    if ([guideline, version, section].some((part) => part.trim() === '')) {
      report(where, 'The citation needs a guideline, a version and a section.');
    }
    checker.rule(criterion.rule, [], where);
    if (criterion.appliesWhen) {
      checker.rule(criterion.appliesWhen, [], where);
    }
  }

  const checkLine = (line: LineTemplate, where: string) => {
    const reach: string[] = [];
    if (line.forEach !== undefined) {
      const group = items.get(line.forEach);
      if (!group || group.item.type !== 'group' || !group.item.repeats || group.repeatingGroups.length > 0) {
        report(where, `forEach “${line.forEach}” must be a repeating group at the top level.`);
      } else {
        reach.push(line.forEach);
      }
    }
    if (line.when) {
      checker.rule(line.when, reach, where);
    }
    for (const source of [line.code, line.description, line.phase, line.technique, line.acquisition, ...(line.modifiers ?? [])]) {
      if (source) {
        checker.text(source, reach, where);
      }
    }
    for (const source of [line.units, line.fractions, line.rentalMonths]) {
      if (source) {
        checker.number(source, reach, where);
      }
    }
    if (line.levels) {
      const item = checker.item(line.levels.answer, reach, where);
      if (item && item.type !== 'choice') {
        report(where, `levels come from a choice question; “${item.linkId}” is ${describeType(item.type)}.`);
      }
    }
    if (line.decidedBy.length === 0) {
      report(where, 'The line must name the criteria it rests on.');
    }
    for (const id of line.decidedBy) {
      if (!set.criteria.some((criterion) => criterion.id === id)) {
        report(where, `decidedBy names “${id}”, which is not a criterion of this set.`);
      }
    }
  };
  set.lines.forEach((line, index) => checkLine(line, `line ${index + 1}`));

  // Alternatives are read like criteria: their rules and lines are checked the same way.
  const alternativeIds = new Set<string>();
  for (const alternative of set.alternatives ?? []) {
    const where = `alternative ${alternative.id}`;
    if (alternativeIds.has(alternative.id)) {
      report(where, `The alternative id “${alternative.id}” is used more than once.`);
    }
    alternativeIds.add(alternative.id);
    if (alternative.text.trim() === '') {
      report(where, 'The alternative has no text.');
    }
    const { guideline, version, section } = alternative.citation;
    if ([guideline, version, section].some((part) => part.trim() === '')) {
      report(where, 'The citation needs a guideline, a version and a section.');
    }
    checker.rule(alternative.when, [], where);
    for (const id of alternative.requires ?? []) {
      if (!set.criteria.some((criterion) => criterion.id === id)) {
        report(where, `requires names “${id}”, which is not a criterion of this set.`);
      }
    }
    (alternative.lines ?? []).forEach((line, index) => checkLine(line, `${where} line ${index + 1}`));
  }
  return problems;
}

class RuleChecker {
  constructor(
    private readonly items: ReadonlyMap<string, ItemInContext>,
    private readonly procedureCodes: readonly string[],
    private readonly report: (where: string, message: string) => void,
  ) {}

  /** The item, if it exists and is in reach from inside the given repeating groups. */
  item(linkId: string, reach: readonly string[], where: string): QuestionnaireItem | undefined {
    const entry = this.items.get(linkId);
    if (!entry) {
      this.report(where, `“${linkId}” is not a question of the questionnaire.`);
      return undefined;
    }
    const outside = entry.repeatingGroups.find((group) => !reach.includes(group));
    if (outside) {
      this.report(where, `“${linkId}” is inside the repeating group “${outside}”; read it under every/some (or a line per entry) of that group.`);
      return undefined;
    }
    return entry.item;
  }

  rule(rule: Rule, reach: readonly string[], where: string): void {
    switch (rule.kind) {
      case 'answered': {
        const item = this.item(rule.linkId, reach, where);
        if (item && item.type === 'group' && !item.repeats) {
          this.report(where, `“${rule.linkId}” is a group without answers of its own.`);
        }
        return;
      }
      case 'equals':
      case 'in': {
        const item = this.item(rule.linkId, reach, where);
        const values = rule.kind === 'equals' ? [rule.value] : rule.values;
        if (rule.kind === 'in' && values.length === 0) {
          this.report(where, `“in” on “${rule.linkId}” lists no values.`);
        }
        if (item) {
          values.forEach((value) => this.value(item, value, where));
        }
        return;
      }
      case 'compare': {
        const item = this.item(rule.linkId, reach, where);
        if (item && item.type !== 'integer' && item.type !== 'decimal') {
          this.report(where, `compare needs a number question; “${rule.linkId}” is ${describeType(item.type)}.`);
        }
        return;
      }
      case 'count': {
        const item = this.item(rule.linkId, reach, where);
        if (item && !item.repeats) {
          this.report(where, `count needs a repeating group or a “choose all that apply” question; “${rule.linkId}” does not repeat.`);
        }
        if (item && rule.among) {
          rule.among.forEach((value) => this.value(item, value, where));
        }
        return;
      }
      case 'elapsed': {
        const item = this.item(rule.linkId, reach, where);
        if (item && item.type !== 'date') {
          this.report(where, `elapsed needs a date question; “${rule.linkId}” is ${describeType(item.type)}.`);
        }
        return;
      }
      case 'procedure-in':
        for (const code of rule.codes) {
          if (!this.procedureCodes.includes(code)) {
            this.report(where, `The questionnaire is not asked for procedure ${code}.`);
          }
        }
        return;
      case 'prior-authorizations':
      case 'days-since-prior-authorization':
        if (rule.codes.length === 0) {
          this.report(where, `${rule.kind} names no procedure codes.`);
        }
        if (rule.kind === 'prior-authorizations' && (!Number.isInteger(rule.within.amount) || rule.within.amount < 1)) {
          this.report(where, 'prior-authorizations needs a window of at least one whole day or month.');
        }
        return;
      case 'all':
      case 'any':
        if (rule.rules.length === 0) {
          this.report(where, `“${rule.kind}” has no rules inside.`);
        }
        rule.rules.forEach((inner) => this.rule(inner, reach, where));
        return;
      case 'not':
        this.rule(rule.rule, reach, where);
        return;
      case 'every':
      case 'some': {
        const group = this.item(rule.group, reach, where);
        if (group && (group.type !== 'group' || !group.repeats)) {
          this.report(where, `${rule.kind} needs a repeating group; “${rule.group}” is not one.`);
          return;
        }
        this.rule(rule.rule, [...reach, rule.group], where);
        return;
      }
    }
  }

  /** A value compared with an answer must be one the question can give. */
  private value(item: QuestionnaireItem, value: RuleValue, where: string): void {
    const wrong = (expected: string) => this.report(where, `“${item.linkId}” is ${describeType(item.type)}, compared with ${JSON.stringify(value)}; expected ${expected}.`);
    switch (item.type) {
      case 'group':
        this.report(where, `“${item.linkId}” is a group; compare the questions inside it.`);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') {
          wrong('true or false');
        }
        return;
      case 'integer':
      case 'decimal':
        if (typeof value !== 'number') {
          wrong('a number');
        }
        return;
      case 'date':
        if (typeof value !== 'string' || !isCalendarDate(value)) {
          wrong('a date (YYYY-MM-DD)');
        }
        return;
      case 'choice':
      case 'code': {
        const options = item.answerOption ?? [];
        if (typeof value !== 'string') {
          wrong('an option value or code');
        } else if ((item.type === 'choice' || options.length > 0) && !options.some((option) => option.value === value)) {
          this.report(where, `“${item.linkId}” has no answer option “${value}”.`);
        }
        return;
      }
      case 'open-choice':
      case 'string':
      case 'text':
        if (typeof value !== 'string') {
          wrong('text');
        }
        return;
    }
  }

  text(source: TextSource, reach: readonly string[], where: string): void {
    if (!('answer' in source)) {
      return;
    }
    const item = this.item(source.answer, reach, where);
    if (!item) {
      return;
    }
    if (item.type === 'group' || item.repeats) {
      this.report(where, `A line field needs a single answer; “${item.linkId}” has several.`);
      return;
    }
    if (source.map && item.type === 'choice') {
      for (const option of item.answerOption ?? []) {
        if (!(option.value in source.map) && option.value !== 'unknown') {
          this.report(where, `The map for “${item.linkId}” has no entry for the option “${option.value}”.`);
        }
      }
    }
  }

  number(source: NumberSource, reach: readonly string[], where: string): void {
    if ('answer' in source) {
      const item = this.item(source.answer, reach, where);
      if (item && item.type !== 'integer' && item.type !== 'decimal') {
        this.report(where, `A number field needs a number question; “${item.linkId}” is ${describeType(item.type)}.`);
      }
    } else if ('countOf' in source) {
      const item = this.item(source.countOf, reach, where);
      if (item && !item.repeats) {
        this.report(where, `countOf needs an item that repeats; “${item.linkId}” does not.`);
      }
    } else if ('multiply' in source) {
      if (source.multiply.length === 0 || (source.per !== undefined && !(source.per > 0))) {
        this.report(where, 'multiply needs at least one source and a positive per.');
      }
      source.multiply.forEach((factor) => this.number(factor, reach, where));
    }
  }
}
