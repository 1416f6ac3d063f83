import type { z } from 'zod';
import type { addNoteSchema, ReviewCaseView } from '../../../../contracts/review.ts';
import { api } from '../../../lib/api-client.ts';
import { useReviewCaseChange } from './use-case-change.ts';

export type AddNoteInput = z.input<typeof addNoteSchema>;

/** POST /api/review/cases/:id/notes { text } → ReviewCaseView. Internal: never shown to the office. */
export function addNote(caseId: string, input: AddNoteInput): Promise<ReviewCaseView> {
  return api.post<ReviewCaseView>(`/api/review/cases/${encodeURIComponent(caseId)}/notes`, input);
}

export function useAddNote(caseId: string) {
  return useReviewCaseChange(caseId, addNote);
}
