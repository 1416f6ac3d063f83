import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client.ts';
import { caseServiceLines } from '../../db/schema/cases.ts';
import type { DecidedLine } from '../../domain/cases/line-decisions.ts';
import type { ServiceLine } from '../../domain/criteria/criteria-types.ts';
import type { AppContext } from '../context.ts';
import { enqueueMessage } from '../outbox/enqueue-message.ts';
import type { CaseRow } from './case-view.ts';
import { acquisitionOf } from './submission-rules.ts';

/** Replaces the case's service lines with the approved ones (at submission, or by a reviewer). */
export async function writeApprovedLines(tx: Transaction, caseId: string, lines: readonly ServiceLine[]): Promise<void> {
  await writeDecidedLines(
    tx,
    caseId,
    lines.map((line) => ({ ...line, unitsApproved: line.units, fractionsApproved: line.fractions, status: 'approved' as const })),
  );
}

/** Replaces the case's service lines with the lines as decided, line by line (a partial approval). */
export async function writeDecidedLines(tx: Transaction, caseId: string, lines: readonly DecidedLine[]): Promise<void> {
  await tx.delete(caseServiceLines).where(eq(caseServiceLines.caseId, caseId));
  if (lines.length === 0) {
    return;
  }
  await tx.insert(caseServiceLines).values(
    lines.map((line, index) => ({
      caseId,
      lineNumber: index + 1,
      code: line.code,
      codeSystem: line.codeSystem === 'HCPCS' ? ('HCPCS' as const) : line.codeSystem === 'PROGRAM' ? ('PROGRAM' as const) : ('CPT' as const),
      description: line.description,
      modifiers: line.modifiers ? [...line.modifiers] : null,
      unitsRequested: line.units,
      unitsApproved: line.unitsApproved,
      phase: line.phase ?? null,
      technique: line.technique ?? null,
      fractionsRequested: line.fractions ?? null,
      fractionsApproved: line.fractions === undefined ? null : (line.fractionsApproved ?? null),
      acquisition: acquisitionOf(line),
      rentalMonths: line.rentalMonths ?? null,
      status: line.status,
    })),
  );
}

/**
 * The e-notification of a status change, when the case's contact opted in (C4). Email is not a
 * secure channel: the case number and the status only, never member or clinical details.
 */
export async function notifyStatusChange(ctx: AppContext, tx: Transaction, row: Pick<CaseRow, 'contact' | 'officeId'>, caseNumber: string, statusWords: string): Promise<void> {
  if (!row.contact?.notifyOnStatusChange) {
    return;
  }
  await enqueueMessage(tx, ctx.clock, {
    channel: 'email',
    recipient: row.contact.email,
    subject: `Priora: case ${caseNumber} ${statusWords}`,
    body: `Case ${caseNumber} was ${statusWords}. Sign in to Priora at ${ctx.config.PUBLIC_URL} to see the details.`,
    template: 'case.status_changed',
    relatedOfficeId: row.officeId,
  });
}

