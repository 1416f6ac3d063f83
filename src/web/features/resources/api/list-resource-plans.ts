import { useQuery } from '@tanstack/react-query';
import type { ResourcePlan } from '../../../../contracts/resources.ts';
import { api } from '../../../lib/api-client.ts';

/** GET /api/resources/plans → { plans }: each plan with the programs it contracts today. */
export function listResourcePlans(signal?: AbortSignal): Promise<{ plans: ResourcePlan[] }> {
  return api.get<{ plans: ResourcePlan[] }>('/api/resources/plans', signal ? { signal } : {});
}

export function useResourcePlans() {
  return useQuery({
    queryKey: ['resources', 'plans'],
    queryFn: ({ signal }) => listResourcePlans(signal),
    select: (data) => data.plans,
    staleTime: 5 * 60_000,
  });
}
