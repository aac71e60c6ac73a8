import type { ValidationError } from '@apex-dispatch/contract';
import { brand, hasBrand } from './brand';
import { DispatchApiError, type DispatchApiErrorInit } from './DispatchApiError';

const NAME = 'DispatchValidationError';

/** One reason the service rejected a request: where (`loc`), why (`msg`) and pydantic's `type`. */
export type DispatchValidationIssue = Pick<ValidationError, 'loc' | 'msg' | 'type'>;

/** The service rejected the request as invalid (422). */
export class DispatchValidationError extends DispatchApiError {
  override readonly name: string = NAME;
  readonly issues: readonly DispatchValidationIssue[];

  constructor(init: DispatchApiErrorInit & { issues: readonly DispatchValidationIssue[] }) {
    super(init);
    brand(this, NAME);
    this.issues = init.issues;
  }
}

/** Whether `error` is a 422 answer, with its `issues`. */
export const isDispatchValidationError = (error: unknown): error is DispatchValidationError =>
  error instanceof DispatchValidationError || hasBrand(error, NAME);
