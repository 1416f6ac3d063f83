import type { CaseView } from '../../../contracts/cases.ts';
import { isWizardStep, stepTitles, wizardSteps, type WizardStep } from '../../../contracts/wizard-steps.ts';

// The server owns the order and the current step (CaseView.currentStep); the names and titles are shared.
export { isWizardStep, stepTitles, wizardSteps, type WizardStep };

/** The steps this wizard edits, one component each. */
export const editableSteps = ['provider', 'plan', 'contact', 'member', 'date_of_service', 'service', 'site'] as const;
export type EditableStep = (typeof editableSteps)[number];

export function isEditableStep(value: string | null | undefined): value is EditableStep {
  return typeof value === 'string' && (editableSteps as readonly string[]).includes(value);
}

export function stepIndex(step: string): number {
  return isWizardStep(step) ? wizardSteps.indexOf(step) : wizardSteps.length;
}

/** Whether the case holds an answer for the step (an earlier edit can clear a later answer). */
export function hasAnswer(view: CaseView, step: EditableStep): boolean {
  switch (step) {
    case 'provider':
      return view.provider !== null;
    case 'plan':
      return view.plan !== null && view.providerAddress !== null;
    case 'contact':
      return view.contact !== null;
    case 'member':
      return view.member !== null;
    case 'date_of_service':
      return view.dateOfService !== null;
    case 'service':
      return view.service !== null;
    case 'site':
      return view.site !== null;
  }
}

/** A step is finished when the person has got past it and its answer is still there. */
export function isFinished(view: CaseView, step: EditableStep): boolean {
  return stepIndex(step) < stepIndex(view.currentStep) && hasAnswer(view, step);
}

/** The provider, patient and service can be changed until the person proceeds to clinical information. */
export function mayEdit(view: CaseView, step: EditableStep): boolean {
  return view.status === 'in_progress' && !view.locked && stepIndex(step) <= stepIndex(view.currentStep);
}

/**
 * Where the wizard opens: the first step whose answer is missing (changing the provider clears the
 * address, changing the plan clears the member), else the step the request has reached.
 */
export function defaultStep(view: CaseView): WizardStep | 'other' {
  if (view.status === 'in_progress' && !view.locked) {
    for (const step of editableSteps) {
      if (stepIndex(step) <= stepIndex(view.currentStep) && !hasAnswer(view, step)) {
        return step;
      }
    }
  }
  return isWizardStep(view.currentStep) ? view.currentStep : 'other';
}

/** The step before this one in the wizard, if it is one the person can reopen. */
export function previousStep(step: EditableStep): EditableStep | null {
  const index = editableSteps.indexOf(step);
  return index > 0 ? (editableSteps[index - 1] ?? null) : null;
}

/** Local calendar date as the API carries dates: YYYY-MM-DD. */
export function todayIso(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
