import type { RetryOptions } from './RetryOptions';

/** Options of one call, the last argument of every method. */
export type CallOptions = {
  /** Cancels the request (and any pending retry); the call then throws `DispatchAbortError`. */
  signal?: AbortSignal;
  /** Headers for this call only; they override the client's (e.g. `X-Correlation-ID`). */
  headers?: Record<string, string>;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides the client's `retry` for this call. */
  retry?: boolean | RetryOptions;
};
