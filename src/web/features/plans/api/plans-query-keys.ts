/** Query keys of plan configuration; every change invalidates the whole group. */
export const planKeys = {
  all: ['plan-admin'] as const,
  list: ['plan-admin', 'plans'] as const,
  plan: (code: string) => ['plan-admin', 'plan', code] as const,
  policyScope: (scope: Record<string, string>) => ['plan-admin', 'policy', scope] as const,
  procedures: (programCode: string) => ['plan-admin', 'procedures', programCode] as const,
};
