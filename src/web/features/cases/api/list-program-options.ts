import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface ProgramOption {
  code: string;
  name: string;
  description: string;
}

/** GET /api/cases/program-options → { programs }: the programs some plan contracts today, in the portal's order. */
export function listProgramOptions(signal?: AbortSignal): Promise<{ programs: ProgramOption[] }> {
  return api.get<{ programs: ProgramOption[] }>('/api/cases/program-options', signal ? { signal } : {});
}

export function useProgramOptions() {
  return useQuery({
    queryKey: ['cases', 'program-options'],
    queryFn: ({ signal }) => listProgramOptions(signal),
    select: (data) => data.programs,
    staleTime: 5 * 60_000,
  });
}
