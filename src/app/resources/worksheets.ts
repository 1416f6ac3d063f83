import { publishedQuestionnaires, questionnaireById } from '../../content/questionnaires/questionnaire-registry.ts';
import type { WorksheetSummary } from '../../contracts/resources.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';
import { readPrograms } from './list-resource-plans.ts';
import { renderWorksheetPdf } from './worksheet-pdf.ts';
import { countQuestions } from './worksheet-text.ts';

export function worksheetPdfUrl(questionnaire: Pick<Questionnaire, 'id' | 'version'>): string {
  return `/api/resources/worksheets/${encodeURIComponent(questionnaire.id)}/${encodeURIComponent(questionnaire.version)}/worksheet.pdf`;
}

function isNewest(questionnaire: Questionnaire): boolean {
  return !publishedQuestionnaires.some((other) => other.id === questionnaire.id && Number(other.version) > Number(questionnaire.version));
}

/**
 * Resources → Clinical Worksheets: one per published questionnaire version, read from the
 * registry at every call (newest first within a questionnaire), in the programs' order.
 */
export async function listWorksheets(ctx: AppContext, actor: Actor): Promise<WorksheetSummary[]> {
  await authorize(ctx, actor, 'resources.read', { kind: 'system' });
  const programs = await readPrograms(ctx.db);
  const rank = (code: string) => {
    const index = programs.findIndex((program) => program.code === code);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...publishedQuestionnaires]
    .sort(
      (left, right) =>
        rank(left.programCode) - rank(right.programCode) ||
        left.title.localeCompare(right.title) ||
        left.id.localeCompare(right.id) ||
        Number(right.version) - Number(left.version),
    )
    .map((questionnaire) => ({
      questionnaireId: questionnaire.id,
      version: questionnaire.version,
      title: questionnaire.title,
      programCode: questionnaire.programCode,
      programName: programs.find((program) => program.code === questionnaire.programCode)?.name ?? questionnaire.programCode,
      procedureCodes: [...questionnaire.procedureCodes],
      questionCount: countQuestions(questionnaire),
      current: isNewest(questionnaire),
      pdfUrl: worksheetPdfUrl(questionnaire),
    }));
}

/** The printable worksheet of one questionnaire version, generated from the questionnaire data. */
export async function worksheetPdf(ctx: AppContext, actor: Actor, questionnaireId: string, version: string): Promise<{ fileName: string; pdf: Buffer }> {
  await authorize(ctx, actor, 'resources.read', { kind: 'system' });
  const questionnaire = questionnaireById(questionnaireId, version);
  if (!questionnaire) {
    throw notFound('The worksheet');
  }
  const programs = await readPrograms(ctx.db);
  const programName = programs.find((program) => program.code === questionnaire.programCode)?.name ?? questionnaire.programCode;
  return {
    fileName: `priora-worksheet-${questionnaire.id}-v${questionnaire.version}.pdf`,
    pdf: await renderWorksheetPdf(questionnaire, { programName, printedAt: ctx.clock.now() }),
  };
}
