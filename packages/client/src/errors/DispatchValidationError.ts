import type { ValidationError } from '@apex-dispatch/contract';
import { DispatchApiError, type DispatchApiErrorInit } from './DispatchApiError';
import { nameErrorClass } from './errorClass';

/** One reason the service rejected a request: where (`loc`), why (`msg`) and pydantic's `type`. */
export type DispatchValidationIssue = Pick<ValidationError, 'loc' | 'msg' | 'type'>;

/** The service rejected the request as invalid (422). */
export class DispatchValidationError extends DispatchApiError {
  readonly issues: readonly DispatchValidationIssue[];

  constructor(init: DispatchApiErrorInit & { issues: readonly DispatchValidationIssue[] }) {
    super(init);
    this.issues = init.issues;
  }
}

/** Whether `error` is a 422 answer, with its `issues`. */
export const isDispatchValidationError = nameErrorClass(
  DispatchValidationError,
  'DispatchValidationError',
);
