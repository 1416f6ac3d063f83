import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PasswordBlocklist } from '../../domain/accounts/password-policy.ts';

const listPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../content/security/common-passwords.txt.gz');

/** Loads the shipped list of common and breached passwords (about 49,000, 4 MB in memory). */
export function loadPasswordBlocklist(): PasswordBlocklist {
  const words = gunzipSync(readFileSync(listPath)).toString('utf8').split('\n');
  const set = new Set(words.filter((word) => word.length > 0).map((word) => word.toLowerCase()));
  return { has: (password) => set.has(password) };
}
