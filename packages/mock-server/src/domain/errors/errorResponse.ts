import type { ErrorResponse } from '@apex-dispatch/contract';
import { jsonAnswer } from '../http/answers';
import type { MockResponse } from '../MockResponse';
import { isDetailHttpError } from './DetailHttpError';
import { unexpectedError } from './knownErrors';
import { isMockHttpError, type MockHttpError } from './MockHttpError';

/** What an error thrown while handling a request is answered with. */
export type ErrorAnswer = {
  readonly response: MockResponse;
  /**
   * True for a failure nothing caught: the service's handler of last resort runs outside its
   * correlation and CORS middleware, so the answer carries neither's headers; it is logged.
   */
  readonly unexpected: boolean;
};

/** The ErrorResponse envelope for an error, carrying the request's correlation id. */
export function errorBody(error: MockHttpError, requestId: string): ErrorResponse {
  return {
    status: 'error',
    error_code: error.errorCode,
    message: error.message,
    details: error.details,
    request_id: requestId,
  };
}

const lowerCased = (headers: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/**
 * The one table from what the domain throws to HTTP: the service's own errors in the
 * ErrorResponse envelope, FastAPI's in its `{"detail"}` body, and anything else as
 * `INTERNAL_SERVER_ERROR` (never leaking what went wrong).
 */
export function errorResponse(error: unknown, requestId: string): ErrorAnswer {
  if (isMockHttpError(error)) {
    return {
      response: jsonAnswer(error.status, errorBody(error, requestId), lowerCased(error.headers)),
      unexpected: false,
    };
  }
  if (isDetailHttpError(error)) {
    return {
      response: jsonAnswer(error.status, error.body, lowerCased(error.headers)),
      unexpected: false,
    };
  }
  const failure = unexpectedError();
  return {
    response: jsonAnswer(failure.status, errorBody(failure, requestId)),
    unexpected: true,
  };
}
