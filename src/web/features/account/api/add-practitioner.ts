import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OfficePractitioner } from '../../../../contracts/account.ts';
import { api } from '../../../lib/api-client.ts';
import { practitionersQueryKey } from './list-practitioners.ts';

/** POST /api/account/practitioners { locationId } → 201 OfficePractitioner. */
export function addPractitioner(locationId: string): Promise<OfficePractitioner> {
  return api.post<OfficePractitioner>('/api/account/practitioners', { locationId });
}

export function useAddPractitioner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addPractitioner,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: practitionersQueryKey }),
  });
}
