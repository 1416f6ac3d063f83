import type { Answers } from '../questionnaires/answers.ts';
import { approvedLines } from './approved-lines.ts';
import type { Citation, CriteriaSet, ServiceLine } from './criteria-types.ts';
import { type CriteriaContext, assertSameQuestionnaire, evaluateCriteria, ruleEnvironment } from './evaluate-criteria.ts';
import { evaluateRule } from './evaluate-rule.ts';

/** An alternative that holds for the answers, ready to show a reviewer and, if issued, the provider. */
export interface OfferedAlternative {
  readonly id: string;
  readonly text: string;
  readonly citation: Citation;
  /** Why it holds, in the words of the questions and answers (the `when` rule's reason). */
  readonly reason: string;
  /** The alternative plan's lines; empty when the set gives none. */
  readonly lines: readonly ServiceLine[];
}

/**
 * The set's alternatives (CriteriaSet.alternatives) whose `when` rule is met by the answers and
 * whose `requires` criteria are all met, in the order the set lists them. An unknown rule or
 * criterion offers nothing: an alternative rests on answers, like an approval. Pure: the
 * caller decides when to show them (with a referral) and a reviewer decides whether to issue
 * one; nothing here approves or denies.
 */
export function alternativesFor(set: CriteriaSet, answers: Answers, context: CriteriaContext): readonly OfferedAlternative[] {
  assertSameQuestionnaire(set, context.questionnaire);
  const alternatives = set.alternatives ?? [];
  if (alternatives.length === 0) {
    return [];
  }
  const env = ruleEnvironment(answers, context);
  const needsCriteria = alternatives.some((alternative) => (alternative.requires ?? []).length > 0);
  const met = new Set(needsCriteria ? evaluateCriteria(set, answers, context).outcomes.filter((entry) => entry.result === 'met').map((entry) => entry.id) : []);
  return alternatives.flatMap((alternative) => {
    const outcome = evaluateRule(alternative.when, env);
    if (outcome.result !== 'met' || !(alternative.requires ?? []).every((id) => met.has(id))) {
      return [];
    }
    const lines = alternative.lines ? approvedLines({ ...set, lines: alternative.lines }, answers, context) : [];
    return [{ id: alternative.id, text: alternative.text, citation: alternative.citation, reason: outcome.reason, lines }];
  });
}
