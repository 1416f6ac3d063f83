import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { claimPostDecisionSchema, postDecisionDecisionSchema, postDecisionRequestSchema } from '../../contracts/post-decision.ts';
import type { AppContext } from '../../app/context.ts';
import { claimPostDecisionReview, decidePostDecisionReview } from '../../app/post-decision/decide-review.ts';
import { requestPostDecisionReview } from '../../app/post-decision/request-review.ts';
import { requireActor } from '../plugins/session.ts';

/** Reconsideration and appeal on the web (src/contracts/post-decision.ts lists the endpoints). */
export function postDecisionRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();
  const caseParams = z.object({ id: z.uuid() });

  app.post('/cases/:id/post-decision-requests', { schema: { params: caseParams, body: postDecisionRequestSchema } }, async (request, reply) =>
    reply.status(201).send(await requestPostDecisionReview(ctx, requireActor(request), request.params.id, request.body)),
  );
  app.post('/review/cases/:id/post-decision/claim', { schema: { params: caseParams, body: claimPostDecisionSchema } }, async (request) =>
    claimPostDecisionReview(ctx, requireActor(request), request.params.id, request.body.version),
  );
  app.post('/review/cases/:id/post-decision/decision', { schema: { params: caseParams, body: postDecisionDecisionSchema } }, async (request) =>
    decidePostDecisionReview(ctx, requireActor(request), request.params.id, request.body),
  );
}
