import type { z } from 'zod';
import type { assignCaseSchema, ReviewCaseView } from '../../../../contracts/review.ts';
import { api } from '../../../lib/api-client.ts';
import { useReviewCaseChange } from './use-case-change.ts';

export type AssignCaseInput = z.input<typeof assignCaseSchema>;

/** POST /api/review/cases/:id/assign { version, userId } → ReviewCaseView (assigned to that reviewer). */
export function assignCase(caseId: string, input: AssignCaseInput): Promise<ReviewCaseView> {
  return api.post<ReviewCaseView>(`/api/review/cases/${encodeURIComponent(caseId)}/assign`, input);
}

export function useAssignCase(caseId: string) {
  return useReviewCaseChange(caseId, assignCase);
}
