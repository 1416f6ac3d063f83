import { z } from 'zod';

/**
 * The whole runtime configuration, parsed once from the environment at start-up.
 * Nothing else in the code base reads process.env (lint enforces it); everything
 * receives this object or a part of it.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Where people reach Priora (default http://localhost:PORT); used in emailed links and to decide on Secure cookies. */
  PUBLIC_URL: z.url().optional(),
  /** A PostgreSQL server; when absent, embedded PGlite stores data in DATA_DIR. */
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  DATA_DIR: z.string().default('./data'),
  /** 32-byte key (hex or base64) that encrypts secrets at rest such as TOTP seeds. Generated into DATA_DIR when absent outside production. */
  SECRET_KEY: z.string().min(32).optional(),
  SMTP_URL: z.string().startsWith('smtp').optional(),
  MAIL_FROM: z.string().default('Priora <no-reply@priora.local>'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(30).default(15),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(12).default(12),
  LOAD_DEMO_DATA: booleanFromEnv.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Only behind a reverse proxy: the number of proxy hops whose X-Forwarded-For is trusted. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  WORKER_POLL_MS: z.coerce.number().int().min(50).default(1000),
});

export type Config = Omit<z.infer<typeof configSchema>, 'PUBLIC_URL'> & { PUBLIC_URL: string; secureCookies: boolean };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const config = parsed.data;
  if (config.NODE_ENV === 'production' && !config.SECRET_KEY) {
    throw new ConfigError('Invalid configuration:\n  SECRET_KEY: required in production');
  }
  const publicUrl = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, '');
  return { ...config, PUBLIC_URL: publicUrl, secureCookies: publicUrl.startsWith('https://') };
}
