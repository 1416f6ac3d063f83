import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { addPolicyVersionSchema, PolicyScopeView } from '../../../../contracts/plan-admin.ts';
import { api } from '../../../lib/api-client.ts';
import { planKeys } from './plans-query-keys.ts';

export type AddPolicyVersionInput = z.input<typeof addPolicyVersionSchema>;

/** GET /api/admin/policies?planCode&lineOfBusiness&programCode → PolicyScopeView. */
export function getPolicyScope(scope: Record<string, string>, signal?: AbortSignal): Promise<PolicyScopeView> {
  return api.get<PolicyScopeView>(`/api/admin/policies?${new URLSearchParams(scope).toString()}`, signal ? { signal } : {});
}

export function usePolicyScope(scope: Record<string, string>) {
  return useQuery({ queryKey: planKeys.policyScope(scope), queryFn: ({ signal }) => getPolicyScope(scope, signal) });
}

/** POST /api/admin/policies → 201 PolicyScopeView; POST /api/admin/policies/:id/withdraw → PolicyScopeView. */
export function usePolicyChanges() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: planKeys.all });
  return {
    add: useMutation({ mutationFn: (input: AddPolicyVersionInput) => api.post<PolicyScopeView>('/api/admin/policies', input), onSuccess: refresh }),
    withdraw: useMutation({
      mutationFn: ({ versionId, note }: { versionId: string; note: string }) => api.post<PolicyScopeView>(`/api/admin/policies/${encodeURIComponent(versionId)}/withdraw`, { note }),
      onSuccess: refresh,
    }),
  };
}
