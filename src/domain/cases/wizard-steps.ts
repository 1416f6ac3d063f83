/**
 * The "Clinical Certification" wizard (PRODUCT.md C3) as an ordered list of steps. Pure:
 * which step comes next, how far along a request is, and what may still be edited.
 */
import { isWizardStep, wizardSteps, type WizardStep } from '../../contracts/wizard-steps.ts';

export { isWizardStep, wizardSteps, type WizardStep };

/** Steps whose answers the attestation freezes: provider, member and service (C3 step 9). */
const lockedByAttestation: ReadonlySet<WizardStep> = new Set(['program', 'provider', 'plan', 'contact', 'member', 'date_of_service', 'service', 'site']);

export function stepIndex(step: WizardStep): number {
  return wizardSteps.indexOf(step);
}

export function nextStep(step: WizardStep): WizardStep | null {
  return wizardSteps[stepIndex(step) + 1] ?? null;
}

/** "% complete" as the seeds show it: the share of steps finished before the current one. */
export function percentComplete(current: WizardStep): number {
  return Math.round((stepIndex(current) / wizardSteps.length) * 100);
}

/** A step can be (re)done when it is not past the current step and the attestation has not frozen it. */
export function mayEditStep(step: WizardStep, current: WizardStep, locked: boolean): boolean {
  if (stepIndex(step) > stepIndex(current)) {
    return false;
  }
  return !(locked && lockedByAttestation.has(step));
}

/** Which of the steps before the attestation have a complete answer on the case. */
export type StepFacts = Record<'provider' | 'plan' | 'contact' | 'member' | 'date_of_service' | 'service' | 'site', boolean>;

const factSteps = ['provider', 'plan', 'contact', 'member', 'date_of_service', 'service', 'site'] as const;

/**
 * Where the request stands before the attestation: the first step still missing its answer,
 * or the attestation when none is. Changing an earlier answer can clear a later one (another
 * plan means looking the member up again), and then the request goes back to that step.
 */
export function firstIncompleteStep(facts: StepFacts): WizardStep {
  return factSteps.find((step) => !facts[step]) ?? 'attestation';
}
