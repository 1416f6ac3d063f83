import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { claimPostDecisionSchema, postDecisionDecisionSchema, PostDecisionRequestResult, postDecisionRequestSchema } from '../../../../contracts/post-decision.ts';
import type { ReviewCaseView } from '../../../../contracts/review.ts';
import { api } from '../../../lib/api-client.ts';
import { useReviewCaseChange } from '../../review/api/use-case-change.ts';

export type PostDecisionRequestInput = z.input<typeof postDecisionRequestSchema>;

/** POST /api/cases/:id/post-decision-requests → PostDecisionRequestResult; the case detail is read again. */
export function requestPostDecision(caseId: string, input: PostDecisionRequestInput): Promise<PostDecisionRequestResult> {
  return api.post<PostDecisionRequestResult>(`/api/cases/${encodeURIComponent(caseId)}/post-decision-requests`, input);
}

export function useRequestPostDecision(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PostDecisionRequestInput) => requestPostDecision(caseId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId] }),
  });
}

/** POST /api/review/cases/:id/post-decision/claim { version } → ReviewCaseView. */
export function claimPostDecision(caseId: string, input: z.input<typeof claimPostDecisionSchema>): Promise<ReviewCaseView> {
  return api.post<ReviewCaseView>(`/api/review/cases/${encodeURIComponent(caseId)}/post-decision/claim`, input);
}

export function useClaimPostDecision(caseId: string) {
  return useReviewCaseChange(caseId, claimPostDecision);
}

export type PostDecisionDecisionInput = z.input<typeof postDecisionDecisionSchema>;

/** POST /api/review/cases/:id/post-decision/decision { version, outcome, reason, lines? } → ReviewCaseView. */
export function decidePostDecision(caseId: string, input: PostDecisionDecisionInput): Promise<ReviewCaseView> {
  return api.post<ReviewCaseView>(`/api/review/cases/${encodeURIComponent(caseId)}/post-decision/decision`, input);
}

export function useDecidePostDecision(caseId: string) {
  return useReviewCaseChange(caseId, decidePostDecision);
}
