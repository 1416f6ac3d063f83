import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { legacyCaseQuerySchema } from '../../contracts/legacy.ts';
import type { AppContext } from '../../app/context.ts';
import { getLegacyCase, legacyPortalSummary, listLegacyCases } from '../../app/legacy/read-legacy-cases.ts';
import { requireActor } from '../plugins/session.ts';

/** The legacy portal (C8): read-only views of requests made before a program's migration day. */
export function legacyRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();

  app.get('/legacy/summary', async (request) => legacyPortalSummary(ctx, requireActor(request)));

  app.get('/legacy/cases', { schema: { querystring: legacyCaseQuerySchema } }, async (request) => listLegacyCases(ctx, requireActor(request), request.query));

  app.get('/legacy/cases/:id', { schema: { params: z.object({ id: z.uuid() }) } }, async (request) => getLegacyCase(ctx, requireActor(request), request.params.id));
}
