/**
 * The "Clinical Certification" wizard (PRODUCT.md C3) as an ordered list of steps. Pure:
 * which step comes next, how far along a request is, and what may still be edited.
 */
export const wizardSteps = [
  'program',
  'provider',
  'plan',
  'contact',
  'member',
  'date_of_service',
  'service',
  'site',
  'attestation',
  'urgency',
  'questionnaire',
  'review',
] as const;

export type WizardStep = (typeof wizardSteps)[number];

export const stepTitles: Record<WizardStep, string> = {
  program: 'Program',
  provider: 'Requesting provider',
  plan: 'Health plan',
  contact: 'Contact information',
  member: 'Member',
  date_of_service: 'Date of service',
  service: 'Service and diagnosis',
  site: 'Site of service',
  attestation: 'Proceed to clinical information',
  urgency: 'Standard or urgent',
  questionnaire: 'Clinical questions',
  review: 'Review and submit',
};

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

/** After editing an earlier step the person continues from the furthest step they had reached. */
export function stepAfterSaving(saved: WizardStep, current: WizardStep): WizardStep {
  const following = nextStep(saved) ?? saved;
  return stepIndex(following) > stepIndex(current) ? following : current;
}

export function isWizardStep(value: string): value is WizardStep {
  return (wizardSteps as readonly string[]).includes(value);
}
