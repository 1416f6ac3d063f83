import { createHash } from 'node:crypto';

/** The fields of an audit row that the hash covers, in a fixed shape. */
export interface ChainedAuditContent {
  sequence: number;
  occurredAt: string;
  actorUserId: string | null;
  actorRole: string | null;
  officeId: string | null;
  action: string;
  outcome: string;
  objectType: string | null;
  objectId: string | null;
  memberId: string | null;
  ipAddress: string | null;
  details: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function chainHash(previousHash: string, content: ChainedAuditContent): string {
  return createHash('sha256').update(previousHash).update('\n').update(canonicalJson(content)).digest('hex');
}

export type ChainProblem =
  | { kind: 'gap'; expectedSequence: number; foundSequence: number }
  | { kind: 'broken_link'; sequence: number }
  | { kind: 'altered'; sequence: number };

/**
 * Walks rows in sequence order and reports the first problem: a missing row (gap),
 * a row whose previous_hash does not match its predecessor, or a row whose content no
 * longer matches its own hash.
 */
export function findFirstChainProblem(
  rows: Iterable<{ content: ChainedAuditContent; previousHash: string; hash: string }>,
  start: { sequence: number; hash: string } = { sequence: 0, hash: GENESIS_HASH },
): ChainProblem | null {
  let expectedSequence = start.sequence + 1;
  let previousHash = start.hash;
  for (const row of rows) {
    if (row.content.sequence !== expectedSequence) {
      return { kind: 'gap', expectedSequence, foundSequence: row.content.sequence };
    }
    if (row.previousHash !== previousHash) {
      return { kind: 'broken_link', sequence: row.content.sequence };
    }
    if (chainHash(row.previousHash, row.content) !== row.hash) {
      return { kind: 'altered', sequence: row.content.sequence };
    }
    previousHash = row.hash;
    expectedSequence += 1;
  }
  return null;
}
