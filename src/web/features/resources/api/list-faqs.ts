import { useQuery } from '@tanstack/react-query';
import type { Faq } from '../../../../contracts/resources.ts';
import { api } from '../../../lib/api-client.ts';

/** GET /api/resources/faqs → { faqs }. */
export function listFaqs(signal?: AbortSignal): Promise<{ faqs: Faq[] }> {
  return api.get<{ faqs: Faq[] }>('/api/resources/faqs', signal ? { signal } : {});
}

export function useFaqs() {
  return useQuery({
    queryKey: ['resources', 'faqs'],
    queryFn: ({ signal }) => listFaqs(signal),
    select: (data) => data.faqs,
    staleTime: 5 * 60_000,
  });
}
