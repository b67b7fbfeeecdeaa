/** Errors of the API client, kept free of valibot so the first screen can use them cheaply. */
import type { ProblemDetails } from './schemas/common';

export type ApiErrorKind = 'offline' | 'timeout' | 'network' | 'http' | 'malformed';

/** A failed call, with a stable `code` the UI translates (`error.<code>`, else `error.<kind>`). */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly code: string,
    readonly status = 0,
    readonly problem?: ProblemDetails,
  ) {
    super(problem?.detail ?? problem?.title ?? `${kind}: ${code}`);
    this.name = 'ApiError';
  }

  /** Worth retrying later with the same idempotency key. */
  get retryable(): boolean {
    return this.kind !== 'http' || this.status === 408 || this.status === 429 || this.status >= 500;
  }
}
