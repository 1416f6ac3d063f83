import { ConfigError, loadConfig } from '../config/config.ts';
import { DEMO_PASSWORD, demoAccounts } from '../app/demo/demo-accounts.ts';
import { roleLabels } from '../domain/accounts/roles.ts';
import { startPriora } from './start.ts';

/** `npm start`: the only place that reads process.env. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const priora = await startPriora(config);
  const lines = [
    '',
    `Priora is running at ${config.PUBLIC_URL} (database: ${priora.databaseKind === 'pglite' ? `embedded PGlite in ${config.DATA_DIR}` : 'PostgreSQL'}).`,
  ];
  if (config.LOAD_DEMO_DATA) {
    lines.push(
      '',
      `Demo sign-ins (password for all: "${DEMO_PASSWORD}"). Each uses an authenticator app;`,
      `print the current 6-digit codes with:  npm run demo:codes`,
      ...demoAccounts.map((account) => `  ${account.userName.padEnd(16)} ${roleLabels[account.role]}`),
      '',
      'Emails and text messages are kept on the Outbox page (sign in as demo.admin) unless SMTP_URL is set.',
    );
  }
  console.log(lines.join('\n'));

  const shutdown = (signal: string) => {
    console.log(`\n${signal} received: stopping Priora…`);
    priora.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Priora could not start:', error);
  process.exit(1);
});
