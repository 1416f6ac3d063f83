import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { outboxChannels } from '../../db/schema/outbox.ts';
import type { AppContext } from '../../app/context.ts';
import { listOutbox } from '../../app/outbox/list-outbox.ts';
import { requireActor } from '../plugins/session.ts';

const outboxQuery = z
  .object({
    channel: z.enum(outboxChannels).optional(),
    template: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

export function outboxRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();
  app.get('/outbox', { schema: { querystring: outboxQuery } }, async (request) => ({
    messages: await listOutbox(ctx, requireActor(request), request.query),
  }));
}
