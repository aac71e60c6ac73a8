import { type KnownErrorCode, knownErrors, metadataOf } from '@apex-dispatch/contract';
import { MockHttpError } from './MockHttpError';

// Every envelope the mock answers for the service is built here from the contract's map of the
// service's codes and the routes' metadata: no status, code or message is restated.

type Options = ConstructorParameters<typeof MockHttpError>[3];

/** The service's error `code` with its status and message (the message may be replaced). */
export function knownError(
  code: KnownErrorCode,
  options: Options & { message?: string; status?: number } = {},
): MockHttpError {
  const known = knownErrors[code];
  return new MockHttpError(
    options.status ?? known.status,
    code,
    options.message ?? known.message,
    options,
  );
}

/** 404 for a job that does not exist or belongs to someone else (`details: null`). */
export const jobNotFound = (): MockHttpError => knownError('JOB_NOT_FOUND');

/** 404 for an upscaling task that does not exist or belongs to someone else (`details: null`). */
export const taskNotFound = (): MockHttpError => knownError('TASK_NOT_FOUND');

/**
 * 401 for a token that cannot be read. The service's own refusal carries no `WWW-Authenticate`
 * (only FastAPI's "Not authenticated" does).
 */
export const authenticationFailed = (): MockHttpError => knownError('AUTHENTICATION_FAILED');

/**
 * A route's own failure, as the service answers it: 500 `INTERNAL_ERROR` with the route's
 * `failureMessage` and `details: {error}`, e.g. `routeFailure(req.tsRestRoute, 'Job not done')`.
 */
export function routeFailure(route: { metadata?: unknown }, error: string): MockHttpError {
  const message = metadataOf(route)?.failureMessage;
  return knownError('INTERNAL_ERROR', {
    ...(message === undefined ? {} : { message }),
    details: { error },
  });
}

/** 500 for a failure nothing caught: `INTERNAL_SERVER_ERROR`, details null. */
export const unexpectedError = (): MockHttpError => knownError('INTERNAL_SERVER_ERROR');
