import { useQuery } from '@tanstack/react-query';
import type { PlanChange, PlanDetail } from '../../../../contracts/plan-admin.ts';
import { api } from '../../../lib/api-client.ts';
import { planKeys } from './plans-query-keys.ts';

/** GET /api/admin/plans/:code → PlanDetail. */
export function getPlan(code: string, signal?: AbortSignal): Promise<PlanDetail> {
  return api.get<PlanDetail>(`/api/admin/plans/${encodeURIComponent(code)}`, signal ? { signal } : {});
}

export function usePlan(code: string) {
  return useQuery({ queryKey: planKeys.plan(code), queryFn: ({ signal }) => getPlan(code, signal) });
}

/** GET /api/admin/plans/:code/history → { changes }: who changed the plan, newest first. */
export function usePlanHistory(code: string) {
  return useQuery({
    queryKey: [...planKeys.plan(code), 'history'],
    queryFn: ({ signal }) => api.get<{ changes: PlanChange[] }>(`/api/admin/plans/${encodeURIComponent(code)}/history`, { signal }),
    select: (data) => data.changes,
  });
}
