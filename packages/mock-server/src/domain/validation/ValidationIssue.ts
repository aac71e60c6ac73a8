import type { ValidationError } from '@apex-dispatch/contract';
import { knownError } from '../errors/knownErrors';
import type { MockHttpError } from '../errors/MockHttpError';

/** One pydantic-style validation problem, as the real service lists them (no `ctx`). */
export type ValidationIssue = Required<Pick<ValidationError, 'type' | 'loc' | 'msg'>> & {
  input: unknown;
};

/** The 422 VALIDATION_ERROR answer for a list of problems. */
export const validationFailed = (errors: ValidationIssue[]): MockHttpError =>
  knownError('VALIDATION_ERROR', { details: { errors } });
