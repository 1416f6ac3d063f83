import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { openDatabase, type DatabaseConnection } from '../../src/db/client.ts';
import { ManualClock } from '../../src/domain/shared/clock.ts';
import type { AppContext } from '../../src/app/context.ts';
import { createSecretBox } from '../../src/app/security/secret-box.ts';
import { loadPasswordBlocklist } from '../../src/app/security/password-blocklist.ts';
import { buildApp } from '../../src/server/app.ts';

/**
 * A fresh, migrated database per test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by PRIORA_TEST_POSTGRES_URL (the CI's second
 * run). The URL names a server database to connect to for CREATE DATABASE.
 */
async function openTestDatabase(): Promise<DatabaseConnection> {
  const serverUrl = process.env['PRIORA_TEST_POSTGRES_URL'];
  if (!serverUrl) {
    return openDatabase({});
  }
  const name = `priora_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const connection = await openDatabase({ databaseUrl: url.toString() });
  return {
    ...connection,
    async close() {
      await connection.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export interface TestContext {
  ctx: AppContext;
  app: FastifyInstance;
  clock: ManualClock;
  config: Config;
  close(): Promise<void>;
}

let sharedBlocklist: ReturnType<typeof loadPasswordBlocklist> | undefined;

export async function createTestContext(overrides: Record<string, string> = {}): Promise<TestContext> {
  const config = loadConfig({ NODE_ENV: 'test', SECRET_KEY: 'test-secret-key-that-is-long-enough-for-aes', LOAD_DEMO_DATA: 'false', ...overrides });
  const connection = await openTestDatabase();
  const clock = new ManualClock('2026-03-02T14:00:00Z');
  sharedBlocklist ??= loadPasswordBlocklist();
  const ctx: AppContext = {
    db: connection.db,
    clock,
    config,
    secrets: createSecretBox(config.SECRET_KEY ?? ''),
    passwordBlocklist: sharedBlocklist,
  };
  const app = await buildApp(ctx);
  return {
    ctx,
    app,
    clock,
    config,
    async close() {
      await app.close();
      await connection.close();
    },
  };
}
