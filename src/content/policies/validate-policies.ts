import type { PolicyVersion } from '../../domain/policies/policy-types.ts';
import { findPolicyProblems, type PolicyProblem } from '../../domain/policies/validate-policies.ts';
import { healthPlans } from '../catalogue/health-plans.ts';
import { programs } from '../catalogue/programs.ts';

/**
 * Checks policy versions against the shipped catalogue: no overlapping versions for one scope,
 * no negative windows, only plans, lines of business and programs that exist (and are
 * contracted). An empty list means the set is usable.
 */
export function validatePolicies(policies: readonly PolicyVersion[]): PolicyProblem[] {
  return findPolicyProblems(policies, { plans: healthPlans, programCodes: programs.map((program) => program.code) });
}
