import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CaseView, QuestionnaireState, ReviewOutlook, SubmissionResult, UploadRules, documentPurposes, submitCaseSchema, urgencySchema } from '../../../../contracts/cases.ts';
import { api } from '../../../lib/api-client.ts';
import { caseQueryKey } from './get-case.ts';
import { inProgressQueryKey } from './list-in-progress.ts';

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

/** Where a saved CaseView goes: the wizard's case query, and the in-progress list is stale. */
function useCaseSaved(caseId: string) {
  const queryClient = useQueryClient();
  return (view: CaseView) => {
    queryClient.setQueryData(caseQueryKey(caseId), view);
    void queryClient.invalidateQueries({ queryKey: inProgressQueryKey });
  };
}

/** POST /api/cases/:id/attest { version, attest: true } → CaseView: locks provider, member and service. */
export function attestCase(caseId: string, version: number): Promise<CaseView> {
  return api.post<CaseView>(`${casePath(caseId)}/attest`, { version, attest: true });
}

export function useAttestCase(caseId: string) {
  const onSaved = useCaseSaved(caseId);
  return useMutation({ mutationFn: (version: number) => attestCase(caseId, version), onSuccess: onSaved });
}

export type UrgencyInput = z.input<typeof urgencySchema>;

/** PUT /api/cases/:id/urgency → CaseView (notice when an urgent request was saved as standard). */
export function setUrgency(caseId: string, input: UrgencyInput): Promise<CaseView> {
  return api.put<CaseView>(`${casePath(caseId)}/urgency`, input);
}

export function useSetUrgency(caseId: string) {
  const onSaved = useCaseSaved(caseId);
  return useMutation({ mutationFn: (input: UrgencyInput) => setUrgency(caseId, input), onSuccess: onSaved });
}

export type DocumentPurpose = (typeof documentPurposes)[number];

export interface CaseDocument {
  id: string;
  displayName: string;
  contentType: string;
  sizeBytes: number;
  purpose: DocumentPurpose;
  uploadedAt: string;
}

/** POST /api/cases/:id/documents (multipart: purpose, then up to five files) → 201 { documents }. */
export function uploadDocuments(caseId: string, purpose: DocumentPurpose, files: File[]): Promise<{ documents: CaseDocument[] }> {
  const form = new FormData();
  form.append('purpose', purpose);
  for (const file of files) {
    form.append('files', file, file.name);
  }
  return api.upload<{ documents: CaseDocument[] }>(`${casePath(caseId)}/documents`, form);
}

export function useUploadDocuments(caseId: string, purpose: DocumentPurpose) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (files: File[]) => uploadDocuments(caseId, purpose, files),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['cases', 'detail', caseId] }),
  });
}

/** GET /api/cases/:id/upload-rules → UploadRules: the plan's limits, shown before anything is sent. */
export function useUploadRules(caseId: string) {
  return useQuery({
    queryKey: ['cases', 'detail', caseId, 'upload-rules'],
    queryFn: ({ signal }) => api.get<UploadRules>(`${casePath(caseId)}/upload-rules`, { signal }),
    staleTime: 5 * 60_000,
  });
}

export const questionnaireQueryKey = (caseId: string) => ['cases', 'detail', caseId, 'questionnaire'] as const;

/** GET /api/cases/:id/questionnaire → QuestionnaireState. */
export function getQuestionnaire(caseId: string, signal?: AbortSignal): Promise<QuestionnaireState> {
  return api.get<QuestionnaireState>(`${casePath(caseId)}/questionnaire`, signal ? { signal } : {});
}

export function useQuestionnaire(caseId: string) {
  return useQuery({
    queryKey: questionnaireQueryKey(caseId),
    queryFn: ({ signal }) => getQuestionnaire(caseId, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnMount: 'always',
  });
}

/** PUT /api/cases/:id/questionnaire { version, answers } → QuestionnaireState (hidden answers pruned). */
export function saveAnswers(caseId: string, version: number, answers: Record<string, unknown>): Promise<QuestionnaireState> {
  return api.put<QuestionnaireState>(`${casePath(caseId)}/questionnaire`, { version, answers });
}

export function useSaveAnswers(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, answers }: { version: number; answers: Record<string, unknown> }) => saveAnswers(caseId, version, answers),
    onSuccess: (state) => {
      queryClient.setQueryData(questionnaireQueryKey(caseId), state);
      // The case's version moved on: keep the wizard's copy in step without refetching it.
      queryClient.setQueryData<CaseView>(caseQueryKey(caseId), (view) =>
        // Only the progress bar moves: the page itself changes when the person presses CONTINUE.
        view ? { ...view, version: state.caseVersion, percentComplete: state.percentComplete } : view,
      );
      void queryClient.invalidateQueries({ queryKey: inProgressQueryKey });
    },
  });
}

/** GET /api/cases/:id/review → ReviewOutlook: what SUBMIT CASE will do, and possible duplicates. */
export function getReview(caseId: string, signal?: AbortSignal): Promise<ReviewOutlook> {
  return api.get<ReviewOutlook>(`${casePath(caseId)}/review`, signal ? { signal } : {});
}

export function useReview(caseId: string) {
  return useQuery({
    queryKey: ['cases', 'detail', caseId, 'review'],
    queryFn: ({ signal }) => getReview(caseId, signal),
    refetchOnWindowFocus: false,
    refetchOnMount: 'always',
  });
}

export type SubmitInput = z.input<typeof submitCaseSchema>;

export const submissionQueryKey = (caseId: string) => ['cases', 'submission', caseId] as const;

/**
 * POST /api/cases/:id/submit with an Idempotency-Key → 201 SubmissionResult. The key is made once
 * per review screen, so a double click or a retry after a lost answer replays the first result.
 */
export function submitCase(caseId: string, idempotencyKey: string, input: SubmitInput): Promise<SubmissionResult> {
  return api.post<SubmissionResult>(`${casePath(caseId)}/submit`, input, { headers: { 'Idempotency-Key': idempotencyKey } });
}

export function useSubmitCase(caseId: string, idempotencyKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmitInput) => submitCase(caseId, idempotencyKey, input),
    onSuccess: (result) => {
      queryClient.setQueryData(submissionQueryKey(caseId), result);
      void queryClient.invalidateQueries({ queryKey: ['cases'] , predicate: (query) => query.queryKey[1] !== 'submission' });
    },
  });
}
