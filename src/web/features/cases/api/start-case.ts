import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CaseView, startCaseSchema } from '../../../../contracts/cases.ts';
import { api } from '../../../lib/api-client.ts';
import { caseQueryKey } from './get-case.ts';
import { inProgressQueryKey } from './list-in-progress.ts';

export type StartCaseInput = z.input<typeof startCaseSchema>;

/** POST /api/cases { programCode, programPath? } → 201 CaseView: choosing the program starts a request. */
export function startCase(input: StartCaseInput): Promise<CaseView> {
  return api.post<CaseView>('/api/cases', input);
}

export function useStartCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startCase,
    onSuccess: (view) => {
      queryClient.setQueryData(caseQueryKey(view.id), view);
      void queryClient.invalidateQueries({ queryKey: inProgressQueryKey });
    },
  });
}
