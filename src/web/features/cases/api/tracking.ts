import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CaseDetail, CaseWorklistPage, CaseWorklistRow, EligibilityCheck, authorizationLookupSchema, eligibilityCheckSchema, worklistQuerySchema } from '../../../../contracts/cases.ts';
import { api } from '../../../lib/api-client.ts';

export type WorklistQuery = Partial<z.output<typeof worklistQuerySchema>>;

/** GET /api/cases?… → CaseWorklistPage (Certification Summary). */
export function listWorklist(query: WorklistQuery, signal?: AbortSignal): Promise<CaseWorklistPage> {
  return api.get<CaseWorklistPage>('/api/cases', { query: { ...query }, ...(signal ? { signal } : {}) });
}

export function useWorklist(query: WorklistQuery) {
  return useQuery({
    queryKey: ['cases', 'worklist', query],
    queryFn: ({ signal }) => listWorklist(query, signal),
    placeholderData: keepPreviousData,
  });
}

export type AuthorizationLookupInput = z.input<typeof authorizationLookupSchema>;

/** POST /api/lookup/authorizations → { cases } (the office's own cases only). */
export function lookupAuthorizations(input: AuthorizationLookupInput): Promise<{ cases: CaseWorklistRow[] }> {
  return api.post<{ cases: CaseWorklistRow[] }>('/api/lookup/authorizations', input);
}

export function useLookupAuthorizations() {
  return useMutation({ mutationFn: lookupAuthorizations });
}

/** GET /api/cases/:id/detail → CaseDetail. */
export function getCaseDetail(caseId: string, signal?: AbortSignal): Promise<CaseDetail> {
  return api.get<CaseDetail>(`/api/cases/${encodeURIComponent(caseId)}/detail`, signal ? { signal } : {});
}

export function useCaseDetail(caseId: string) {
  return useQuery({ queryKey: ['cases', 'detail', caseId, 'full'], queryFn: ({ signal }) => getCaseDetail(caseId, signal) });
}

export type EligibilityCheckInput = z.input<typeof eligibilityCheckSchema>;

/** POST /api/eligibility/check → EligibilityCheck. */
export function checkEligibility(input: EligibilityCheckInput): Promise<EligibilityCheck> {
  return api.post<EligibilityCheck>('/api/eligibility/check', input);
}

export function useCheckEligibility() {
  return useMutation({ mutationFn: checkEligibility });
}

export interface PlanOption {
  id: string;
  code: string;
  name: string;
}

/** GET /api/plans → { plans }: every health plan, for lookups that start from a plan. */
export function usePlans() {
  return useQuery({
    queryKey: ['plans'],
    queryFn: ({ signal }) => api.get<{ plans: PlanOption[] }>('/api/plans', { signal }),
    select: (data) => data.plans,
    staleTime: 10 * 60_000,
  });
}
