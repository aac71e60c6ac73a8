import type { AppRoute } from '@ts-rest/core';
import {
  authenticationFailed,
  jobNotFound,
  routeFailure,
  taskNotFound,
} from '../errors/knownErrors';
import { MockHttpError } from '../errors/MockHttpError';
import { validationFailed } from '../validation/ValidationIssue';

function notFoundFor(route: AppRoute): MockHttpError {
  if (route.path.includes(':task_id')) return taskNotFound();
  if (route.path === '/params') {
    return new MockHttpError(404, 'SERVICE_NOT_FOUND', 'The requested service was not found.');
  }
  return jobNotFound();
}

function validationFor(route: AppRoute): MockHttpError {
  if (route.method === 'POST') {
    return validationFailed([
      { type: 'missing', loc: ['body', 'title'], msg: 'Field required', input: {} },
    ]);
  }
  if (route.path.includes(':')) {
    const name = route.path.includes(':task_id') ? 'task_id' : 'job_id';
    return validationFailed([
      {
        type: 'int_parsing',
        loc: ['path', name],
        msg: 'Input should be a valid integer, unable to parse string as an integer',
        input: 'abc',
      },
    ]);
  }
  return validationFailed([
    {
      type: 'enum',
      loc: ['query', 'filter', 0],
      msg: "Input should be 'upscaling' or 'processing'",
      input: 'abc',
    },
  ]);
}

/**
 * The documented error a route answers for `Prefer: code=NNN` (Prism's convention), or
 * `undefined` for a success code, which is answered as usual.
 */
export function preferredError(route: AppRoute, code: number): MockHttpError | undefined {
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
  switch (code) {
    case 401:
      return authenticationFailed();
    case 404:
      return notFoundFor(route);
    case 422:
      return validationFor(route);
    case 500:
      return routeFailure(route, 'Failure asked for by the Prefer header.');
    default:
      return new MockHttpError(code, 'SCENARIO', `Answered ${code} as the Prefer header asked.`);
  }
}
