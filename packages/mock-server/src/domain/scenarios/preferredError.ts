import {
  healthBodies,
  JobsFilter,
  metadataOf,
  pathParamNames,
  pydanticMessages,
} from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import { DetailHttpError } from '../errors/DetailHttpError';
import { fastApiError } from '../errors/fastApiError';
import {
  authenticationFailed,
  jobNotFound,
  routeFailure,
  taskNotFound,
} from '../errors/knownErrors';
import { MockHttpError } from '../errors/MockHttpError';
import { paramsFailure } from '../params/paramsFailure';
import { validationFailed } from '../validation/ValidationIssue';

const STAGED = 'Failure asked for by the Prefer header.';

function validationFor(route: AppRoute): MockHttpError {
  if (route.method === 'POST') {
    return validationFailed([
      { type: 'missing', loc: ['body', 'title'], msg: pydanticMessages.missing, input: {} },
    ]);
  }
  const [name] = pathParamNames(route.path);
  if (name !== undefined) {
    return validationFailed([
      {
        type: 'int_parsing',
        loc: ['path', name],
        msg: pydanticMessages.int_parsing,
        input: 'abc',
      },
    ]);
  }
  return validationFailed([
    {
      type: 'enum',
      loc: ['query', 'filter', 0],
      msg: pydanticMessages.enum(Object.values(JobsFilter)),
      input: 'abc',
    },
  ]);
}

// The routes answering FastAPI's `{"detail"}` bodies fail in those bodies only.
function detailError(code: number): DetailHttpError {
  if (code === 500) return paramsFailure(STAGED);
  if (code === 401) return fastApiError('NOT_AUTHENTICATED');
  return new DetailHttpError(code, STAGED);
}

/** What `Prefer: code=NNN` answers instead of the route's result. */
export type PreferredAnswer =
  | { kind: 'error'; error: MockHttpError | DetailHttpError }
  /** A documented non-error body for the code (the 503 of a health check). */
  | { kind: 'body'; status: number; body: unknown };

/**
 * The documented error a route answers for `Prefer: code=NNN` (Prism's convention), or
 * `undefined` for a success code, which is answered as usual. Throws 400
 * `PREFER_CODE_NOT_DOCUMENTED` (the mock's own) for a code the route does not document.
 */
export function preferredError(route: AppRoute, code: number): PreferredAnswer | undefined {
  if (code < 400) return undefined;
  const documented = Object.keys(route.responses).map(Number);
  if (!documented.includes(code)) {
    throw new MockHttpError(
      400,
      'PREFER_CODE_NOT_DOCUMENTED',
      `${route.method} ${route.path} documents no ${code} answer.`,
      { details: { documented_codes: documented } },
    );
  }
  if (code === 422) return { kind: 'error', error: validationFor(route) };
  if (code === 503) {
    // The only 503 documented is a health check's: its body says what is down.
    return { kind: 'body', status: 503, body: healthBodies.unhealthy };
  }
  if (metadataOf(route).detailErrors) return { kind: 'error', error: detailError(code) };
  switch (code) {
    case 401:
      return { kind: 'error', error: authenticationFailed() };
    case 404:
      return {
        kind: 'error',
        error: pathParamNames(route.path).includes('task_id') ? taskNotFound() : jobNotFound(),
      };
    case 500:
      return { kind: 'error', error: routeFailure(route, STAGED) };
    default:
      return {
        kind: 'error',
        error: new MockHttpError(code, 'SCENARIO', `Answered ${code} as the Prefer header asked.`),
      };
  }
}
