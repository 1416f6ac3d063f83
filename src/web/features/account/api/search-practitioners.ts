import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PractitionerMatch, practitionerSearchSchema } from '../../../../contracts/account.ts';
import { api } from '../../../lib/api-client.ts';

export type PractitionerSearchInput = z.input<typeof practitionerSearchSchema>;

/**
 * POST /api/account/practitioners/search { npi, state, zip } → { matches }.
 * A mutation, not a query: the person asks explicitly, and a bad NPI answers with field errors.
 */
export function searchPractitioners(input: PractitionerSearchInput): Promise<{ matches: PractitionerMatch[] }> {
  return api.post<{ matches: PractitionerMatch[] }>('/api/account/practitioners/search', input);
}

export function useSearchPractitioners() {
  return useMutation({ mutationFn: searchPractitioners });
}
