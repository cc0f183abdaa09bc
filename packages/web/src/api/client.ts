// The one place where HTTP requests are made and their errors turned into ApiError.
// Every non-GET request carries X-Requested-With: lian (the server's CSRF defence);
// the session travels as an HttpOnly cookie.
import type { ErrorCode, ErrorDetail } from '@lian/contract';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'NETWORK';
  readonly details: ErrorDetail[];

  constructor(status: number, code: ApiError['code'], message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const csrfHeader = { 'X-Requested-With': 'lian' } as const;

type Listener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();
/** Called whenever the server says the session is gone (401 UNAUTHENTICATED). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 422) return 'VALIDATION_FAILED';
  if (status === 429) return 'RATE_LIMITED';
  return 'INTERNAL';
}

/** Builds an ApiError from a status and a response body (parsed JSON or text). */
export function toApiError(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'error' in body) {
    const e = (body as { error: unknown }).error;
    if (e && typeof e === 'object' && 'code' in e && typeof e.code === 'string') {
      const err = e as { code: ErrorCode; message?: unknown; details?: unknown };
      const details = Array.isArray(err.details) ? (err.details as ErrorDetail[]) : [];
      return new ApiError(status, err.code, typeof err.message === 'string' ? err.message : err.code, details);
    }
  }
  const code = codeForStatus(status);
  return new ApiError(status, code, code);
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function report(error: ApiError): ApiError {
  if (error.code === 'UNAUTHENTICATED') unauthenticatedListeners.forEach((l) => l(error));
  return error;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') Object.assign(headers, csrfHeader);
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', 'network error');
  }
  const body = parseBody(await response.text());
  if (!response.ok) throw report(toApiError(response.status, body));
  return body as T;
}
