import { asc } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { searchCodesAs } from '../../app/reference/search-codes.ts';
import { usStates } from '../../db/schema/reference.ts';
import { codeSearchQuerySchema, type CodeSearchResult, type StateOption } from '../../contracts/reference.ts';
import { requireActor } from '../plugins/session.ts';

const codeSearchResponseSchema = z.object({
  codes: z.array(
    z.object({
      system: z.enum(['ICD10CM', 'HCPCS']),
      code: z.string(),
      displayCode: z.string(),
      description: z.string(),
      billable: z.boolean(),
    }) satisfies z.ZodType<CodeSearchResult>,
  ),
});

export function referenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Public: the registration form needs the list before anyone signs in. Not PHI.
  app.get('/reference/states', async (): Promise<{ states: StateOption[] }> => {
    const states = await ctx.db
      .select({ abbreviation: usStates.abbreviation, name: usStates.name })
      .from(usStates)
      .orderBy(asc(usStates.name));
    return { states };
  });

  // Signed-in users only: the code lists are public data, but the endpoint is a database
  // search nobody outside needs.
  app.withTypeProvider<ZodTypeProvider>().get(
    '/reference/codes',
    { schema: { querystring: codeSearchQuerySchema, response: { 200: codeSearchResponseSchema } } },
    async (request) => {
      const actor = requireActor(request);
      const { system, q, limit, billableOnly } = request.query;
      // Codes in force today (UTC); the case wizard can pass the date of service once it has one.
      const activeOn = ctx.clock.now().toISOString().slice(0, 10);
      return { codes: await searchCodesAs(ctx, actor, { system, q, limit, billableOnly, activeOn }) };
    },
  );
}
