import { useQuery } from '@tanstack/react-query';
import type { PlanSummary } from '../../../../contracts/plan-admin.ts';
import { api } from '../../../lib/api-client.ts';
import { planKeys } from './plans-query-keys.ts';

/** GET /api/admin/plans → { plans }. */
export function listPlans(signal?: AbortSignal): Promise<{ plans: PlanSummary[] }> {
  return api.get<{ plans: PlanSummary[] }>('/api/admin/plans', signal ? { signal } : {});
}

export function usePlans() {
  return useQuery({ queryKey: planKeys.list, queryFn: ({ signal }) => listPlans(signal), select: (data) => data.plans });
}
