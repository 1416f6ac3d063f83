import { type Answers, pathKey } from '../questionnaires/answers.ts';
import { flattenItems } from '../questionnaires/find-item.ts';
import type { Questionnaire } from '../questionnaires/questionnaire-types.ts';
import { pruneHidden, visibleItems } from '../questionnaires/visibility.ts';
import type { Citation, CriteriaSet, Criterion, CriterionResult, PriorAuthorization } from './criteria-types.ts';
import { type RuleEnvironment, type RuleOutcome, evaluateRule } from './evaluate-rule.ts';

/**
 * What the criteria need besides the answers. The questionnaire is the one the answers were
 * given on (same id and version as the set names): question labels and option texts in the
 * reasons come from it, and answers to questions it no longer shows are ignored.
 */
export interface CriteriaContext {
  readonly questionnaire: Questionnaire;
  /** 'YYYY-MM-DD': the expected date of service or treatment start (wizard step 6). */
  readonly dateOfService: string;
  /** The procedure code requested on the case (wizard step 7), e.g. '62323' or 'RCBREA'. */
  readonly procedureCode: string;
  /**
   * The member's earlier authorizations in Priora (approved or partially approved, any office),
   * for rules on how often a service was given. Undefined when not loaded: such rules are then
   * unknown, so the case goes to a reviewer rather than being approved without them.
   */
  readonly history?: readonly PriorAuthorization[] | undefined;
}

export interface CriterionOutcome {
  readonly id: string;
  readonly text: string;
  readonly citation: Citation;
  readonly required: boolean;
  /** False when appliesWhen ruled the criterion out; it then counts as met. */
  readonly applies: boolean;
  readonly result: CriterionResult;
  /** Why, in the words of the questions and answers. */
  readonly reason: string;
}

export interface CriteriaEvaluation {
  readonly criteriaSetId: string;
  readonly criteriaSetVersion: string;
  readonly questionnaireId: string;
  readonly questionnaireVersion: string;
  /**
   * 'met' only when every required criterion is met. Anything else goes to clinical review:
   * the engine approves or refers, it never denies (PRODUCT.md C5, C12).
   */
  readonly result: CriterionResult;
  readonly outcomes: readonly CriterionOutcome[];
  /** Required criteria that are not met or unknown: what the reviewer looks at first. */
  readonly openCriteria: readonly string[];
}

export function assertSameQuestionnaire(set: CriteriaSet, questionnaire: Questionnaire): void {
  if (set.questionnaireId !== questionnaire.id || set.questionnaireVersion !== questionnaire.version) {
    throw new Error(
      `Criteria set ${set.id} v${set.version} reads ${set.questionnaireId} v${set.questionnaireVersion}, not ${questionnaire.id} v${questionnaire.version}.`,
    );
  }
}

/** Answers to hidden questions are dropped first, so they can never sway a criterion. */
export function ruleEnvironment(answers: Answers, context: CriteriaContext): RuleEnvironment {
  const { questionnaire } = context;
  const pruned = pruneHidden(questionnaire, answers);
  const all = flattenItems(questionnaire);
  return {
    scope: [pruned],
    prefixes: [[]],
    items: new Map(all.map((entry) => [entry.item.linkId, entry.item])),
    repeatDepth: new Map(all.map((entry) => [entry.item.linkId, entry.repeatingGroups.length])),
    asked: new Set(visibleItems(questionnaire, pruned).map((entry) => pathKey(entry.path))),
    dateOfService: context.dateOfService,
    procedureCode: context.procedureCode,
    history: context.history,
  };
}

/** The rule, behind appliesWhen: any(not(appliesWhen), rule), reported so a reviewer sees which it was. */
function evaluateCriterion(criterion: Criterion, env: RuleEnvironment): RuleOutcome & { applies: boolean } {
  const applies = criterion.appliesWhen ? evaluateRule(criterion.appliesWhen, env) : undefined;
  if (applies?.result === 'not_met') {
    return { result: 'met', applies: false, reason: `Does not apply: ${applies.reason}` };
  }
  const outcome = evaluateRule(criterion.rule, env);
  if (applies?.result === 'unknown' && outcome.result !== 'met') {
    return { result: 'unknown', applies: true, reason: `${outcome.reason}; whether it applies is not known: ${applies.reason}` };
  }
  return { ...outcome, applies: true };
}

/**
 * Evaluate complete answers (isComplete): on a half-answered questionnaire, questions not yet
 * reachable count as not asked, which is right for a question the answers rule out but says
 * little about one that simply has not come up yet.
 */
export function evaluateCriteria(set: CriteriaSet, answers: Answers, context: CriteriaContext): CriteriaEvaluation {
  assertSameQuestionnaire(set, context.questionnaire);
  const env = ruleEnvironment(answers, context);
  const outcomes = set.criteria.map((criterion): CriterionOutcome => {
    const { result, reason, applies } = evaluateCriterion(criterion, env);
    return { id: criterion.id, text: criterion.text, citation: criterion.citation, required: criterion.required ?? true, applies, result, reason };
  });
  const required = outcomes.filter((outcome) => outcome.required);
  const result: CriterionResult = required.some((outcome) => outcome.result === 'not_met')
    ? 'not_met'
    : required.some((outcome) => outcome.result === 'unknown')
      ? 'unknown'
      : 'met';
  return {
    criteriaSetId: set.id,
    criteriaSetVersion: set.version,
    questionnaireId: set.questionnaireId,
    questionnaireVersion: set.questionnaireVersion,
    result,
    outcomes,
    openCriteria: required.filter((outcome) => outcome.result !== 'met').map((outcome) => outcome.id),
  };
}
