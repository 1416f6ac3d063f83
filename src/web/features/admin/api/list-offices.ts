import { useQuery } from '@tanstack/react-query';
import type { OfficeOption } from '../../../../contracts/admin.ts';
import { api } from '../../../lib/api-client.ts';

/** GET /api/offices → the offices a system administrator can add office users to. */
export function listOffices(): Promise<{ offices: OfficeOption[] }> {
  return api.get<{ offices: OfficeOption[] }>('/api/offices');
}

export function useOffices(enabled: boolean) {
  return useQuery({ queryKey: ['offices'], queryFn: listOffices, enabled });
}
