import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { addProcedureSchema, ProcedureRow } from '../../../../contracts/plan-admin.ts';
import { api } from '../../../lib/api-client.ts';
import { planKeys } from './plans-query-keys.ts';

export type AddProcedureInput = z.input<typeof addProcedureSchema>;
const path = (programCode: string) => `/api/admin/programs/${encodeURIComponent(programCode)}/procedures`;

/** GET /api/admin/programs/:code/procedures → { procedures }. */
export function useProgramProcedures(programCode: string | null) {
  return useQuery({
    queryKey: planKeys.procedures(programCode ?? ''),
    queryFn: ({ signal }) => api.get<{ procedures: ProcedureRow[] }>(path(programCode ?? ''), { signal }),
    select: (data) => data.procedures,
    enabled: programCode !== null,
  });
}

/** POST /api/admin/programs/:code/procedures → 201 { procedures }. */
export function useAddProcedure(programCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddProcedureInput) => api.post<{ procedures: ProcedureRow[] }>(path(programCode), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.procedures(programCode) }),
  });
}

/** GET /api/admin/programs → { programs }: every program Priora runs. */
export function usePrograms() {
  return useQuery({
    queryKey: [...planKeys.all, 'programs'],
    queryFn: ({ signal }) => api.get<{ programs: { code: string; name: string }[] }>('/api/admin/programs', { signal }),
    select: (data) => data.programs,
    staleTime: Infinity,
  });
}
