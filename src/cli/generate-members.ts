/**
 * Fills the demo directory with many generated members (and the default practitioners and
 * sites), for load tests and realistic demos:
 *
 *   npx tsx src/cli/generate-members.ts --count 1000000 [--seed 1] [--database-url postgres://…] [--data-dir ./data]
 *
 * Without a database URL it writes to the embedded PGlite database the server uses
 * (<data-dir>/pglite). Deterministic: the same seed and count give the same members, and
 * running it again adds nothing.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client.ts';
import { defaultDemoDirectorySize, seedDemoDirectory } from '../db/seed/demo-directory.ts';
import { seedCatalogue } from '../db/seed/seed-catalogue.ts';
import { defaultDemoReferenceDate } from '../domain/demo/generate-members.ts';

const usage = `Usage: npx tsx src/cli/generate-members.ts --count <members> [options]

  --count <n>             generated members to have in the directory (required)
  --seed <n>              generator seed (default ${defaultDemoDirectorySize.seed})
  --practitioners <n>     generated practitioners (default ${defaultDemoDirectorySize.practitioners})
  --sites <n>             generated sites of service (default ${defaultDemoDirectorySize.sites})
  --reference-date <d>    "today" for eligibility spans, YYYY-MM-DD (default ${defaultDemoReferenceDate})
  --batch-size <n>        records per transaction (default 5000)
  --database-url <url>    a PostgreSQL server (default: $DATABASE_URL, else embedded PGlite)
  --data-dir <dir>        PGlite data folder parent (default: $DATA_DIR, else ./data)`;

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  const parsed = Number(value.replace(/_/g, ''));
  if (!Number.isSafeInteger(parsed) || parsed < 0) {
    throw new Error(`--${name} must be a whole number, not ${value}`);
  }
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      practitioners: { type: 'string' },
      sites: { type: 'string' },
      'reference-date': { type: 'string' },
      'batch-size': { type: 'string' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || values.count === undefined) {
    console.log(usage);
    process.exit(values.help ? 0 : 2);
  }
  const referenceDate = values['reference-date'] ?? defaultDemoReferenceDate;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(referenceDate)) {
    throw new Error(`--reference-date must be YYYY-MM-DD, not ${referenceDate}`);
  }
  const options = {
    members: wholeNumber('count', values.count, 0),
    seed: wholeNumber('seed', values.seed, defaultDemoDirectorySize.seed),
    practitioners: wholeNumber('practitioners', values.practitioners, defaultDemoDirectorySize.practitioners),
    sites: wholeNumber('sites', values.sites, defaultDemoDirectorySize.sites),
    batchSize: Math.max(1, wholeNumber('batch-size', values['batch-size'], 5_000)),
    referenceDate,
  };
  const databaseUrl = values['database-url'] ?? process.env['DATABASE_URL'];
  const dataDir = path.resolve(values['data-dir'] ?? process.env['DATA_DIR'] ?? './data');

  const started = performance.now();
  const connection = await openDatabase({ databaseUrl, dataDir: databaseUrl ? undefined : path.join(dataDir, 'pglite') });
  console.log(`Database: ${connection.kind === 'pglite' ? `PGlite in ${path.join(dataDir, 'pglite')}` : 'PostgreSQL'}`);
  try {
    await seedCatalogue(connection.db);
    let lastReport = 0;
    const result = await seedDemoDirectory(connection.db, {
      ...options,
      onProgress: ({ kind, done, total }) => {
        const now = performance.now();
        if (done === total || now - lastReport > 2_000) {
          lastReport = now;
          console.log(`  ${kind}: ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} (${((now - started) / 1000).toFixed(1)} s)`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Inserted ${result.members.toLocaleString('en-US')} members, ${result.practitioners.toLocaleString('en-US')} practitioners and ` +
        `${result.sites.toLocaleString('en-US')} sites in ${seconds.toFixed(1)} s (seed ${options.seed}).`,
    );
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
