import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane); see docs/decisions/0005. */
const options = { algorithm: 2 /* Argon2id; the package's const enum cannot be imported under verbatimModuleSyntax */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), options);
}

export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

/**
 * Verifying against this when the account does not exist keeps the response time the
 * same as for a real account, so timing does not reveal which user names exist.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash('decoy password that never matches', options);
  return decoyHash;
}
