import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface ProviderAddress {
  locationId: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
}

export interface PlanOption {
  id: string;
  name: string;
  /** The requesting provider's addresses registered with this plan. */
  providerAddresses: ProviderAddress[];
}

/** GET /api/cases/:id/plan-options → { plans }: insurers contracting the case's program, with the provider's addresses. */
export function listPlanOptions(caseId: string, signal?: AbortSignal): Promise<{ plans: PlanOption[] }> {
  return api.get<{ plans: PlanOption[] }>(`/api/cases/${encodeURIComponent(caseId)}/plan-options`, signal ? { signal } : {});
}

/** Keyed by the provider too: the addresses offered depend on who is requesting. */
export function usePlanOptions(caseId: string, providerNpi: string | null) {
  return useQuery({
    queryKey: ['cases', 'detail', caseId, 'plan-options', providerNpi],
    queryFn: ({ signal }) => listPlanOptions(caseId, signal),
    select: (data) => data.plans,
    enabled: providerNpi !== null,
  });
}
