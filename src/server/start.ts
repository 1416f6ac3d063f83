import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.ts';
import { openDatabase } from '../db/client.ts';
import { loadReferenceData } from '../db/seed/load-reference-data.ts';
import { seedCatalogue } from '../db/seed/seed-catalogue.ts';
import { shippedContentProblems } from '../content/validate-content.ts';
import { seedDemoDirectory } from '../db/seed/demo-directory.ts';
import { systemClock, type Clock } from '../domain/shared/clock.ts';
import type { AppContext } from '../app/context.ts';
import { seedDemoAccounts } from '../app/demo/demo-accounts.ts';
import { addDemoPractitioners } from '../app/demo/demo-practitioners.ts';
import { seedDemoLegacyCases } from '../app/demo/demo-legacy-cases.ts';
import { seedDemoP2pAvailability } from '../app/demo/demo-p2p.ts';
import { deleteExpiredSessions } from '../app/auth/sessions.ts';
import { expireInProgressRequests } from '../app/cases/case-policy.ts';
import { returnExpiredHolds } from '../app/review/holds.ts';
import { loadPasswordBlocklist } from '../app/security/password-blocklist.ts';
import { createSecretBox } from '../app/security/secret-box.ts';
import { resolveSecretKey } from '../app/security/secret-key.ts';
import { startOutboxWorker } from '../jobs/outbox-worker.ts';
import { createSmtpTransport } from '../jobs/transports/smtp-transport.ts';
import type { Transports } from '../jobs/transports/transport.ts';
import { buildApp } from './app.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface RunningPriora {
  app: FastifyInstance;
  ctx: AppContext;
  url: string;
  databaseKind: 'pglite' | 'postgres';
  demoLoaded: boolean;
  stop(): Promise<void>;
}

/**
 * Everything `npm start` does: open and migrate the database, load reference and demo
 * data, start the outbox worker and the HTTP server. The browser journeys start Priora
 * the same way.
 */
export async function startPriora(config: Config, clock: Clock = systemClock, log: (line: string) => void = console.log): Promise<RunningPriora> {
  // Cases are decided on this content: a broken questionnaire, rule or citation stops the start.
  const contentProblems = shippedContentProblems();
  if (contentProblems.length > 0) {
    throw new Error(`The clinical content shipped with Priora has ${contentProblems.length} problem(s):\n${contentProblems.join('\n')}`);
  }
  const dataDir = path.resolve(config.DATA_DIR);
  const connection = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: path.join(dataDir, 'pglite'),
    // Connection errors name the server, never data: safe to log.
    onConnectionError: (error) => log(`Database connection lost (it will be replaced): ${error.message}`),
  });
  const ctx: AppContext = {
    db: connection.db,
    clock,
    config,
    secrets: createSecretBox(resolveSecretKey(config.SECRET_KEY, dataDir)),
    passwordBlocklist: loadPasswordBlocklist(),
  };

  const reference = await loadReferenceData(ctx.db);
  if (reference.loaded) {
    log(`Loaded reference code sets into the database.`);
  }
  await seedCatalogue(ctx.db);
  let demoLoaded = false;
  if (config.LOAD_DEMO_DATA) {
    await seedDemoDirectory(ctx.db);
    demoLoaded = await seedDemoAccounts(ctx);
    await addDemoPractitioners(ctx);
    await seedDemoLegacyCases(ctx);
    await seedDemoP2pAvailability(ctx);
  }

  const transports: Transports = config.SMTP_URL ? { email: createSmtpTransport(config.SMTP_URL, config.MAIL_FROM) } : {};
  const app = await buildApp(ctx, {
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization'] },
    webRoot: path.join(repoRoot, 'dist/web'),
  });
  const worker = startOutboxWorker(ctx.db, clock, transports, config.WORKER_POLL_MS, (error) => app.log.error({ err: error }, 'outbox worker failed'));
  const housekeeping = setInterval(() => {
    deleteExpiredSessions(ctx).catch((error: unknown) => app.log.error({ err: error }, 'session clean-up failed'));
    expireInProgressRequests(ctx).catch((error: unknown) => app.log.error({ err: error }, 'in-progress expiry failed'));
    returnExpiredHolds(ctx).catch((error: unknown) => app.log.error({ err: error }, 'hold expiry failed'));
  }, 60_000);
  const url = await app.listen({ host: config.HOST, port: config.PORT });

  return {
    app,
    ctx,
    url,
    databaseKind: connection.kind,
    demoLoaded,
    async stop() {
      clearInterval(housekeeping);
      await app.close();
      await worker.stop();
      await connection.close();
    },
  };
}
