import { type AnswerPath, type AnswerValue, type Answers, answerAt, isEmptyAnswer, pathKey, setAnswer } from './answers.ts';
import { itemAtPath } from './find-item.ts';
import type { Questionnaire } from './questionnaire-types.ts';
import { validateAnswer } from './validate-answer.ts';
import { type VisibleItem, pruneHidden, visibleItems } from './visibility.ts';

export interface AnswerProblem {
  readonly path: AnswerPath;
  /** pathKey(path), e.g. 'equipment[1].units', for forms. */
  readonly key: string;
  readonly linkId: string;
  readonly message: string;
}

function isQuestion(entry: VisibleItem): boolean {
  return entry.item.type !== 'group';
}

/**
 * The first shown question that must be answered and is not: where "finish later" resumes.
 * Optional questions are not waited for.
 */
export function nextUnanswered(questionnaire: Questionnaire, answers: Answers): VisibleItem | undefined {
  return visibleItems(questionnaire, answers).find((entry) => isQuestion(entry) && entry.item.required && isEmptyAnswer(answerAt(answers, entry.path)));
}

/** Every problem with the answers to the questions shown now, in question order. */
export function answerProblems(questionnaire: Questionnaire, answers: Answers): readonly AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const entry of visibleItems(questionnaire, answers)) {
    // Plain groups have no answer; repeating groups are checked for their number of entries.
    if (entry.item.type === 'group' && !entry.item.repeats) {
      continue;
    }
    const message = validateAnswer(entry.item, answerAt(answers, entry.path));
    if (message) {
      problems.push({ path: entry.path, key: pathKey(entry.path), linkId: entry.item.linkId, message });
    }
  }
  return problems;
}

/** Every question shown is answered where required and every answer given is acceptable. */
export function isComplete(questionnaire: Questionnaire, answers: Answers): boolean {
  return answerProblems(questionnaire, answers).length === 0;
}

export type ApplyAnswerResult =
  | { readonly ok: true; readonly answers: Answers }
  | { readonly ok: false; readonly message: string };

/**
 * The wizard's one step: check the answer, set it, and drop the answers to questions that the
 * change has hidden. undefined clears the answer. The path must point at a question that is
 * shown now; answering a hidden question is refused, so a stale form cannot store it.
 */
export function applyAnswer(questionnaire: Questionnaire, answers: Answers, path: AnswerPath, value: AnswerValue | undefined): ApplyAnswerResult {
  const item = itemAtPath(questionnaire, path);
  if (!item) {
    return { ok: false, message: 'This question is not part of the questionnaire.' };
  }
  const key = pathKey(path);
  // A new repeat instance is not shown until it exists, so look with the answer in place.
  const withAnswer = setAnswer(answers, path, value);
  if (!visibleItems(questionnaire, withAnswer).some((entry) => pathKey(entry.path) === key)) {
    return { ok: false, message: 'This question is not asked with the answers given so far.' };
  }
  if (value !== undefined && !isEmptyAnswer(value)) {
    const problem = validateAnswer(item, value);
    if (problem) {
      return { ok: false, message: problem };
    }
  }
  return { ok: true, answers: pruneHidden(questionnaire, withAnswer) };
}
