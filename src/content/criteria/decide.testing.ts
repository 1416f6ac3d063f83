import { approvedLines } from '../../domain/criteria/approved-lines.ts';
import type { CriteriaSet, PriorAuthorization, ServiceLine } from '../../domain/criteria/criteria-types.ts';
import { type CriteriaEvaluation, evaluateCriteria } from '../../domain/criteria/evaluate-criteria.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { answerProblems } from '../../domain/questionnaires/progress.ts';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { pruneHidden } from '../../domain/questionnaires/visibility.ts';

export interface Decision {
  readonly evaluation: CriteriaEvaluation;
  readonly lines: readonly ServiceLine[];
  /** Problems with the answers as the wizard would report them: a realistic answer set has none. */
  readonly problems: readonly string[];
  /** Answers the questionnaire would not keep: a realistic answer set has none. */
  readonly stray: readonly string[];
  readonly outcome: (id: string) => CriteriaEvaluation['outcomes'][number] | undefined;
}

/**
 * Runs a content test's answers through the same steps as the case service would; `history` is
 * the member's earlier authorizations, for criteria that read them.
 */
export function decide(questionnaire: Questionnaire, set: CriteriaSet, answers: Answers, dateOfService: string, procedureCode: string, history?: readonly PriorAuthorization[]): Decision {
  const context = { questionnaire, dateOfService, procedureCode, history };
  const evaluation = evaluateCriteria(set, answers, context);
  const kept = pruneHidden(questionnaire, answers);
  return {
    evaluation,
    lines: approvedLines(set, answers, context),
    problems: answerProblems(questionnaire, answers).map((problem) => `${problem.key}: ${problem.message}`),
    stray: Object.keys(answers).filter((linkId) => !(linkId in kept)),
    outcome: (id) => evaluation.outcomes.find((outcome) => outcome.id === id),
  };
}
