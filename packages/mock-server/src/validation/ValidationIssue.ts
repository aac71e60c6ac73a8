import type { ValidationError } from '@apex-dispatch/contract';
import { MockHttpError } from '../errors/MockHttpError';

/** One pydantic-style validation problem, as the real service lists them (no `ctx`). */
export type ValidationIssue = Required<Pick<ValidationError, 'type' | 'loc' | 'msg'>> & {
  input: unknown;
};

/** The 422 VALIDATION_ERROR answer for a list of problems. */
export const validationFailed = (errors: ValidationIssue[]) =>
  new MockHttpError(422, 'VALIDATION_ERROR', 'Request validation failed.', {
    details: { errors },
  });
