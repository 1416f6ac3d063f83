/**
 * Typed domain errors. Use cases throw these; the HTTP layer maps each code to a
 * status in exactly one place (server/plugins/error-handler.ts).
 */
export type DomainErrorCode =
  | 'validation'
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'rate_limited'
  | 'invalid_credentials'
  | 'invalid_token'
  | 'invalid_code'
  | 'mfa_required'
  | 'precondition_failed'
  /** The same Idempotency-Key was sent with a different request (IETF draft: 422). */
  | 'idempotency_mismatch';

export class DomainError extends Error {
  override name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** Field path → message, shown next to form fields. */
    readonly fields?: Record<string, string>,
    /** Extra, non-sensitive facts for the client (e.g. seconds until retry). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'The requested item') => new DomainError('not_found', `${what} was not found.`);
export const forbidden = () => new DomainError('forbidden', 'You do not have permission to do that.');
export const invalid = (message: string, fields?: Record<string, string>) => new DomainError('validation', message, fields);
