import type { z } from 'zod';
import type { MockHttpError } from '../errors/MockHttpError';
import { validationFailed } from './ValidationIssue';
import { zodIssuesToPydantic } from './zodIssuesToPydantic';

/** What one part of a request (path, query or body) failed with, and what was sent. */
export type PartFailure = {
  readonly error: z.ZodError;
  readonly data: unknown;
  readonly schema: z.ZodTypeAny;
};

/** The service's 422 envelope for the contract's validation failures of a request. */
export function requestValidationFailure(failures: {
  path?: PartFailure | undefined;
  query?: PartFailure | undefined;
  body?: PartFailure | undefined;
}): MockHttpError {
  const issuesOf = (location: 'path' | 'query' | 'body', failure: PartFailure | undefined) =>
    failure === undefined
      ? []
      : zodIssuesToPydantic(failure.error.issues, location, failure.data, failure.schema);
  return validationFailed([
    ...issuesOf('path', failures.path),
    ...issuesOf('query', failures.query),
    ...issuesOf('body', failures.body),
  ]);
}
