import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Reviewer, ReviewQueueRow, reviewQueueQuerySchema } from '../../../../contracts/review.ts';
import { api } from '../../../lib/api-client.ts';
import { reviewKeys } from './review-query-keys.ts';

export type ReviewQueueQuery = Partial<z.input<typeof reviewQueueQuerySchema>>;

export interface ReviewQueue {
  rows: ReviewQueueRow[];
  reviewers: Reviewer[];
}

/** The queue is read again every minute: new cases arrive and the decision clocks move. */
export const REVIEW_QUEUE_POLL_MS = 60_000;

/** GET /api/review/queue?program&urgency&assigned&status → { rows, reviewers }, soonest due first. */
export function getReviewQueue(query: ReviewQueueQuery, signal?: AbortSignal): Promise<ReviewQueue> {
  return api.get<ReviewQueue>('/api/review/queue', { query: { ...query }, ...(signal ? { signal } : {}) });
}

export function useReviewQueue(query: ReviewQueueQuery) {
  return useQuery({
    queryKey: reviewKeys.queue({ ...query }),
    queryFn: ({ signal }) => getReviewQueue(query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: REVIEW_QUEUE_POLL_MS,
  });
}
