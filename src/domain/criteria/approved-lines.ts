import { type AnswerValue, type Answers, isAnswerMap, isCoding, isEmptyAnswer, unknownOptionValue } from '../questionnaires/answers.ts';
import { type AnswerScope, lookupAnswer } from '../questionnaires/enable-when.ts';
import { optionDisplay } from './answer-text.ts';
import type { CriteriaSet, LineTemplate, NumberSource, ServiceLine, TextSource } from './criteria-types.ts';
import { type CriteriaContext, assertSameQuestionnaire, ruleEnvironment } from './evaluate-criteria.ts';
import { type RuleEnvironment, enterInstance, evaluateRule } from './evaluate-rule.ts';

/**
 * The service lines the answers ask for, as data: approved as they stand when
 * evaluateCriteria says met, and otherwise the lines a reviewer decides (each on its own,
 * see LineTemplate.decidedBy). Radiation gives a line per phase and IGRT lines apart;
 * equipment a line per HCPCS code; surgery the CPT codes with units and levels.
 */
export function approvedLines(set: CriteriaSet, answers: Answers, context: CriteriaContext): readonly ServiceLine[] {
  assertSameQuestionnaire(set, context.questionnaire);
  const env = ruleEnvironment(answers, context);
  return set.lines.flatMap((template) => {
    if (template.forEach === undefined) {
      return lineFor(template, env);
    }
    const { forEach } = template;
    const entries = lookupAnswer(env.scope, forEach);
    const instances = Array.isArray(entries) ? entries.filter((entry): entry is Answers => isAnswerMap(entry)) : [];
    return instances.flatMap((instance, index) => lineFor(template, enterInstance(env, forEach, index, instance)));
  });
}

function lineFor(template: LineTemplate, env: RuleEnvironment): ServiceLine[] {
  if (template.when && evaluateRule(template.when, env).result !== 'met') {
    return [];
  }
  const code = text(template.code, env);
  const units = number(template.units, env);
  // No code, or no units (a later level that is not there): no line.
  if (code === undefined || units === undefined || units <= 0) {
    return [];
  }
  const line: Mutable<ServiceLine> = {
    code,
    codeSystem: template.codeSystem,
    units,
    description: text(template.description, env) ?? code,
    decidedBy: template.decidedBy,
  };
  const modifiers = (template.modifiers ?? []).map((source) => text(source, env)).filter((value): value is string => value !== undefined);
  if (modifiers.length > 0) {
    line.modifiers = modifiers;
  }
  assignText(line, 'phase', template.phase, env);
  assignText(line, 'technique', template.technique, env);
  assignText(line, 'acquisition', template.acquisition, env);
  assignNumber(line, 'fractions', template.fractions, env);
  assignNumber(line, 'rentalMonths', template.rentalMonths, env);
  if (template.levels) {
    const levels = displays(template.levels.answer, env);
    if (levels.length > 0) {
      line.levels = levels;
    }
  }
  return [line];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function assignText(line: Mutable<ServiceLine>, field: 'phase' | 'technique' | 'acquisition', source: TextSource | undefined, env: RuleEnvironment): void {
  const value = source ? text(source, env) : undefined;
  if (value !== undefined) {
    line[field] = value;
  }
}

function assignNumber(line: Mutable<ServiceLine>, field: 'fractions' | 'rentalMonths', source: NumberSource | undefined, env: RuleEnvironment): void {
  const value = source ? number(source, env) : undefined;
  if (value !== undefined) {
    line[field] = value;
  }
}

function answerOf(linkId: string, scope: AnswerScope): AnswerValue | undefined {
  const value = lookupAnswer(scope, linkId);
  return value === undefined || isEmptyAnswer(value) ? undefined : value;
}

function text(source: TextSource, env: RuleEnvironment): string | undefined {
  if ('value' in source) {
    return source.value;
  }
  if ('requestedProcedure' in source) {
    return env.procedureCode;
  }
  const value = answerOf(source.answer, env.scope);
  const key = isCoding(value) ? value.code.toUpperCase() : typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
  if (key === undefined) {
    return undefined;
  }
  const item = env.items.get(source.answer);
  if (source.map) {
    return source.map[key];
  }
  if (source.use === 'display') {
    // The content's wording wins over whatever display text came with the answer.
    return optionDisplay(item, key) ?? (isCoding(value) ? value.display : key);
  }
  return key;
}

function number(source: NumberSource, env: RuleEnvironment): number | undefined {
  if ('value' in source) {
    return source.value;
  }
  if ('countOf' in source) {
    const value = answerOf(source.countOf, env.scope);
    return Array.isArray(value) ? value.filter((entry) => entry !== unknownOptionValue).length : undefined;
  }
  if ('multiply' in source) {
    const factors = source.multiply.map((factor) => number(factor, env));
    if (factors.length === 0 || factors.some((factor) => factor === undefined)) {
      return undefined;
    }
    const product = factors.reduce<number>((total, factor) => total * (factor ?? 0), 1) / (source.per ?? 1);
    // Whole billing units, rounded up; the tolerance keeps 0.1 × 30 = 3.0000000000000004 at 3.
    return Math.ceil(product - 1e-9);
  }
  const value = answerOf(source.answer, env.scope);
  return typeof value === 'number' ? value + (source.offset ?? 0) : undefined;
}

function displays(linkId: string, env: RuleEnvironment): string[] {
  const value = answerOf(linkId, env.scope);
  if (value === undefined) {
    return [];
  }
  const item = env.items.get(linkId);
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  return values
    .filter((entry): entry is string => typeof entry === 'string' && entry !== unknownOptionValue && !(item?.answerOption ?? []).some((option) => option.value === entry && option.exclusive))
    .map((entry) => optionDisplay(item, entry) ?? entry);
}
