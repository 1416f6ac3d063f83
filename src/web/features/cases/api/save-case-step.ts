import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseView } from '../../../../contracts/cases.ts';
import { api } from '../../../lib/api-client.ts';
import type { EditableStep } from '../steps.ts';
import { caseQueryKey } from './get-case.ts';
import { inProgressQueryKey } from './list-in-progress.ts';

export interface SaveStepInput {
  step: EditableStep;
  /** The CaseView.version the page was showing: a stale one answers 409. */
  version: number;
  input: unknown;
}

/**
 * PUT /api/cases/:id/steps/:step { version, input } → CaseView.
 * 400 with fields (keyed like the step's input), 409 on a stale version or when skipping ahead.
 */
export function saveCaseStep(caseId: string, { step, version, input }: SaveStepInput): Promise<CaseView> {
  return api.put<CaseView>(`/api/cases/${encodeURIComponent(caseId)}/steps/${step}`, { version, input });
}

export function useSaveCaseStep(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: SaveStepInput) => saveCaseStep(caseId, variables),
    onSuccess: (view) => {
      queryClient.setQueryData(caseQueryKey(caseId), view);
      void queryClient.invalidateQueries({ queryKey: inProgressQueryKey });
    },
  });
}
