import { useQuery } from '@tanstack/react-query';
import type { CaseLetterView } from '../../../../contracts/letters.ts';
import { api } from '../../../lib/api-client.ts';

/** The office reads its own cases' letters; reviewers read any case's, under /api/review. */
export type LettersScope = 'office' | 'review';

/** Where a case's letters live, for the list and for each PDF link. */
export function lettersPath(scope: LettersScope, caseId: string): string {
  return `/api${scope === 'review' ? '/review' : ''}/cases/${encodeURIComponent(caseId)}/letters`;
}

/**
 * GET …/cases/:id/letters → { letters }. `version` is the case version the page shows: a decision
 * moves it, and the letters it sent are read again.
 */
export function useCaseLetters(scope: LettersScope, caseId: string, version?: number) {
  return useQuery({
    queryKey: ['cases', 'detail', caseId, 'letters', scope, version ?? null],
    queryFn: ({ signal }) => api.get<{ letters: CaseLetterView[] }>(lettersPath(scope, caseId), { signal }),
    select: (data) => data.letters,
  });
}
