import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/client.ts';
import { caseServiceLines } from '../../db/schema/cases.ts';
import { criteriaFor } from '../../content/criteria/criteria-registry.ts';
import { approvedLines } from '../../domain/criteria/approved-lines.ts';
import type { ServiceLine } from '../../domain/criteria/criteria-types.ts';
import type { Answers } from '../../domain/questionnaires/answers.ts';
import { questionnaireOfCase } from '../cases/questionnaire-step.ts';
import type { ReviewCaseRow } from './review-case-view.ts';

/**
 * The lines a decision on an open case is about: from its answers when it has a questionnaire
 * (radiation phases with technique and fractions, DME rentals …), else as entered in the service
 * step. Numbered from 1 in this order, which is how a partial approval names them.
 */
export async function requestedLines(db: Queryable, row: ReviewCaseRow): Promise<ServiceLine[]> {
  const questionnaire = questionnaireOfCase(row);
  const criteria = questionnaire ? criteriaFor(questionnaire) : undefined;
  if (questionnaire && criteria && row.dateOfService && row.procedureCode) {
    const lines = approvedLines(criteria, (row.answers ?? {}) as Answers, { questionnaire, dateOfService: row.dateOfService, procedureCode: row.procedureCode });
    if (lines.length > 0) {
      return [...lines];
    }
  }
  const entered = await db.select().from(caseServiceLines).where(eq(caseServiceLines.caseId, row.id)).orderBy(asc(caseServiceLines.lineNumber));
  return entered.map((line) => ({ code: line.code, codeSystem: line.codeSystem, description: line.description, units: line.unitsRequested, decidedBy: [] }));
}
