import type { ApiErrorBody } from '../../contracts/common.ts';

/**
 * The one way the web app talks to the server: JSON in, JSON out, the session cookie sent
 * with every same-origin request, and every failure turned into an ApiError carrying the
 * server's code, message and per-field messages (keyed by dotted input path).
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  readonly details: Record<string, unknown>;
  readonly requestId: string | undefined;

  constructor(status: number, body: ApiErrorBody['error']) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? {};
    this.details = body.details ?? {};
    this.requestId = body.requestId;
  }

  /** Seconds to wait before trying again (429 rate_limited), when the server says. */
  get retryAfterSeconds(): number | null {
    const value = this.details['retryAfterSeconds'];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type UnauthenticatedHandler = (error: ApiError) => void;
let unauthenticatedHandler: UnauthenticatedHandler | null = null;

/** The app registers what happens when any request finds the person signed out (401 unauthenticated). */
export function onUnauthenticated(handler: UnauthenticatedHandler | null): void {
  unauthenticatedHandler = handler;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  body?: unknown;
  /** A multipart body (uploads): the browser sets the content type with its boundary. */
  formData?: FormData;
  /** Extra request headers, such as Idempotency-Key. */
  headers?: Record<string, string>;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) {
    return path;
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) {
    return false;
  }
  const error = value.error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

const fallbackMessages: Record<number, string> = {
  401: 'Please log in.',
  403: 'You do not have access to this.',
  404: 'The requested item was not found.',
  429: 'Too many requests. Try again shortly.',
};

export async function apiRequest<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...options.headers, accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal ?? null };
  if (options.formData !== undefined) {
    init.body = options.formData;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
    throw new ApiError(0, { code: 'network', message: 'Could not reach Priora. Check your connection and try again.' });
  }

  if (response.status === 204) {
    return undefined as T;
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }

  if (!response.ok) {
    const error = isErrorBody(parsed)
      ? new ApiError(response.status, parsed.error)
      : new ApiError(response.status, {
          code: response.status >= 500 ? 'internal' : 'bad_request',
          message: fallbackMessages[response.status] ?? 'Something went wrong on our side. Please try again.',
        });
    if (response.status === 401 && error.code === 'unauthenticated') {
      unauthenticatedHandler?.(error);
    }
    throw error;
  }
  return parsed as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) => apiRequest<T>('POST', path, { ...options, body: body ?? {} }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  /** multipart/form-data POST (file uploads). */
  upload: <T>(path: string, formData: FormData, options?: Omit<RequestOptions, 'body' | 'formData'>) => apiRequest<T>('POST', path, { ...options, formData }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => apiRequest<T>('DELETE', path),
};
