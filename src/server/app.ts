import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { registerRequestGuards } from './plugins/request-guards.ts';
import { registerSessionLoading } from './plugins/session.ts';
import { healthRoutes } from './routes/health.ts';
import { referenceRoutes } from './routes/reference.ts';
import { authRoutes } from './routes/auth.ts';
import { accountRoutes } from './routes/account.ts';
import { userRoutes } from './routes/users.ts';
import { outboxRoutes } from './routes/outbox.ts';
import { auditRoutes } from './routes/audit.ts';
import { caseRoutes } from './routes/cases.ts';
import { resourceRoutes } from './routes/resources.ts';
import { planAdminRoutes } from './routes/plan-admin.ts';
import { reviewRoutes } from './routes/review.ts';
import { legacyRoutes } from './routes/legacy.ts';
import { letterRoutes } from './routes/letters.ts';
import { intakeRoutes } from './routes/intake.ts';
import { p2pRoutes } from './routes/p2p.ts';
import { postDecisionRoutes } from './routes/post-decision.ts';
import { MAX_UPLOAD_BYTES } from '../app/documents/inspect-upload.ts';

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  /** The built web app (vite build output); not served when absent (API-only tests). */
  webRoot?: string;
}

/**
 * Wires the HTTP server top to bottom. No listen(): main.ts listens, tests use inject().
 */
export async function buildApp(ctx: AppContext, options: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // X-Forwarded-For is believed only from the configured number of proxy hops (ASVS V4.1.3).
    trustProxy: (_address: string, hop: number) => hop < ctx.config.TRUST_PROXY_HOPS,
    bodyLimit: 1024 * 1024,
    requestTimeout: 60_000,
    // Request ids appear in error bodies so a person can quote one to support.
    genReqId: () => crypto.randomUUID(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerErrorHandler(app);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: ctx.config.secureCookies ? [] : null,
      },
    },
    hsts: ctx.config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(cookie);
  // Uploads: at most five files per request; a larger file is cut off at the limit, never buffered whole.
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 5, fields: 5, parts: 10, fieldSize: 1024 } });
  registerRequestGuards(app, ctx.config.PUBLIC_URL);
  registerSessionLoading(app, ctx);

  await app.register(
    (api, _options, done) => {
      healthRoutes(api, ctx);
      referenceRoutes(api, ctx);
      authRoutes(api, ctx);
      accountRoutes(api, ctx);
      userRoutes(api, ctx);
      outboxRoutes(api, ctx);
      auditRoutes(api, ctx);
      caseRoutes(api, ctx);
      resourceRoutes(api, ctx);
      planAdminRoutes(api, ctx);
      reviewRoutes(api, ctx);
      legacyRoutes(api, ctx);
      letterRoutes(api, ctx);
      intakeRoutes(api, ctx);
      p2pRoutes(api, ctx);
      postDecisionRoutes(api, ctx);
      done();
    },
    { prefix: '/api' },
  );

  if (options.webRoot && existsSync(path.join(options.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: options.webRoot, wildcard: false, index: false });
    // The single-page app handles its own routes: any other GET outside /api gets index.html.
    app.get('/*', (request, reply) => {
      // A missing API route or build asset is a real 404; an old tab asking for a file from a
      // previous build must not get index.html back as JavaScript.
      if (request.url.startsWith('/api/') || request.url.startsWith('/assets/')) {
        return reply.status(404).send({ error: { code: 'not_found', message: 'The requested item was not found.' } });
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}
