import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

/** The first break in the hash chain (the contract leaves this untyped; this is the server's shape). */
export type AuditChainProblem =
  | { kind: 'gap'; expectedSequence: number; foundSequence: number }
  | { kind: 'broken_link'; sequence: number }
  | { kind: 'altered'; sequence: number };

export interface AuditVerification {
  ok: boolean;
  checked: number;
  problem: AuditChainProblem | null;
}

/** GET /api/audit/verify → { ok, checked, problem }: recomputes the hash chain. */
export function verifyAudit(): Promise<AuditVerification> {
  return api.get<AuditVerification>('/api/audit/verify');
}

/** A mutation because the person starts it with a button and it may take a while. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}
