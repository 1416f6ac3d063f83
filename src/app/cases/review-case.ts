import type { ReviewOutlook } from '../../contracts/cases.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { isComplete } from '../../domain/questionnaires/progress.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';
import { loadOfficeCase } from './case-view.ts';
import { policyForCase } from './case-policy.ts';
import { memberFacts } from './member-history.ts';
import { questionnaireOfCase } from './questionnaire-step.ts';
import { outlookView, submissionOutlook } from './submission-rules.ts';
import { findDuplicates } from './submit-case.ts';

/** The review page before SUBMIT CASE: the outcome the answers lead to, and a duplicate warning. */
export async function reviewCase(ctx: AppContext, actor: Actor, caseId: string): Promise<ReviewOutlook> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  const row = await loadOfficeCase(ctx.db, actor.officeId as string, caseId);
  const questionnaire = questionnaireOfCase(row);
  const complete = questionnaire ? isComplete(questionnaire, (row.answers ?? {}) as Answers) : true;
  const duplicates = await findDuplicates(ctx, ctx.db, row);
  if (!complete) {
    return { outcome: 'refer', reason: 'Answer the remaining clinical questions first.', questionnaireComplete: false, criteria: [], alternatives: [], duplicates };
  }
  const outlook = submissionOutlook(row, questionnaire, await policyForCase(ctx, ctx.db, row), ctx.clock.now(), await memberFacts(ctx.db, row));
  return {
    outcome: outlook.kind,
    reason: outlook.kind === 'approve' ? null : outlook.reason,
    questionnaireComplete: true,
    ...outlookView(outlook),
    duplicates: duplicates.map(({ id: _id, ...duplicate }) => duplicate),
  };
}
