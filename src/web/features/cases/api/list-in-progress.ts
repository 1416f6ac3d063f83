import { useQuery } from '@tanstack/react-query';
import type { CaseView } from '../../../../contracts/cases.ts';
import { api } from '../../../lib/api-client.ts';

export const inProgressQueryKey = ['cases', 'in-progress'] as const;

/** GET /api/cases/in-progress → { cases }: the office's unsubmitted requests, newest first. */
export function listInProgress(signal?: AbortSignal): Promise<{ cases: CaseView[] }> {
  return api.get<{ cases: CaseView[] }>('/api/cases/in-progress', signal ? { signal } : {});
}

export function useInProgressCases() {
  return useQuery({
    queryKey: inProgressQueryKey,
    queryFn: ({ signal }) => listInProgress(signal),
    select: (data) => data.cases,
  });
}
