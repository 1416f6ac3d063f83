/**
 * The steps of the "Clinical Certification" wizard (PRODUCT.md C3) and how people read them.
 * Shared by the server (src/domain/cases/wizard-steps.ts builds its rules on these) and the
 * web app, so both always speak of the same steps in the same order.
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
  member: 'Patient',
  date_of_service: 'Date of service',
  service: 'Service and diagnosis',
  site: 'Site of service',
  attestation: 'Proceed to clinical information',
  urgency: 'Standard or urgent',
  questionnaire: 'Clinical questions',
  review: 'Review and submit',
};

export function isWizardStep(value: string | null | undefined): value is WizardStep {
  return typeof value === 'string' && (wizardSteps as readonly string[]).includes(value);
}
