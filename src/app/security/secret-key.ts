import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The key that seals secrets at rest. Production must configure SECRET_KEY (config
 * refuses to start without it); a development machine gets one generated into its data
 * folder on first start, readable only by its owner.
 */
export function resolveSecretKey(configured: string | undefined, dataDir: string): string {
  if (configured) {
    return configured;
  }
  const keyFile = path.join(dataDir, 'secret.key');
  if (existsSync(keyFile)) {
    return readFileSync(keyFile, 'utf8').trim();
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(keyFile, `${key}\n`, { mode: 0o600 });
  return key;
}
