import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface ProcedureOption {
  code: string;
  codeSystem: string;
  description: string;
}

/** GET /api/cases/:id/procedure-options?q= → { procedures }: the case program's procedures by code prefix or words. */
export function searchProcedures(caseId: string, q: string, signal?: AbortSignal): Promise<{ procedures: ProcedureOption[] }> {
  return api.get<{ procedures: ProcedureOption[] }>(`/api/cases/${encodeURIComponent(caseId)}/procedure-options`, {
    query: { q },
    ...(signal ? { signal } : {}),
  });
}

/** An empty query lists the program's first procedures (the program codes come first). */
export function useProcedureOptions(caseId: string, q: string) {
  const trimmed = q.trim();
  return useQuery({
    queryKey: ['cases', 'detail', caseId, 'procedure-options', trimmed],
    queryFn: ({ signal }) => searchProcedures(caseId, trimmed, signal),
    select: (data) => data.procedures,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
