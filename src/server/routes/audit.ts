import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { listAuditEvents, verifyAuditChainAs } from '../../app/audit/audit-trail.ts';
import { requireActor } from '../plugins/session.ts';

const auditQuery = z
  .object({
    actor: z.string().trim().max(50).optional(),
    action: z.string().trim().max(100).optional(),
    memberId: z.uuid().optional(),
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  })
  .strict();

export function auditRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();

  app.get('/audit', { schema: { querystring: auditQuery } }, async (request) => ({
    events: await listAuditEvents(ctx, requireActor(request), {
      actorUserName: request.query.actor || undefined,
      action: request.query.action || undefined,
      memberId: request.query.memberId,
      from: request.query.from,
      to: request.query.to,
      limit: request.query.limit,
    }),
  }));

  app.get('/audit/verify', async (request) => verifyAuditChainAs(ctx, requireActor(request)));
}
