import type { QuestionnaireState } from '../../contracts/cases.ts';
import { questionnaireById, questionnaireFor } from '../../content/questionnaires/questionnaire-registry.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { isAnswersShape, pathKey } from '../../domain/questionnaires/answers.ts';
import { answerProblems } from '../../domain/questionnaires/progress.ts';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { pruneHidden, visibleItems } from '../../domain/questionnaires/visibility.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { isWizardStep, percentComplete } from '../../domain/cases/wizard-steps.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { loadOfficeCase, type CaseRow } from './case-view.ts';
import { saveCaseVersion } from './save-case-version.ts';

/** The questionnaire a case is answered on: the version it started with, or the newest for its procedure. */
export function questionnaireOfCase(row: Pick<CaseRow, 'questionnaireId' | 'questionnaireVersion' | 'programCode' | 'procedureCode'>): Questionnaire | undefined {
  if (row.questionnaireId && row.questionnaireVersion) {
    return questionnaireById(row.questionnaireId, row.questionnaireVersion);
  }
  return row.procedureCode ? questionnaireFor(row.programCode, row.procedureCode) : undefined;
}

function progressOf(row: CaseRow): { currentStep: string; percentComplete: number } {
  return { currentStep: row.currentStep, percentComplete: isWizardStep(row.currentStep) ? percentComplete(row.currentStep) : 100 };
}

export function describeQuestionnaire(row: CaseRow, questionnaire: Questionnaire | undefined): QuestionnaireState {
  const answers = (row.answers ?? {}) as Answers;
  if (!questionnaire) {
    return { caseVersion: row.version, ...progressOf(row), questionnaire: null, answers: {}, visible: [], problems: [], complete: true };
  }
  const problems = answerProblems(questionnaire, answers);
  return {
    caseVersion: row.version,
    ...progressOf(row),
    questionnaire: { id: questionnaire.id, version: questionnaire.version, title: questionnaire.title, items: [...questionnaire.items] },
    answers,
    visible: visibleItems(questionnaire, answers).map((entry) => ({ key: pathKey(entry.path), linkId: entry.item.linkId, path: [...entry.path], depth: entry.depth })),
    problems: problems.map((problem) => ({ key: problem.key, linkId: problem.linkId, message: problem.message })),
    complete: problems.length === 0,
  };
}

function requireQuestionnaireStep(row: CaseRow): void {
  if (row.status !== 'in_progress') {
    throw new DomainError('conflict', 'This request has been submitted or has expired; it can no longer be changed.');
  }
  if (!row.lockedAt || !row.urgency) {
    throw new DomainError('conflict', 'Proceed to clinical information and choose standard or urgent first.');
  }
}

export async function getQuestionnaire(ctx: AppContext, actor: Actor, caseId: string): Promise<QuestionnaireState> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  const row = await loadOfficeCase(ctx.db, actor.officeId as string, caseId);
  return describeQuestionnaire(row, questionnaireOfCase(row));
}

/**
 * Saves the answers so far ("finish later" is just this): answers to questions the current
 * answers hide are dropped, and the questionnaire version is fixed on the case at the first save.
 */
export async function saveAnswers(ctx: AppContext, actor: Actor, caseId: string, version: number, answers: Record<string, unknown>): Promise<QuestionnaireState> {
  await authorize(ctx, actor, 'cases.update', ownOffice(actor));
  if (!isAnswersShape(answers)) {
    throw new DomainError('validation', 'The answers could not be read. Reload the page and try again.');
  }
  return ctx.db.transaction(async (tx) => {
    const row = await loadOfficeCase(tx, actor.officeId as string, caseId);
    requireQuestionnaireStep(row);
    const questionnaire = questionnaireOfCase(row);
    if (!questionnaire) {
      throw new DomainError('conflict', 'This procedure has no clinical questions: continue to submit with clinical documents.');
    }
    const kept = pruneHidden(questionnaire, answers);
    // Complete answers take the request to the review step; an edit that reopens a question brings it back.
    const updated = await saveCaseVersion(ctx, tx, row, version, {
      answers: kept,
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      currentStep: answerProblems(questionnaire, kept).length === 0 ? 'review' : 'questionnaire',
    });
    await recordAudit(tx, ctx.clock, { action: 'case.update', outcome: 'success', actor, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined, details: { step: 'questionnaire' } });
    return describeQuestionnaire(updated, questionnaire);
  });
}
