import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReviewCaseView } from '../../../../contracts/review.ts';
import { reviewKeys } from './review-query-keys.ts';

/**
 * A change to a case under review: the server answers the case as it now is, which replaces the
 * page's copy (with its new version), and the queue is read again.
 */
export function useReviewCaseChange<Input>(caseId: string, change: (caseId: string, input: Input) => Promise<ReviewCaseView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => change(caseId, input),
    onSuccess: async (view) => {
      queryClient.setQueryData(reviewKeys.case(caseId), view);
      await queryClient.invalidateQueries({ queryKey: reviewKeys.queues });
    },
  });
}
