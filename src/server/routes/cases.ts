import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { eligibilitySearchSchema, saveStepSchema, startCaseSchema } from '../../contracts/cases.ts';
import type { AppContext } from '../../app/context.ts';
import { startCase } from '../../app/cases/start-case.ts';
import { saveCaseStep } from '../../app/cases/save-case-step.ts';
import { getCase, listInProgress } from '../../app/cases/read-cases.ts';
import { planOptions, procedureOptions, programOptions, searchSites } from '../../app/cases/case-options.ts';
import { searchEligibility } from '../../app/members/search-eligibility.ts';
import { requireActor } from '../plugins/session.ts';

const caseParams = z.object({ id: z.uuid() });

const siteQuery = z
  .object({
    npi: z.string().regex(/^\d{10}$/, { error: 'An NPI is 10 digits.' }).optional(),
    tin: z.string().regex(/^\d{9}$/, { error: 'A TIN is 9 digits.' }).optional(),
    zip: z.string().regex(/^\d{3,5}$/, { error: 'Enter the first 3 to 5 digits of the zip.' }).optional(),
    city: z.string().trim().min(2).max(60).optional(),
    name: z.string().trim().min(2).max(120).optional(),
    nameMatch: z.enum(['exact', 'starts_with']).default('starts_with'),
  })
  .strict();

export function caseRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();

  app.post('/cases', { schema: { body: startCaseSchema } }, async (request, reply) =>
    reply.status(201).send(await startCase(ctx, requireActor(request), request.body)),
  );

  app.get('/cases/program-options', async (request) => ({
    programs: (await programOptions(ctx, requireActor(request))).map(({ sortOrder: _sortOrder, ...program }) => program),
  }));

  app.get(
    '/cases/:id/procedure-options',
    { schema: { params: caseParams, querystring: z.object({ q: z.string().max(100).default('') }).strict() } },
    async (request) => ({ procedures: await procedureOptions(ctx, requireActor(request), request.params.id, request.query.q) }),
  );

  app.get('/cases/in-progress', async (request) => ({ cases: await listInProgress(ctx, requireActor(request)) }));

  app.get('/cases/:id', { schema: { params: caseParams } }, async (request) => getCase(ctx, requireActor(request), request.params.id));

  app.put('/cases/:id/steps/:step', { schema: { params: caseParams.extend({ step: z.string().max(30) }), body: saveStepSchema } }, async (request) =>
    saveCaseStep(ctx, requireActor(request), request.params.id, request.params.step, request.body.version, request.body.input),
  );

  app.get('/cases/:id/plan-options', { schema: { params: caseParams } }, async (request) => ({
    plans: await planOptions(ctx, requireActor(request), request.params.id),
  }));

  app.get('/sites', { schema: { querystring: siteQuery } }, async (request) => ({ sites: await searchSites(ctx, requireActor(request), request.query) }));

  app.post('/eligibility/search', { schema: { body: eligibilitySearchSchema } }, async (request) => ({
    members: await searchEligibility(ctx, requireActor(request), request.body),
  }));
}
