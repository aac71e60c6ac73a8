import type { KnownErrorCode } from '@apex-dispatch/contract';
import { DispatchError } from './DispatchError';
import { nameErrorClass } from './errorClass';

/**
 * The code of an error envelope: one the contract knows (a `switch` on it narrows), or another
 * the service may add.
 */
export type DispatchErrorCode = KnownErrorCode | (string & {});

/** What the service said, normalised from its `ErrorResponse` envelope or FastAPI's `detail`. */
export type DispatchApiErrorInit = {
  operation: string;
  status: number;
  headers: Headers;
  body: unknown;
  errorCode: DispatchErrorCode | undefined;
  message: string;
  requestId: string | undefined;
  details: Record<string, unknown> | undefined;
};

/** The service answered with a status outside 2xx. */
export class DispatchApiError extends DispatchError {
  /** The client method that made the request, e.g. `createUnitJob`. */
  readonly operation: string;
  readonly status: number;
  readonly headers: Headers;
  /** Machine-readable code of the envelope (`JOB_NOT_FOUND`); undefined for FastAPI's own answers. */
  readonly errorCode: DispatchErrorCode | undefined;
  /** The envelope's `request_id`, else the `X-Correlation-ID` response header. */
  readonly requestId: string | undefined;
  readonly details: Record<string, unknown> | undefined;
  /** The answer's body as received (parsed JSON, or text). */
  readonly body: unknown;

  constructor(init: DispatchApiErrorInit) {
    super(init.message);
    this.operation = init.operation;
    this.status = init.status;
    this.headers = init.headers;
    this.errorCode = init.errorCode;
    this.requestId = init.requestId;
    this.details = init.details;
    this.body = init.body;
  }
}

/** Whether `error` is a non-2xx answer of the service (422 included). */
export const isDispatchApiError = nameErrorClass(DispatchApiError, 'DispatchApiError');
