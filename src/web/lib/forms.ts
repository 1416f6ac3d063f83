import type { ReactNode } from 'react';
import { schemaResolver } from '@mantine/form';

/** Field path → message, as @mantine/form keeps errors. */
export type FormErrors = Record<string, ReactNode>;
import { isApiError } from './api-client.ts';

type StandardSchema = Parameters<typeof schemaResolver>[0];

/**
 * Validates a form with a contract schema (the same zod schema the server uses), so a person
 * sees the same message in the browser as the server would give. `prepare` maps form values to
 * the request body first (e.g. an empty optional field becomes undefined).
 */
export function contractValidator<Values>(schema: StandardSchema, prepare?: (values: Values) => unknown): (values: Values) => FormErrors {
  const resolve = schemaResolver(schema, { sync: true });
  return (values) => resolve(prepare ? prepare(values) : values);
}

function hasPath(values: unknown, path: string): boolean {
  let current: unknown = values;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null || !(segment in current)) {
      return false;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * Puts the server's per-field messages on the matching inputs (what the person typed stays),
 * and returns the messages that belong to no input so they can be shown above the form.
 */
export function applyServerErrors(form: { getValues(): unknown; setErrors(errors: FormErrors): void }, error: unknown): string[] {
  if (!isApiError(error)) {
    return [];
  }
  const values = form.getValues();
  const onInputs: FormErrors = {};
  const elsewhere: string[] = [];
  for (const [path, message] of Object.entries(error.fields)) {
    if (hasPath(values, path)) {
      onInputs[path] = message;
    } else {
      elsewhere.push(message);
    }
  }
  if (Object.keys(onInputs).length > 0) {
    form.setErrors(onInputs);
    focusFirstInvalid();
  }
  return elsewhere;
}

/** Moves focus to the first input marked invalid, after React has rendered the messages. */
export function focusFirstInvalid(): void {
  window.requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  });
}

/** The server field messages that no input of this form shows (for the alert above the form). */
export function unplacedFieldMessages(values: unknown, error: unknown): string[] {
  if (!isApiError(error)) {
    return [];
  }
  return Object.entries(error.fields)
    .filter(([path]) => !hasPath(values, path))
    .map(([, message]) => message);
}

/**
 * Spread into every useForm: marks inputs with an error aria-invalid. TextInput does this
 * itself, but PasswordInput and Checkbox only link the message, so screen readers would not
 * announce the field as invalid (and focusFirstInvalid would skip it).
 */
export const accessibleErrors = {
  enhanceGetInputProps: ({ inputProps }: { inputProps: { error?: unknown } }) =>
    inputProps.error ? { 'aria-invalid': true } : undefined,
};
