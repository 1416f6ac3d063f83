import { useQuery } from '@tanstack/react-query';
import type { HelpContact } from '../../../../contracts/resources.ts';
import { api } from '../../../lib/api-client.ts';

/** GET /api/help/contact → HelpContact (public: works before signing in). */
export function getHelpContact(signal?: AbortSignal): Promise<HelpContact> {
  return api.get<HelpContact>('/api/help/contact', signal ? { signal } : {});
}

export function useHelpContact() {
  return useQuery({
    queryKey: ['help', 'contact'],
    queryFn: ({ signal }) => getHelpContact(signal),
    staleTime: 10 * 60_000,
  });
}
