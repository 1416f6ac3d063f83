import type { z } from 'zod';
import type { preDecisionNoticeSchema, ReviewCaseView } from '../../../../contracts/review.ts';
import { api } from '../../../lib/api-client.ts';
import { useReviewCaseChange } from './use-case-change.ts';

export type PreDecisionNoticeInput = z.input<typeof preDecisionNoticeSchema>;

/** POST /api/review/cases/:id/pre-decision-notice { version, reason, criteriaIds, calledProvider } → ReviewCaseView (on hold). */
export function sendPreDecisionNotice(caseId: string, input: PreDecisionNoticeInput): Promise<ReviewCaseView> {
  return api.post<ReviewCaseView>(`/api/review/cases/${encodeURIComponent(caseId)}/pre-decision-notice`, input);
}

export function useSendPreDecisionNotice(caseId: string) {
  return useReviewCaseChange(caseId, sendPreDecisionNotice);
}
