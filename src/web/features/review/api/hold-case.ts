import type { z } from 'zod';
import type { holdCaseSchema, ReviewCaseView } from '../../../../contracts/review.ts';
import { api } from '../../../lib/api-client.ts';
import { useReviewCaseChange } from './use-case-change.ts';

export type HoldInput = z.input<typeof holdCaseSchema>;

/** POST /api/review/cases/:id/hold { version, items, note? } → ReviewCaseView (on hold). */
export function holdCase(caseId: string, input: HoldInput): Promise<ReviewCaseView> {
  return api.post<ReviewCaseView>(`/api/review/cases/${encodeURIComponent(caseId)}/hold`, input);
}

export function useHoldCase(caseId: string) {
  return useReviewCaseChange(caseId, holdCase);
}
