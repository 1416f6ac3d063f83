import { useQuery } from '@tanstack/react-query';
import type { ReviewCaseView } from '../../../../contracts/review.ts';
import { api } from '../../../lib/api-client.ts';
import { reviewKeys } from './review-query-keys.ts';

/** GET /api/review/cases/:id → ReviewCaseView. */
export function getReviewCase(caseId: string, signal?: AbortSignal): Promise<ReviewCaseView> {
  return api.get<ReviewCaseView>(`/api/review/cases/${encodeURIComponent(caseId)}`, signal ? { signal } : {});
}

/**
 * The case under review: read fresh when the page opens, then never refreshed behind the
 * reviewer's back. Every action sends the version shown, so a case another reviewer changed
 * meanwhile answers 409 instead of being decided on what this reviewer did not see; only the
 * conflict's "Reload case" button (refetch) and the reviewer's own actions bring a newer version.
 */
export function useReviewCase(caseId: string) {
  return useQuery({
    queryKey: reviewKeys.case(caseId),
    queryFn: ({ signal }) => getReviewCase(caseId, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    refetchOnMount: 'always',
  });
}
