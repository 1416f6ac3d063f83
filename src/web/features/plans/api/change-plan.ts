import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { addContractSchema, addPlanLineSchema, createPlanSchema, PlanDetail, updatePlanSchema } from '../../../../contracts/plan-admin.ts';
import { api } from '../../../lib/api-client.ts';
import { planKeys } from './plans-query-keys.ts';

export type CreatePlanInput = z.input<typeof createPlanSchema>;
export type UpdatePlanInput = z.input<typeof updatePlanSchema>;
export type AddPlanLineInput = z.input<typeof addPlanLineSchema>;
export type AddContractInput = z.input<typeof addContractSchema>;

const plan = (code: string) => `/api/admin/plans/${encodeURIComponent(code)}`;

/**
 * The plan changes: POST /api/admin/plans, PATCH /plans/:code, POST/DELETE /plans/:code/lines,
 * POST/PATCH /plans/:code/contracts. Each answers the plan as it now is.
 */
export const planChanges = {
  create: (input: CreatePlanInput) => api.post<PlanDetail>('/api/admin/plans', input),
  update: (code: string, input: UpdatePlanInput) => api.patch<PlanDetail>(plan(code), input),
  addLine: (code: string, input: AddPlanLineInput) => api.post<PlanDetail>(`${plan(code)}/lines`, input),
  removeLine: (code: string, lineOfBusiness: string, state: string) => api.delete<PlanDetail>(`${plan(code)}/lines/${lineOfBusiness}/${state}`),
  addContract: (code: string, input: AddContractInput) => api.post<PlanDetail>(`${plan(code)}/contracts`, input),
  endContract: (code: string, id: string, effectiveTo: string | null) => api.patch<PlanDetail>(`${plan(code)}/contracts/${id}`, { effectiveTo }),
};

/** Runs one of planChanges and refreshes everything plan configuration shows. */
export function usePlanChange<Args extends unknown[]>(change: (...args: Args) => Promise<PlanDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (args: Args) => change(...args),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.all }),
  });
}
