import { useQuery } from '@tanstack/react-query';
import type { WorksheetSummary } from '../../../../contracts/resources.ts';
import { api } from '../../../lib/api-client.ts';

/** GET /api/resources/worksheets → { worksheets } (each with the URL of its PDF). */
export function listWorksheets(signal?: AbortSignal): Promise<{ worksheets: WorksheetSummary[] }> {
  return api.get<{ worksheets: WorksheetSummary[] }>('/api/resources/worksheets', signal ? { signal } : {});
}

export function useWorksheets() {
  return useQuery({
    queryKey: ['resources', 'worksheets'],
    queryFn: ({ signal }) => listWorksheets(signal),
    select: (data) => data.worksheets,
    staleTime: 5 * 60_000,
  });
}
