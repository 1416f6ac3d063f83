import { useQuery } from '@tanstack/react-query';
import type { ResourceProgram } from '../../../../contracts/resources.ts';
import { api } from '../../../lib/api-client.ts';

/** GET /api/resources/programs → { programs }. */
export function listResourcePrograms(signal?: AbortSignal): Promise<{ programs: ResourceProgram[] }> {
  return api.get<{ programs: ResourceProgram[] }>('/api/resources/programs', signal ? { signal } : {});
}

export function useResourcePrograms() {
  return useQuery({
    queryKey: ['resources', 'programs'],
    queryFn: ({ signal }) => listResourcePrograms(signal),
    select: (data) => data.programs,
    staleTime: 5 * 60_000,
  });
}
