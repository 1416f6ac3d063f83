import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  ABANDONED_BY_WEB_USER_NOTE,
  POST_DECISION_SUBMITTED,
  type PostDecisionRequestResult,
  type postDecisionRequestSchema,
} from '../../contracts/post-decision.ts';
import type { PostDecisionOptionView } from '../../contracts/letters.ts';
import type { Transaction } from '../../db/client.ts';
import { cases, type CaseStatus } from '../../db/schema/cases.ts';
import { caseDocuments } from '../../db/schema/documents.ts';
import { postDecisionRequests } from '../../db/schema/post-decision.ts';
import { caseDeterminations } from '../../db/schema/review.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { decisionDueAt } from '../../domain/policies/deadlines.ts';
import { DomainError, invalid } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { caseAuditEntry, recordAudit } from '../audit/record-audit.ts';
import { notifyStatusChange } from '../cases/case-outcome.ts';
import { policyOfCase } from '../cases/case-policy.ts';
import { loadOfficeCase, type CaseRow } from '../cases/case-view.ts';
import { postDecisionOptionsOfCase } from '../cases/post-decision.ts';
import { refreshWorklistColumns } from '../cases/worklist-columns.ts';
import type { AppContext } from '../context.ts';
import { phoneWords } from '../letters/letter-words.ts';
import { recordCaseEvent } from '../review/case-events.ts';
import { reviewLabel } from './open-request.ts';

type RequestInput = z.output<typeof postDecisionRequestSchema>;

/** The adverse statuses a reconsideration or appeal starts from (C6). */
const ADVERSE_STATUSES: CaseStatus[] = ['denied', 'partially_approved', 'alternative_recommended', 'administratively_denied'];

const numbers = (contact: PostDecisionOptionView['contact']) => [contact?.phone && `phone ${phoneWords(contact.phone)}`, contact?.fax && `fax ${phoneWords(contact.fax)}`].filter(Boolean).join(', ');

/** The option the office asks for, if Priora may take it on the web now; otherwise a 409 that says where to go. */
function requireWebOption(options: PostDecisionOptionView[], kind: RequestInput['kind']): PostDecisionOptionView {
  const label = reviewLabel(kind);
  const option = options.find((candidate) => candidate.kind === kind);
  if (!option?.lastDay) {
    throw new DomainError('conflict', `A ${label} is not offered for this case. ${option?.explanation ?? ''}`.trim());
  }
  if (!option.open) {
    throw new DomainError('conflict', `A ${label} can no longer be asked for on this case. ${option.explanation}`);
  }
  if (option.handledBy === 'plan') {
    const reach = numbers(option.contact);
    throw new DomainError('conflict', `The ${label} of this case is decided by ${option.contact?.name ?? 'the health plan'}, not by Priora: contact the plan${reach ? ` (${reach})` : ''} by ${option.lastDay}.`);
  }
  if (option.phoneOnly) {
    const reach = numbers(option.contact);
    throw new DomainError('conflict', `${option.explanation}${reach ? ` (${reach})` : ''}`);
  }
  return option;
}

/** New information: documents of this case uploaded after the last decision or request, so none was reviewed before. */
async function requireNewDocuments(tx: Transaction, row: CaseRow, documentIds: readonly string[]): Promise<void> {
  const [determination] = await tx.select({ at: caseDeterminations.decidedAt }).from(caseDeterminations).where(eq(caseDeterminations.caseId, row.id));
  const [lastRequest] = await tx.select({ at: postDecisionRequests.requestedAt }).from(postDecisionRequests).where(eq(postDecisionRequests.caseId, row.id)).orderBy(desc(postDecisionRequests.requestedAt)).limit(1);
  const since = Math.max(determination?.at.getTime() ?? 0, lastRequest?.at.getTime() ?? 0);
  const documents = await tx
    .select({ id: caseDocuments.id, uploadedAt: caseDocuments.uploadedAt })
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, row.id), inArray(caseDocuments.id, [...documentIds])));
  if (documents.length !== new Set(documentIds).size || documents.some((document) => document.uploadedAt.getTime() < since)) {
    throw invalid('Only clinical information uploaded for this request, after the decision, can start it.', { documentIds: 'Upload the new clinical information here.' });
  }
}

async function insertRequest(tx: Transaction, ctx: AppContext, actor: Actor, row: CaseRow, values: Pick<typeof postDecisionRequests.$inferInsert, 'kind' | 'status' | 'note' | 'newInformationAcknowledged'>) {
  const [request] = await tx
    .insert(postDecisionRequests)
    .values({ ...values, caseId: row.id, officeId: row.officeId, requestedByUserId: actor.userId, requestedAt: ctx.clock.now() })
    .returning({ id: postDecisionRequests.id });
  return request!.id;
}

async function abandon(ctx: AppContext, tx: Transaction, actor: Actor, row: CaseRow, kind: RequestInput['kind'], note: string): Promise<PostDecisionRequestResult> {
  const requestId = await insertRequest(tx, ctx, actor, row, { kind, status: 'abandoned', note, newInformationAcknowledged: false });
  await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'post_decision_abandoned', officeVisible: true, details: { kind, note } });
  await recordAudit(tx, ctx.clock, caseAuditEntry('post_decision.abandon', actor, row, { kind, requestId }));
  return { requestId, kind, status: 'abandoned', message: note, caseStatus: row.status };
}

/**
 * The office answers "Would you like to process a …?" (C6, seed 000). "No" records the seed's
 * abandonment note; "Yes" needs new clinical information uploaded and acknowledged as new (none
 * uploaded abandons the request, as the seed says). A request sends the case to "Additional
 * Information Received, Pending Medical Director Review", unassigned, in the review queue, with
 * the plan's turnaround from now. Only options open now and handled by Priora; one transaction.
 */
export async function requestPostDecisionReview(ctx: AppContext, actor: Actor, caseId: string, input: RequestInput): Promise<PostDecisionRequestResult> {
  await authorize(ctx, actor, 'cases.update', ownOffice(actor));
  return ctx.db.transaction(async (tx) => {
    const { id } = await loadOfficeCase(tx, actor.officeId as string, caseId);
    // One request at a time: the row lock orders two answers to the same question.
    await tx.execute(sql`select id from cases where id = ${id} for update`);
    const row = await loadOfficeCase(tx, actor.officeId as string, caseId);
    requireWebOption(await postDecisionOptionsOfCase(ctx, tx, row), input.kind);
    if (!input.proceed) {
      return abandon(ctx, tx, actor, row, input.kind, ABANDONED_BY_WEB_USER_NOTE);
    }
    if (input.documentIds.length === 0) {
      // Seed 000: "Failure to upload clinical information at this time will abandon the request", with the same note as "No".
      return abandon(ctx, tx, actor, row, input.kind, ABANDONED_BY_WEB_USER_NOTE);
    }
    if (input.newInformationAcknowledged !== true) {
      throw invalid('Acknowledge that the uploaded clinical information is new and was not reviewed before.', {
        newInformationAcknowledged: 'Only new clinical information, not previously reviewed, can start a post decision review.',
      });
    }
    await requireNewDocuments(tx, row, input.documentIds);
    const requestId = await insertRequest(tx, ctx, actor, row, { kind: input.kind, status: 'requested', note: null, newInformationAcknowledged: true });
    const now = ctx.clock.now();
    const due = decisionDueAt(await policyOfCase(ctx, tx, row), { urgency: row.urgency ?? 'standard', completeAt: now, receivedAt: now, lineOfBusiness: row.lineOfBusiness ?? 'commercial' });
    const [moved] = await tx
      .update(cases)
      .set({ status: 'additional_information_received', assignedUserId: null, assignedAt: null, holdDueAt: null, decisionDueAt: due.dueAt, decisionClockStartedAt: now, version: row.version + 1, updatedAt: now })
      .where(and(eq(cases.id, row.id), inArray(cases.status, ADVERSE_STATUSES)))
      .returning({ id: cases.id });
    if (!moved) {
      throw new DomainError('conflict', `Case ${row.caseNumber ?? ''} has no decision a ${reviewLabel(input.kind)} could review.`);
    }
    const label = reviewLabel(input.kind);
    await recordCaseEvent(tx, ctx.clock, { caseId: row.id, actorUserId: actor.userId, kind: 'post_decision_requested', officeVisible: true, details: { kind: input.kind, label, documents: input.documentIds.length } });
    await notifyStatusChange(ctx, tx, row, row.caseNumber ?? '', 'received the additional information and is pending medical director review');
    await recordAudit(tx, ctx.clock, caseAuditEntry('post_decision.request', actor, row, { kind: input.kind, requestId, documentIds: input.documentIds }));
    await refreshWorklistColumns(tx, [row.id]);
    return { requestId, kind: input.kind, status: 'requested', message: POST_DECISION_SUBMITTED, caseStatus: 'additional_information_received' };
  });
}
