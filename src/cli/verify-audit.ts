import path from 'node:path';
import { loadConfig } from '../config/config.ts';
import { openDatabase } from '../db/client.ts';
import { verifyAuditChain } from '../app/audit/audit-trail.ts';

/**
 * `npm run audit:verify`: re-computes the audit hash chain and exits non-zero at the
 * first changed or missing row. Uses the same DATABASE_URL / DATA_DIR as the server
 * (stop a PGlite server first: the embedded database has one user at a time).
 */
const config = loadConfig(process.env);
const connection = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: path.join(path.resolve(config.DATA_DIR), 'pglite') });
try {
  const result = await verifyAuditChain(connection.db);
  if (result.ok) {
    console.log(`Audit chain intact: ${result.checked} events verified.`);
  } else {
    const problem = result.problem;
    const where =
      problem?.kind === 'gap'
        ? `event ${problem.expectedSequence} is missing (next found: ${problem.foundSequence})`
        : problem?.kind === 'broken_link'
          ? `event ${problem.sequence} does not link to the event before it`
          : `event ${problem?.sequence} was changed after it was written`;
    console.error(`Audit chain BROKEN: ${where}. ${result.checked} events verified before it.`);
    process.exitCode = 2;
  }
} finally {
  await connection.close();
}
