import type { ZodIssue } from 'zod';
import { DispatchError } from './DispatchError';
import { nameErrorClass } from './errorClass';

/** A success answer whose body does not match the contract: the server has drifted. */
export class DispatchResponseValidationError extends DispatchError {
  readonly operation: string;
  readonly status: number;
  readonly headers: Headers;
  /** The body as received. */
  readonly body: unknown;
  /** What zod found wrong, empty when the status itself is not in the contract. */
  readonly issues: readonly ZodIssue[];

  constructor(init: {
    operation: string;
    status: number;
    headers: Headers;
    body: unknown;
    issues: readonly ZodIssue[];
    message: string;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.operation = init.operation;
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body;
    this.issues = init.issues;
  }
}

/** Whether `error` is a success answer that broke the contract. */
export const isDispatchResponseValidationError = nameErrorClass(
  DispatchResponseValidationError,
  'DispatchResponseValidationError',
);
