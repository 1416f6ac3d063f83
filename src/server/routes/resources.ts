import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app/context.ts';
import { authorizationCodes, authorizationCodesCsv } from '../../app/resources/authorization-codes.ts';
import { contactLookup, helpContact } from '../../app/resources/contacts.ts';
import { listFaqs } from '../../app/resources/faqs.ts';
import { listGuidelines, readGuideline } from '../../app/resources/guidelines.ts';
import { listResourcePlans, listResourcePrograms } from '../../app/resources/list-resource-plans.ts';
import { listWorksheets, worksheetPdf } from '../../app/resources/worksheets.ts';
import {
  authorizationCodesQuerySchema,
  contactLookupQuerySchema,
  guidelineListQuerySchema,
  guidelineParamsSchema,
  worksheetParamsSchema,
} from '../../contracts/resources.ts';
import { requireActor } from '../plugins/session.ts';

/**
 * Resources (PRODUCT.md C7): published material for every signed-in role, plus the public Help /
 * Contact Us number. No PHI, so reads are not audited; refusals are (authorize).
 */
export function resourceRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();

  app.get('/resources/plans', async (request) => ({ plans: await listResourcePlans(ctx, requireActor(request)) }));

  app.get('/resources/programs', async (request) => ({ programs: await listResourcePrograms(ctx, requireActor(request)) }));

  app.get('/resources/guidelines', { schema: { querystring: guidelineListQuerySchema } }, async (request) => ({
    guidelines: await listGuidelines(ctx, requireActor(request), request.query),
  }));

  app.get('/resources/guidelines/:guidelineId', { schema: { params: guidelineParamsSchema } }, async (request) =>
    readGuideline(ctx, requireActor(request), request.params.guidelineId),
  );

  app.get('/resources/worksheets', async (request) => ({ worksheets: await listWorksheets(ctx, requireActor(request)) }));

  app.get('/resources/worksheets/:questionnaireId/:version/worksheet.pdf', { schema: { params: worksheetParamsSchema } }, async (request, reply) => {
    const { fileName, pdf } = await worksheetPdf(ctx, requireActor(request), request.params.questionnaireId, request.params.version);
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${fileName}"`).send(pdf);
  });

  app.get('/resources/authorization-codes', { schema: { querystring: authorizationCodesQuerySchema } }, async (request) =>
    authorizationCodes(ctx, requireActor(request), request.query),
  );

  app.get('/resources/authorization-codes.csv', { schema: { querystring: authorizationCodesQuerySchema } }, async (request, reply) => {
    const { fileName, csv } = await authorizationCodesCsv(ctx, requireActor(request), request.query);
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName}"`).send(csv);
  });

  app.get('/resources/contacts', { schema: { querystring: contactLookupQuerySchema } }, async (request) => contactLookup(ctx, requireActor(request), request.query));

  app.get('/resources/faqs', async (request) => ({ faqs: await listFaqs(ctx, requireActor(request)) }));

  // Public: someone who cannot sign in needs the support number most. Not PHI.
  app.get('/help/contact', async () => helpContact(ctx));
}
