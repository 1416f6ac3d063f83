import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuthorizationUpdateInput, AuthorizationUpdateOptions, AuthorizationUpdateResult } from '../../../../contracts/intake.ts';
import { api } from '../../../lib/api-client.ts';

const casePath = (caseId: string) => `/api/intake/cases/${encodeURIComponent(caseId)}`;

/** GET /api/intake/cases/:id/update-options → what the Update authorization form offers; read when the form opens. */
export function useUpdateOptions(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['cases', 'detail', caseId, 'update-options'],
    queryFn: ({ signal }) => api.get<AuthorizationUpdateOptions>(`${casePath(caseId)}/update-options`, { signal }),
    enabled,
  });
}

/** POST /api/intake/cases/:id/update → AuthorizationUpdateResult; the case's pages read it again. */
export function useUpdateAuthorization(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AuthorizationUpdateInput) => api.post<AuthorizationUpdateResult>(`${casePath(caseId)}/update`, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['cases'] }),
  });
}
