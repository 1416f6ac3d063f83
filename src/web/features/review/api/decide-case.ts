import type { z } from 'zod';
import type { decisionSchema, ReviewCaseView } from '../../../../contracts/review.ts';
import { api } from '../../../lib/api-client.ts';
import { useReviewCaseChange } from './use-case-change.ts';

export type DecisionInput = z.input<typeof decisionSchema>;

/** POST /api/review/cases/:id/decision { version, action, reason?, criteriaIds? } → ReviewCaseView. */
export function decideCase(caseId: string, input: DecisionInput): Promise<ReviewCaseView> {
  return api.post<ReviewCaseView>(`/api/review/cases/${encodeURIComponent(caseId)}/decision`, input);
}

export function useDecideCase(caseId: string) {
  return useReviewCaseChange(caseId, decideCase);
}
