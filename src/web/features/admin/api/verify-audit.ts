import { useMutation } from '@tanstack/react-query';
import type { AuditChainProblem, AuditChainVerification } from '../../../../contracts/admin.ts';
import { api } from '../../../lib/api-client.ts';

export type { AuditChainProblem };
export type AuditVerification = AuditChainVerification;

/** GET /api/audit/verify → { ok, checked, problem }: recomputes the hash chain. */
export function verifyAudit(): Promise<AuditVerification> {
  return api.get<AuditVerification>('/api/audit/verify');
}

/** A mutation because the person starts it with a button and it may take a while. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}
