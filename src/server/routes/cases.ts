import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attestSchema, documentPurposes, eligibilitySearchSchema, saveStepSchema, startCaseSchema, urgencySchema, worklistQuerySchema, authorizationLookupSchema, eligibilityCheckSchema, physicianSearchSchema, saveAnswersSchema, submitCaseSchema } from '../../contracts/cases.ts';
import { listCaseWorklist } from '../../app/cases/worklist.ts';
import { checkEligibility, getCaseDetail, lookupAuthorizations } from '../../app/cases/lookups.ts';
import { getQuestionnaire, saveAnswers } from '../../app/cases/questionnaire-step.ts';
import { reviewCase } from '../../app/cases/review-case.ts';
import { submitCase } from '../../app/cases/submit-case.ts';
import { caseSummaryPdf } from '../../app/cases/case-summary-pdf.ts';
import { searchPhysicians } from '../../app/cases/physician-search.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { attestCase, setUrgency } from '../../app/cases/clinical-steps.ts';
import { attachDocuments, listDocuments, readDocument, uploadRules, type DocumentPurpose, type IncomingFile } from '../../app/documents/attach-documents.ts';
import { MAX_UPLOAD_BYTES } from '../../app/documents/inspect-upload.ts';
import type { AppContext } from '../../app/context.ts';
import { startCase } from '../../app/cases/start-case.ts';
import { saveCaseStep } from '../../app/cases/save-case-step.ts';
import { getCase, listInProgress } from '../../app/cases/read-cases.ts';
import { listPlans, planOptions, procedureOptions, programOptions, searchSites } from '../../app/cases/case-options.ts';
import { searchEligibility } from '../../app/members/search-eligibility.ts';
import { requireActor } from '../plugins/session.ts';
import { sendDocument } from './send-document.ts';

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

  app.get('/plans', async (request) => ({ plans: await listPlans(ctx, requireActor(request)) }));

  app.get('/cases/program-options', async (request) => ({
    programs: (await programOptions(ctx, requireActor(request))).map(({ sortOrder: _sortOrder, ...program }) => program),
  }));

  app.get(
    '/cases/:id/procedure-options',
    { schema: { params: caseParams, querystring: z.object({ q: z.string().max(100).default('') }).strict() } },
    async (request) => ({ procedures: await procedureOptions(ctx, requireActor(request), request.params.id, request.query.q) }),
  );

  app.get('/cases', { schema: { querystring: worklistQuerySchema } }, async (request) => listCaseWorklist(ctx, requireActor(request), request.query));

  app.get('/cases/in-progress', async (request) => ({ cases: await listInProgress(ctx, requireActor(request)) }));

  app.get('/cases/:id', { schema: { params: caseParams } }, async (request) => getCase(ctx, requireActor(request), request.params.id));

  app.put('/cases/:id/steps/:step', { schema: { params: caseParams.extend({ step: z.string().max(30) }), body: saveStepSchema } }, async (request) =>
    saveCaseStep(ctx, requireActor(request), request.params.id, request.params.step, request.body.version, request.body.input),
  );

  app.post('/cases/:id/attest', { schema: { params: caseParams, body: attestSchema } }, async (request) =>
    attestCase(ctx, requireActor(request), request.params.id, request.body.version),
  );

  app.put('/cases/:id/urgency', { schema: { params: caseParams, body: urgencySchema } }, async (request) =>
    setUrgency(ctx, requireActor(request), request.params.id, request.body),
  );

  // Multipart: a "purpose" field, then the files. Files are read into memory (at most 5 × 25 MB).
  app.post('/cases/:id/documents', { schema: { params: caseParams } }, async (request, reply) => {
    const actor = requireActor(request);
    if (!request.isMultipart()) {
      throw new DomainError('validation', 'Send the files as a multipart form upload.');
    }
    let purpose: DocumentPurpose = 'clinical';
    const files: IncomingFile[] = [];
    try {
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          if (part.fieldname === 'purpose' && (documentPurposes as readonly string[]).includes(String(part.value))) {
            purpose = part.value as DocumentPurpose;
          }
        } else {
          files.push({ fileName: part.filename, bytes: await part.toBuffer() });
        }
      }
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new DomainError('validation', `Each file must be at most ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`, { files: 'A file is too large.' });
      }
      if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') {
        throw new DomainError('validation', 'Upload at most 5 files at a time.', { files: 'At most 5 files.' });
      }
      throw error;
    }
    return reply.status(201).send({ documents: await attachDocuments(ctx, actor, request.params.id, purpose, files) });
  });

  app.get('/cases/:id/upload-rules', { schema: { params: caseParams } }, async (request) => uploadRules(ctx, requireActor(request), request.params.id));

  app.get('/cases/:id/documents', { schema: { params: caseParams } }, async (request) => ({
    documents: await listDocuments(ctx, requireActor(request), request.params.id),
  }));

  // Served only as a download, with the type we detected, never rendered in Priora's origin.
  app.get('/cases/:id/documents/:documentId', { schema: { params: caseParams.extend({ documentId: z.uuid() }) } }, async (request, reply) => {
    const document = await readDocument(ctx, requireActor(request), request.params.id, request.params.documentId);
    return sendDocument(reply, document, 'attachment');
  });

  app.get('/cases/:id/questionnaire', { schema: { params: caseParams } }, async (request) => getQuestionnaire(ctx, requireActor(request), request.params.id));

  app.put('/cases/:id/questionnaire', { schema: { params: caseParams, body: saveAnswersSchema } }, async (request) =>
    saveAnswers(ctx, requireActor(request), request.params.id, request.body.version, request.body.answers),
  );

  app.get('/cases/:id/review', { schema: { params: caseParams } }, async (request) => reviewCase(ctx, requireActor(request), request.params.id));

  // Idempotency-Key is required (IETF draft): a double click or a retried request makes one case.
  app.post(
    '/cases/:id/submit',
    {
      schema: {
        params: caseParams,
        body: submitCaseSchema,
        headers: z.object({ 'idempotency-key': z.string({ error: 'Send an Idempotency-Key header.' }).min(8).max(255) }).loose(),
      },
    },
    async (request, reply) => {
      const result = await submitCase(ctx, requireActor(request), request.params.id, request.body, request.headers['idempotency-key']);
      return reply.status(result.status).header('idempotent-replayed', String(result.replayed)).send(result.body);
    },
  );

  app.get('/cases/:id/plan-options', { schema: { params: caseParams } }, async (request) => ({
    plans: await planOptions(ctx, requireActor(request), request.params.id),
  }));

  app.get('/physicians/search', { schema: { querystring: physicianSearchSchema } }, async (request) => ({
    physicians: await searchPhysicians(ctx, requireActor(request), request.query),
  }));

  app.get('/sites', { schema: { querystring: siteQuery } }, async (request) => ({ sites: await searchSites(ctx, requireActor(request), request.query) }));

  app.post('/lookup/authorizations', { schema: { body: authorizationLookupSchema } }, async (request) => ({
    cases: await lookupAuthorizations(ctx, requireActor(request), request.body),
  }));

  app.get('/cases/:id/summary.pdf', { schema: { params: caseParams } }, async (request, reply) => {
    const { fileName, pdf } = await caseSummaryPdf(ctx, requireActor(request), request.params.id);
    return reply.header('content-type', 'application/pdf').header('content-disposition', `inline; filename="${fileName}"`).send(pdf);
  });

  app.get('/cases/:id/detail', { schema: { params: caseParams } }, async (request) => getCaseDetail(ctx, requireActor(request), request.params.id));

  app.post('/eligibility/check', { schema: { body: eligibilityCheckSchema } }, async (request) => checkEligibility(ctx, requireActor(request), request.body));

  app.post('/eligibility/search', { schema: { body: eligibilitySearchSchema } }, async (request) => ({
    members: await searchEligibility(ctx, requireActor(request), request.body),
  }));
}
