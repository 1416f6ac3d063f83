import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.ts';

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/health', async (_request, reply) => {
    try {
      await ctx.db.execute(sql`select 1`);
      return { status: 'ok', time: ctx.clock.now().toISOString() };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });
}
