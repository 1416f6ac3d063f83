import { useQuery } from '@tanstack/react-query';
import type { SupervisorView } from '../../../../contracts/review.ts';
import { api } from '../../../lib/api-client.ts';
import { REVIEW_QUEUE_POLL_MS } from './get-review-queue.ts';
import { reviewKeys } from './review-query-keys.ts';

/** Under the review keys: a change to a case refreshes it with the queue. */
export const supervisorKey = [...reviewKeys.all, 'supervisor'] as const;

/** GET /api/review/supervisor → counts by escalation level, at-risk and breached cases, cases decided late. */
export function getSupervisorView(signal?: AbortSignal): Promise<SupervisorView> {
  return api.get<SupervisorView>('/api/review/supervisor', signal ? { signal } : {});
}

/** Read again every minute, like the queue: the decision clocks move. */
export function useSupervisorView() {
  return useQuery({ queryKey: supervisorKey, queryFn: ({ signal }) => getSupervisorView(signal), refetchInterval: REVIEW_QUEUE_POLL_MS });
}
