import type { FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type DomainErrorCode } from '../../domain/shared/errors.ts';

/** The only place a domain error code becomes an HTTP status. */
const statusByCode: Record<DomainErrorCode, number> = {
  validation: 400,
  invalid_credentials: 401,
  invalid_token: 400,
  invalid_code: 400,
  unauthenticated: 401,
  mfa_required: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  rate_limited: 429,
  idempotency_mismatch: 422,
};

export interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string>; details?: Record<string, unknown>; requestId?: string };
}

/** "/address/city" → "address.city", the path the web forms use for field names. */
function fieldPath(instancePath: string): string {
  return instancePath.replace(/^\//, '').replace(/\//g, '.') || 'body';
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof DomainError) {
      const body: ErrorBody = { error: { code: error.code, message: error.message } };
      if (error.fields) {
        body.error.fields = error.fields;
      }
      if (error.details) {
        body.error.details = error.details;
      }
      const retryAfter = error.details?.['retryAfterSeconds'];
      if (typeof retryAfter === 'number') {
        void reply.header('retry-after', String(retryAfter));
      }
      return reply.status(statusByCode[error.code]).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        const path = fieldPath(issue.instancePath);
        fields[path] ??= issue.message ?? 'Invalid value';
      }
      return reply.status(400).send({ error: { code: 'validation', message: 'Please correct the highlighted fields.', fields } });
    }
    const fastifyError = error as { statusCode?: number; code?: string; message?: string };
    if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      // Fastify's own client errors (bad JSON, body too large, wrong media type): say what, not how.
      const messages: Record<number, string> = {
        400: 'The request could not be read.',
        413: 'The request is too large.',
        415: 'Send the request as JSON.',
        429: 'Too many requests. Try again shortly.',
      };
      return reply.status(fastifyError.statusCode).send({
        error: { code: 'bad_request', message: messages[fastifyError.statusCode] ?? 'The request could not be processed.' },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      error: { code: 'internal', message: 'Something went wrong on our side. Please try again.', requestId: request.id },
    });
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: 'The requested item was not found.' } }),
  );
}
