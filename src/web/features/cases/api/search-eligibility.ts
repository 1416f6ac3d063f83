import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { EligibilityResult, eligibilitySearchSchema } from '../../../../contracts/cases.ts';
import { api } from '../../../lib/api-client.ts';

export type EligibilitySearchInput = z.input<typeof eligibilitySearchSchema>;

/**
 * POST /api/eligibility/search { planId, patientId, dateOfBirth, lastName, onDate? } → { members }.
 * A mutation: each lookup is an audited read of member data, made only when the person asks.
 */
export function searchEligibility(input: EligibilitySearchInput): Promise<{ members: EligibilityResult[] }> {
  return api.post<{ members: EligibilityResult[] }>('/api/eligibility/search', input);
}

export function useSearchEligibility() {
  return useMutation({ mutationFn: searchEligibility });
}
