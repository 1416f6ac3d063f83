import { useQuery } from '@tanstack/react-query';
import type { GuidelineDocument } from '../../../../contracts/resources.ts';
import { api } from '../../../lib/api-client.ts';

/** GET /api/resources/guidelines/:guidelineId → GuidelineDocument (its markdown). */
export function getGuideline(guidelineId: string, signal?: AbortSignal): Promise<GuidelineDocument> {
  return api.get<GuidelineDocument>(`/api/resources/guidelines/${encodeURIComponent(guidelineId)}`, signal ? { signal } : {});
}

export function useGuideline(guidelineId: string) {
  return useQuery({
    queryKey: ['resources', 'guideline', guidelineId],
    queryFn: ({ signal }) => getGuideline(guidelineId, signal),
    staleTime: 5 * 60_000,
  });
}
