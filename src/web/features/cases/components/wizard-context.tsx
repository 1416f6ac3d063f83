import { useForm } from '@mantine/form';
import { createContext, useContext, useEffect, useState } from 'react';
import type { CaseView } from '../../../../contracts/cases.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { accessibleErrors, applyServerErrors, type FormErrors } from '../../../lib/forms.ts';
import type { WizardPrefill } from '../api/duplicate.ts';
import { useSaveCaseStep } from '../api/save-case-step.ts';
import type { EditableStep, WizardStep } from '../steps.ts';

export interface WizardContextValue {
  view: CaseView;
  /** What the person typed on each step, kept while they move BACK and forth or EDIT another step. */
  drafts: Map<string, unknown>;
  /** What a duplicated request carries over that is saved on its step later (the health plan). */
  prefill: WizardPrefill;
  /** Opens a step (BACK, EDIT, CHANGE). */
  goTo: (step: WizardStep) => void;
  /** After a step was saved: the server's new view decides where to go next. */
  onSaved: (view: CaseView) => void;
  /** Reads the request again after a 409 (the form the person is on keeps what they typed). */
  reload: () => Promise<void>;
  reloading: boolean;
}

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) {
    throw new Error('useWizard outside the case wizard');
  }
  return value;
}

/** A 409 from saving a step: another window saved first, or the request moved on. */
export function isConflict(error: unknown): boolean {
  return isApiError(error) && error.status === 409;
}

interface StepFormOptions<Values> {
  /** The saved answer, or a prefill, when there is no draft. */
  initial: () => Values;
  validate?: (values: Values) => FormErrors;
  /** Whether a draft still fits the request (e.g. it was typed for the same plan). */
  acceptDraft?: (draft: Values) => boolean;
}

/**
 * A step's form: starts from the draft when the person has been here before (BACK/EDIT keep what
 * they typed), else from `initial`, and leaves its values as the draft whenever it goes away.
 */
export function useStepForm<Values extends Record<string, unknown>>(step: EditableStep, { initial, validate, acceptDraft }: StepFormOptions<Values>) {
  const { drafts } = useWizard();
  const [initialValues] = useState<Values>(() => {
    const draft = drafts.get(step) as Values | undefined;
    return draft && (!acceptDraft || acceptDraft(draft)) ? draft : initial();
  });
  const form = useForm<Values>({ mode: 'controlled', ...accessibleErrors, initialValues, ...(validate ? { validate } : {}) });
  const { getValues } = form;
  useEffect(() => () => void drafts.set(step, getValues()), [drafts, step, getValues]);
  return form;
}

interface SavableForm {
  getValues(): unknown;
  setErrors(errors: FormErrors): void;
}

/**
 * Saves a step with the version the page shows. Field messages land on the form's inputs; the
 * rest (and 409s) are for StepFeedback. Nothing typed is cleared on an error. A conflict stops
 * being shown once the request has been reloaded (its version changed).
 */
export function useStepSave(step: EditableStep) {
  const { view, onSaved } = useWizard();
  const mutation = useSaveCaseStep(view.id);
  const [conflictAt, setConflictAt] = useState<number | null>(null);
  const submit = (input: unknown, form: SavableForm, onFieldErrors?: (fields: string[]) => void) => {
    const version = view.version;
    mutation
      .mutateAsync({ step, version, input })
      .then(onSaved)
      .catch((error: unknown) => {
        if (isConflict(error)) {
          setConflictAt(version);
          return;
        }
        onFieldErrors?.(isApiError(error) ? Object.keys(error.fields) : []);
        applyServerErrors(form, error);
      });
  };
  const error = isConflict(mutation.error) && conflictAt !== view.version ? null : mutation.error;
  return { submit, isPending: mutation.isPending, error, reset: mutation.reset };
}

/** Each step opens with its heading focused, so screen readers announce where the person is. */
export const STEP_HEADING_ID = 'wizard-step-heading';
