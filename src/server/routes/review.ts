import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addNoteSchema, assignCaseSchema, claimCaseSchema, decisionSchema, holdCaseSchema, preDecisionNoticeSchema, reviewQueueQuerySchema } from '../../contracts/review.ts';
import type { AppContext } from '../../app/context.ts';
import { getReviewCase, listReviewQueue } from '../../app/review/review-case-view.ts';
import { addReviewNote, assignCase, claimCase, readReviewDocument } from '../../app/review/review-actions.ts';
import { decideCase } from '../../app/review/determinations.ts';
import { sendPreDecisionNotice } from '../../app/review/pre-decision.ts';
import { getSupervisorView } from '../../app/review/supervisor-view.ts';
import { holdCase } from '../../app/review/holds.ts';
import { requireActor } from '../plugins/session.ts';
import { sendDocument } from './send-document.ts';

/** The reviewer workbench (src/contracts/review.ts lists the endpoints). */
export function reviewRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();
  const caseParams = z.object({ id: z.uuid() });

  app.get('/review/queue', { schema: { querystring: reviewQueueQuerySchema } }, async (request) => listReviewQueue(ctx, requireActor(request), request.query));
  app.get('/review/supervisor', async (request) => getSupervisorView(ctx, requireActor(request)));
  app.get('/review/cases/:id', { schema: { params: caseParams } }, async (request) => getReviewCase(ctx, requireActor(request), request.params.id));
  app.post('/review/cases/:id/claim', { schema: { params: caseParams, body: claimCaseSchema } }, async (request) => claimCase(ctx, requireActor(request), request.params.id, request.body.version));
  app.post('/review/cases/:id/assign', { schema: { params: caseParams, body: assignCaseSchema } }, async (request) => assignCase(ctx, requireActor(request), request.params.id, request.body));
  app.post('/review/cases/:id/notes', { schema: { params: caseParams, body: addNoteSchema } }, async (request) => addReviewNote(ctx, requireActor(request), request.params.id, request.body.text));
  app.post('/review/cases/:id/decision', { schema: { params: caseParams, body: decisionSchema } }, async (request) => decideCase(ctx, requireActor(request), request.params.id, request.body));
  app.post('/review/cases/:id/pre-decision-notice', { schema: { params: caseParams, body: preDecisionNoticeSchema } }, async (request) =>
    sendPreDecisionNotice(ctx, requireActor(request), request.params.id, request.body),
  );
  app.post('/review/cases/:id/hold', { schema: { params: caseParams, body: holdCaseSchema } }, async (request) => holdCase(ctx, requireActor(request), request.params.id, request.body));

  // Shown inline for reading, in a sandbox: the file can never script Priora's origin.
  app.get('/review/cases/:id/documents/:documentId', { schema: { params: caseParams.extend({ documentId: z.uuid() }) } }, async (request, reply) => {
    const document = await readReviewDocument(ctx, requireActor(request), request.params.id, request.params.documentId);
    return sendDocument(reply, document, 'inline');
  });
}
