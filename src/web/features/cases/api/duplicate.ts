import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CaseView } from '../../../../contracts/cases.ts';
import { caseQueryKey } from './get-case.ts';
import { inProgressQueryKey } from './list-in-progress.ts';
import { saveCaseStep } from './save-case-step.ts';
import { startCase } from './start-case.ts';

export type DuplicateKind = 'program' | 'program_provider' | 'program_plan';

/** What a new request carries over that cannot be saved yet (the plan needs the provider first). */
export interface WizardPrefill {
  planId?: string;
}

/**
 * The duplication feature: a new request with the same program, then (for program and provider)
 * the same requesting provider saved on it. The plan is handed to the wizard as a prefill,
 * because it can only be saved once a provider is chosen.
 */
export async function startFrom(kind: DuplicateKind, from: CaseView): Promise<{ view: CaseView; prefill: WizardPrefill }> {
  let view = await startCase({ programCode: from.program.code, ...(from.program.path ? { programPath: from.program.path as 'new_case' } : {}) });
  const practitionerId = from.provider?.officePractitionerId;
  if (kind === 'program_provider' && practitionerId) {
    view = await saveCaseStep(view.id, { step: 'provider', version: view.version, input: { officePractitionerId: practitionerId } });
  }
  return { view, prefill: kind === 'program_plan' && from.plan ? { planId: from.plan.id } : {} };
}

export function useStartFrom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, from }: { kind: DuplicateKind; from: CaseView }) => startFrom(kind, from),
    onSuccess: ({ view }) => {
      queryClient.setQueryData(caseQueryKey(view.id), view);
      void queryClient.invalidateQueries({ queryKey: inProgressQueryKey });
    },
  });
}
