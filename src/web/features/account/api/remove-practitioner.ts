import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { practitionersQueryKey } from './list-practitioners.ts';

/** DELETE /api/account/practitioners/:id → 204. */
export function removePractitioner(id: string): Promise<void> {
  return api.delete(`/api/account/practitioners/${encodeURIComponent(id)}`);
}

export function useRemovePractitioner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removePractitioner,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practitionersQueryKey }),
  });
}
