import type { z } from 'zod';
import type { claimCaseSchema, ReviewCaseView } from '../../../../contracts/review.ts';
import { api } from '../../../lib/api-client.ts';
import { useReviewCaseChange } from './use-case-change.ts';

export type ClaimCaseInput = z.input<typeof claimCaseSchema>;

/** POST /api/review/cases/:id/claim { version } → ReviewCaseView (assigned to the signed-in reviewer). */
export function claimCase(caseId: string, input: ClaimCaseInput): Promise<ReviewCaseView> {
  return api.post<ReviewCaseView>(`/api/review/cases/${encodeURIComponent(caseId)}/claim`, input);
}

export function useClaimCase(caseId: string) {
  return useReviewCaseChange(caseId, claimCase);
}
